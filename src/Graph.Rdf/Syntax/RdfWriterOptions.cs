using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax;

/// <summary>Options every writer understands; a writer ignores what its syntax cannot use.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>The prefixes to abbreviate IRIs with (Turtle, TriG, RDF/XML, compacted JSON-LD), or null for none.</summary>
    public PrefixMap? Prefixes { get; init; }

    /// <summary>The base IRI to write IRIs relative to, or null to write them absolute.</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>A JSON-LD context document (its JSON text) to compact JSON-LD output with, or null for expanded output.</summary>
    public string? JsonLdContext { get; init; }
}
