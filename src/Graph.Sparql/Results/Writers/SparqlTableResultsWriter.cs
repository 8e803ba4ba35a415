using System.Globalization;
using System.Text;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes results as an aligned table for the terminal: a ruled header of variable names, then a row per
/// solution with terms in Turtle syntax (IRIs shortened with the given prefixes). The widths depend on
/// every row, so this writer reads all rows before writing; use CSV or TSV for very large results.
/// </summary>
public sealed class SparqlTableResultsWriter : ISparqlResultsWriter
{
    private readonly PrefixMap? _prefixes;

    /// <summary>Creates a writer; IRIs under one of <paramref name="prefixes"/> are written as <c>prefix:local</c>.</summary>
    public SparqlTableResultsWriter(PrefixMap? prefixes = null) => _prefixes = prefixes;

    /// <inheritdoc />
    public void WriteResultSet(SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var columns = results.Variables.Count;
        var widths = results.Variables.Select(v => Width("?" + v)).ToArray();
        var rows = new List<string[]>();
        foreach (var solution in results.Solutions)
        {
            var cells = new string[columns];
            for (var i = 0; i < columns; i++)
            {
                cells[i] = solution[i] is { } term ? Format(term) : string.Empty;
                widths[i] = Math.Max(widths[i], Width(cells[i]));
            }

            rows.Add(cells);
        }

        var rule = columns == 0 ? "--" : "-" + string.Concat(widths.Select(w => new string('-', w + 3)));
        var doubleRule = rule.Replace('-', '=');
        output.Write(rule + "\n");
        output.Write(Line(results.Variables.Select(v => "?" + v).ToArray(), widths));
        output.Write(doubleRule + "\n");
        foreach (var row in rows)
        {
            output.Write(Line(row, widths));
        }

        output.Write(rule + "\n");
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} row{(rows.Count == 1 ? string.Empty : "s")}\n"));
    }

    /// <inheritdoc />
    public void WriteBoolean(bool value, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(value ? "yes\n" : "no\n");
    }

    private string Format(Term term)
    {
        if (term is Iri iri && _prefixes is not null && TryShorten(iri.Value, out var shortened))
        {
            return shortened;
        }

        if (term is Literal { Language: null } literal && literal.Datatype != Vocab.Xsd.String && _prefixes is not null)
        {
            var text = SparqlTermFormatter.Format(Literal.String(literal.LexicalForm));
            var formatted = SparqlTermFormatter.Format(literal);
            if (!formatted.StartsWith('"'))
            {
                return formatted;
            }

            return TryShorten(literal.Datatype.Value, out var datatype) ? text + "^^" + datatype : formatted;
        }

        return SparqlTermFormatter.Format(term);
    }

    private bool TryShorten(string iri, out string shortened)
    {
        // Only local names that read back unambiguously: letters, digits, '_', '-' and inner dots.
        if (_prefixes!.TrySplit(iri, out var prefix, out var local) && local.Length > 0
            && local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.') && local[^1] != '.' && local[0] != '.')
        {
            shortened = prefix + ":" + local;
            return true;
        }

        shortened = iri;
        return false;
    }

    private static string Line(string[] cells, int[] widths)
    {
        var sb = new StringBuilder("|");
        for (var i = 0; i < cells.Length; i++)
        {
            sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - Width(cells[i]) + 1).Append('|');
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>The width in terminal columns, counting each code point as one column.</summary>
    private static int Width(string text)
    {
        var width = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            width++;
        }

        return width;
    }
}
