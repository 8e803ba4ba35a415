namespace Graph.Ingestion.Mapping;

/// <summary>How an <see cref="ArticleGraphMapper"/> writes RDF.</summary>
public sealed record MappingOptions
{
    /// <summary>The namespace of minted resources; <see cref="Kg.DefaultResourceBase"/> unless changed.</summary>
    public string ResourceBase { get; init; } = Kg.DefaultResourceBase;

    /// <summary>Writes NIF mentions: where in the text each entity, post, event and quotation stands.</summary>
    public bool IncludeMentions { get; init; }

    /// <summary>
    /// Puts each article's statements into a named graph, the article's IRI (for N-Quads, TriG,
    /// JSON-LD); otherwise into the default graph, where an entity's description is written once.
    /// </summary>
    public bool NamedGraphs { get; init; }
}
