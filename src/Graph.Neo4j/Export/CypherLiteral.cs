using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Neo4j.Export;

/// <summary>
/// Writes values as Cypher literals, for scripts (which cannot take parameters). Strings are
/// single-quoted with every quote, backslash and control character escaped, so no value can end
/// the literal early and inject Cypher.
/// </summary>
public static class CypherLiteral
{
    /// <summary>Appends the literal of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value has no Cypher literal form.</exception>
    public static void Append(StringBuilder builder, object? value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                AppendString(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double d:
                AppendDouble(builder, d);
                break;
            case float f:
                AppendDouble(builder, f);
                break;
            case DateOnly date:
                builder.Append("date('").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("')");
                break;
            case DateTimeOffset dto:
                builder.Append("datetime('").Append(dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)).Append("')");
                break;
            case DateTime dt:
                builder.Append("localdatetime('").Append(dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)).Append("')");
                break;
            case IDictionary map:
                AppendMap(builder, map);
                break;
            case IEnumerable list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"a value of type {value.GetType().Name} has no Cypher literal form", nameof(value));
        }
    }

    /// <summary>The literal of <paramref name="value"/>.</summary>
    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void AppendMap(StringBuilder builder, IDictionary map)
    {
        builder.Append('{');
        var first = true;
        foreach (DictionaryEntry entry in map)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(Loading.CypherStatements.Quote(entry.Key as string ?? throw new ArgumentException("map keys must be strings", nameof(map)))).Append(": ");
            Append(builder, entry.Value);
        }

        builder.Append('}');
    }

    private static void AppendDouble(StringBuilder builder, double d)
    {
        if (double.IsNaN(d))
        {
            builder.Append("toFloat('NaN')");
        }
        else if (double.IsInfinity(d))
        {
            builder.Append(d > 0 ? "toFloat('Infinity')" : "toFloat('-Infinity')");
        }
        else
        {
            var text = d.ToString("R", CultureInfo.InvariantCulture);
            builder.Append(text);
            if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
            {
                builder.Append(".0");
            }
        }
    }

    private static void AppendString(StringBuilder builder, string s)
    {
        builder.Append('\'');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    var loneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
                    if (char.IsControl(c) || loneSurrogate || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('\'');
    }
}
