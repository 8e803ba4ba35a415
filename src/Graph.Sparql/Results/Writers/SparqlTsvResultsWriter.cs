using System.Text;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes the SPARQL 1.1 TSV results format: a header of <c>?variables</c>, then one line per row with
/// each term in Turtle syntax (numbers and booleans bare when Turtle allows it), unbound cells empty.
/// ASK results are written as a one-cell table of <c>?_askResult</c>.
/// </summary>
public sealed class SparqlTsvResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public void WriteResultSet(SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder();
        for (var i = 0; i < results.Variables.Count; i++)
        {
            line.Append(i > 0 ? "\t?" : "?").Append(results.Variables[i]);
        }

        output.Write(line.Append('\n'));
        foreach (var solution in results.Solutions)
        {
            line.Clear();
            for (var i = 0; i < results.Variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }

                if (solution[i] is { } term)
                {
                    SparqlTermFormatter.Append(line, term);
                }
            }

            output.Write(line.Append('\n'));
        }
    }

    /// <inheritdoc />
    public void WriteBoolean(bool value, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("?_askResult\n");
        output.Write(value ? "true\n" : "false\n");
    }
}
