using System.Text;
using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes the SPARQL 1.1 CSV results format: a header of variable names, then one line per row with
/// IRIs and literals as bare strings (types and language tags are lost, as the format intends) and blank
/// nodes as <c>_:label</c>; lines end with CRLF (RFC 4180), fields are quoted when they need it.
/// ASK results are written as a one-cell table of <c>_askResult</c>.
/// </summary>
public sealed class SparqlCsvResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public void WriteResultSet(SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder();
        for (var i = 0; i < results.Variables.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, results.Variables[i]);
        }

        output.Write(line.Append("\r\n"));
        foreach (var solution in results.Solutions)
        {
            line.Clear();
            for (var i = 0; i < results.Variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                if (solution[i] is { } term)
                {
                    AppendField(line, ValueOf(term));
                }
            }

            output.Write(line.Append("\r\n"));
        }
    }

    /// <inheritdoc />
    public void WriteBoolean(bool value, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("_askResult\r\n");
        output.Write(value ? "true\r\n" : "false\r\n");
    }

    /// <summary>The CSV value of a term: the IRI, the lexical form, or <c>_:label</c>.</summary>
    public static string ValueOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "_:" + blank.Label,
        Literal literal => literal.LexicalForm,
        _ => SparqlTermFormatter.Format(term),
    };

    private static void AppendField(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
