using System.Globalization;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Neo4j.Projection;

/// <summary>
/// Turns an RDF literal into a property value: XSD integers into <see cref="long"/>, decimals and
/// floats into <see cref="double"/>, booleans, dates and date-times into their types; anything
/// else, and any lexical form that is not valid for its datatype, keeps its lexical form as a string.
/// </summary>
internal static class LiteralValues
{
    private const string Xsd = Vocab.Xsd.Namespace;

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal)
    {
        Xsd + "integer", Xsd + "int", Xsd + "long", Xsd + "short", Xsd + "byte",
        Xsd + "nonNegativeInteger", Xsd + "positiveInteger", Xsd + "nonPositiveInteger", Xsd + "negativeInteger",
        Xsd + "unsignedLong", Xsd + "unsignedInt", Xsd + "unsignedShort", Xsd + "unsignedByte",
    };

    /// <summary>The value, or null when the options drop the literal (another language).</summary>
    public static object? Convert(Literal literal, ProjectionOptions options)
    {
        if (literal.Language is { } language)
        {
            if (options.LanguageFilter is { } wanted && !string.Equals(wanted, language, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return options.KeepLanguageTags ? literal.LexicalForm + "@" + language : literal.LexicalForm;
        }

        var datatype = literal.Datatype.Value;
        var text = literal.LexicalForm;
        if (IntegerTypes.Contains(datatype))
        {
            return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? integer : text;
        }

        return datatype switch
        {
            Xsd + "decimal" or Xsd + "double" or Xsd + "float" => ParseDouble(text) is { } d ? d : text,
            Xsd + "boolean" => text.Trim() switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => text,
            },
            Xsd + "date" => ParseDate(text) is { } date ? date : text,
            Xsd + "dateTime" or Xsd + "dateTimeStamp" => ParseDateTime(text) ?? text,
            _ => text,
        };
    }

    private static double? ParseDouble(string text)
    {
        var trimmed = text.Trim();
        return trimmed switch
        {
            "INF" or "+INF" => double.PositiveInfinity,
            "-INF" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        };
    }

    private static DateOnly? ParseDate(string text)
    {
        // A time zone on a date (2024-03-01Z, 2024-03-01+02:00) has no place in a Neo4j DATE: it is dropped.
        var trimmed = text.Trim();
        var body = trimmed.Length > 10 && trimmed[10] is 'Z' or '+' or '-' ? trimmed[..10] : trimmed;
        return DateOnly.TryParseExact(body, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static object? ParseDateTime(string text)
    {
        var trimmed = text.Trim();
        var hasZone = trimmed.EndsWith('Z') || (trimmed.Length > 19 && trimmed.LastIndexOfAny(['+', '-']) > 18);
        if (hasZone)
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset) ? offset : null;
        }

        return DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
            : null;
    }
}
