using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>Reads the SPARQL 1.1 TSV results format: a header of <c>?variables</c>, then terms in Turtle syntax.</summary>
internal static class SparqlTsvResultsReader
{
    public static SparqlResults Read(TextReader input, string sourceName)
    {
        var header = input.ReadLine() ?? throw new SparqlResultsFormatException(sourceName, 1, 1, "the header line is missing");
        header = header.TrimEnd('\r');
        var variables = header.Length == 0 ? [] : header.Split('\t').Select((v, i) => VariableName(v, sourceName, i)).ToArray();

        // ASK results in TSV are a one-cell table (a convention of some engines; the format itself has none).
        var rows = new List<SparqlSolution>();
        var lineNumber = 1;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0 && variables.Length != 1)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != variables.Length)
            {
                throw new SparqlResultsFormatException(sourceName, lineNumber, 1, $"{fields.Length} fields where the header has {variables.Length}");
            }

            var values = new Term?[variables.Length];
            var column = 1;
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].Length > 0)
                {
                    values[i] = TurtleTermParser.TryParse(fields[i], out var error, out var at)
                        ?? throw new SparqlResultsFormatException(sourceName, lineNumber, column + at - 1, error!);
                }

                column += fields[i].Length + 1;
            }

            rows.Add(new SparqlSolution(variables, values));
        }

        if (variables is ["_askResult"] && rows.Count == 1 && rows[0][0] is Literal { LexicalForm: "true" or "false" } answer)
        {
            return SparqlResults.FromBoolean(answer.LexicalForm == "true");
        }

        return SparqlResults.FromRows(variables, rows);
    }

    private static string VariableName(string field, string sourceName, int index)
    {
        var name = field.Trim();
        if (name.Length < 2 || name[0] is not ('?' or '$'))
        {
            throw new SparqlResultsFormatException(sourceName, 1, 1, $"header field {index + 1} ('{field}') is not a ?variable");
        }

        return name[1..];
    }
}
