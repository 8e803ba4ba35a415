namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Options of the JSON-LD 1.1 algorithms (the API's JsonLdOptions, the ones this processor understands).</summary>
public sealed record JsonLdOptions
{
    /// <summary>The processing mode json-ld-1.0.</summary>
    public const string JsonLd10 = "json-ld-1.0";

    /// <summary>The processing mode json-ld-1.1 (the default).</summary>
    public const string JsonLd11 = "json-ld-1.1";

    /// <summary>The base IRI of the document, or null.</summary>
    public string? Base { get; init; }

    /// <summary>json-ld-1.1 (default) or json-ld-1.0.</summary>
    public string ProcessingMode { get; init; } = JsonLd11;

    /// <summary>A context (JSON text) applied before the document's own, or null.</summary>
    public string? ExpandContext { get; init; }

    /// <summary>How base direction reaches RDF: null (dropped), <c>i18n-datatype</c> or <c>compound-literal</c>.</summary>
    public string? RdfDirection { get; init; }

    /// <summary>Compaction: write IRIs relative to the base IRI where possible (the default).</summary>
    public bool CompactToRelative { get; init; } = true;

    /// <summary>True to keep triples whose predicate is a blank node.</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>fromRdf: turn xsd:integer, xsd:double and xsd:boolean literals into JSON numbers and booleans.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>fromRdf: keep rdf:type as a property instead of @type.</summary>
    public bool UseRdfType { get; init; }

    /// <summary>Loads remote documents and contexts; by default nothing is fetched over the network.</summary>
    public IJsonLdDocumentLoader DocumentLoader { get; init; } = NoNetworkDocumentLoader.Instance;
}
