namespace Graph.Sparql.Results;

/// <summary>The formats SELECT and ASK results can be written in.</summary>
public enum SparqlResultsFormat
{
    /// <summary>SPARQL 1.1 Query Results JSON Format (<c>.srj</c>).</summary>
    Json,

    /// <summary>SPARQL Query Results XML Format (<c>.srx</c>).</summary>
    Xml,

    /// <summary>SPARQL 1.1 Query Results CSV Format (values only: types and languages are lost).</summary>
    Csv,

    /// <summary>SPARQL 1.1 Query Results TSV Format (terms in Turtle syntax).</summary>
    Tsv,

    /// <summary>An aligned table for the terminal.</summary>
    Table,
}
