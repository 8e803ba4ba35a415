namespace Graph.Sparql.Results;

/// <summary>Writes SELECT and ASK results in one format (JSON, XML, CSV, TSV, or a table for the terminal).</summary>
public interface ISparqlResultsWriter
{
    /// <summary>Writes a SELECT result, streaming its rows.</summary>
    void WriteResultSet(SparqlResultSet results, TextWriter output);

    /// <summary>Writes an ASK result.</summary>
    void WriteBoolean(bool value, TextWriter output);
}
