using System.Text;
using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>
/// Reads the SPARQL 1.1 CSV results format (RFC 4180 fields). CSV keeps only strings, so every value is
/// read as a simple literal, except <c>_:label</c> which is read as a blank node and empty fields which are
/// unbound: compare with <see cref="SparqlResults.ToCsvView"/> of the other side.
/// </summary>
internal static class SparqlCsvResultsReader
{
    public static SparqlResults Read(TextReader input, string sourceName)
    {
        var records = ParseRecords(input.ReadToEnd(), sourceName);
        if (records.Count == 0)
        {
            throw new SparqlResultsFormatException(sourceName, 1, 1, "the header line is missing");
        }

        var (_, header) = records[0];
        var variables = header.Count == 1 && header[0].Length == 0 ? [] : header.ToArray();
        var rows = new List<SparqlSolution>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0 && variables.Length != 1)
            {
                continue;
            }

            if (fields.Count != variables.Length)
            {
                throw new SparqlResultsFormatException(sourceName, line, 1, $"{fields.Count} fields where the header has {variables.Length}");
            }

            var values = fields.Select(f => f.Length == 0 ? null : f.StartsWith("_:", StringComparison.Ordinal) && f.Length > 2 ? (Term)new BlankNode(f[2..]) : Literal.String(f)).ToArray();
            rows.Add(new SparqlSolution(variables, values));
        }

        if (variables is ["_askResult"] && rows.Count == 1 && rows[0][0] is Literal { LexicalForm: "true" or "false" } answer)
        {
            return SparqlResults.FromBoolean(answer.LexicalForm == "true");
        }

        return SparqlResults.FromRows(variables, rows);
    }

    private static List<(int Line, List<string> Fields)> ParseRecords(string text, string sourceName)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var startLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new SparqlResultsFormatException(sourceName, startLine, 1, "a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields));
                fields = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
