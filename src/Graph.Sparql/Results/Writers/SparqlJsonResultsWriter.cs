using System.Text;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes the SPARQL 1.1 Query Results JSON Format, one binding object a line, streaming the rows.
/// Triple terms are written as <c>{"type": "triple", "value": {"subject": …}}</c> (SPARQL 1.2).
/// </summary>
public sealed class SparqlJsonResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public void WriteResultSet(SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("{\n  \"head\": { \"vars\": [");
        for (var i = 0; i < results.Variables.Count; i++)
        {
            output.Write(i == 0 ? " " : ", ");
            WriteString(output, results.Variables[i]);
        }

        output.Write(" ] },\n  \"results\": {\n    \"bindings\": [");
        var first = true;
        var line = new StringBuilder();
        foreach (var solution in results.Solutions)
        {
            line.Clear();
            line.Append(first ? "\n      {" : ",\n      {");
            first = false;
            var firstBinding = true;
            for (var i = 0; i < results.Variables.Count; i++)
            {
                if (solution[i] is not { } term)
                {
                    continue;
                }

                line.Append(firstBinding ? " " : ", ");
                firstBinding = false;
                AppendString(line, results.Variables[i]);
                line.Append(": ");
                AppendTerm(line, term);
            }

            line.Append(firstBinding ? "}" : " }");
            output.Write(line);
        }

        output.Write(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n");
    }

    /// <inheritdoc />
    public void WriteBoolean(bool value, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("{\n  \"head\": {},\n  \"boolean\": ");
        output.Write(value ? "true" : "false");
        output.Write("\n}\n");
    }

    private static void AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                sb.Append("{ \"type\": \"uri\", \"value\": ");
                AppendString(sb, iri.Value);
                break;
            case BlankNode blank:
                sb.Append("{ \"type\": \"bnode\", \"value\": ");
                AppendString(sb, blank.Label);
                break;
            case Literal literal:
                sb.Append("{ \"type\": \"literal\", \"value\": ");
                AppendString(sb, literal.LexicalForm);
                if (literal.Language is not null)
                {
                    sb.Append(", \"xml:lang\": ");
                    AppendString(sb, literal.Language);
                    if (literal.Direction is not null)
                    {
                        sb.Append(", \"its:dir\": ");
                        AppendString(sb, literal.Direction);
                    }
                }
                else if (literal.Datatype != Vocab.Xsd.String)
                {
                    sb.Append(", \"datatype\": ");
                    AppendString(sb, literal.Datatype.Value);
                }

                break;
            case TripleTerm triple:
                sb.Append("{ \"type\": \"triple\", \"value\": { \"subject\": ");
                AppendTerm(sb, triple.Triple.Subject);
                sb.Append(", \"predicate\": ");
                AppendTerm(sb, triple.Triple.Predicate);
                sb.Append(", \"object\": ");
                AppendTerm(sb, triple.Triple.Object);
                sb.Append(" }");
                break;
        }

        sb.Append(" }");
    }

    private static void WriteString(TextWriter output, string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        output.Write(sb);
    }

    /// <summary>A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as is.</summary>
    internal static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
