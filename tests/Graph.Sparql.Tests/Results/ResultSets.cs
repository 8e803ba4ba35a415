using Graph.Rdf;
using Graph.Sparql.Results;

namespace Graph.Sparql.Tests.Results;

/// <summary>Builds small result sets for the writer and reader tests.</summary>
internal static class ResultSets
{
    public static SparqlResultSet Of(string[] variables, params Term?[][] rows) =>
        new(variables, rows.Select(r => new SparqlSolution(variables, r)).ToList());

    public static string Write(ISparqlResultsWriter writer, SparqlResultSet results)
    {
        using var output = new StringWriter();
        writer.WriteResultSet(results, output);
        return output.ToString();
    }

    public static string WriteBoolean(ISparqlResultsWriter writer, bool value)
    {
        using var output = new StringWriter();
        writer.WriteBoolean(value, output);
        return output.ToString();
    }
}
