namespace Graph.Rdf.Syntax;

/// <summary>The RDF syntaxes the project reads and writes.</summary>
public enum RdfFormat
{
    /// <summary>N-Triples.</summary>
    NTriples,

    /// <summary>N-Quads.</summary>
    NQuads,

    /// <summary>Turtle.</summary>
    Turtle,

    /// <summary>TriG.</summary>
    TriG,

    /// <summary>RDF/XML.</summary>
    RdfXml,

    /// <summary>JSON-LD 1.1.</summary>
    JsonLd,
}
