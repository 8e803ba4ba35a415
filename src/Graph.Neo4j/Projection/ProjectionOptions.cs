namespace Graph.Neo4j.Projection;

/// <summary>How IRIs become labels, property names and relationship types (n10s's <c>handleVocabUris</c>).</summary>
public enum VocabularyHandling
{
    /// <summary>
    /// The local name only, with Neo4j's conventions: labels as written (<c>Person</c>), properties as
    /// written (<c>name</c>), relationship types in upper snake case (<c>postIn</c> → <c>POST_IN</c>).
    /// </summary>
    Ignore,

    /// <summary>A prefix, two underscores and the local name (<c>sch__Person</c>, <c>org__postIn</c>).</summary>
    Shorten,

    /// <summary>The full IRI.</summary>
    Keep,
}

/// <summary>What to do when a resource has several values for one property (n10s's <c>handleMultival</c>).</summary>
public enum MultivalueHandling
{
    /// <summary>Several values become an array; a single value stays a scalar.</summary>
    Array,

    /// <summary>The last value read wins.</summary>
    Overwrite,
}

/// <summary>Options of the RDF → property graph projection, named after neosemantics (n10s).</summary>
public sealed record ProjectionOptions
{
    /// <summary>The label every node carries, under which <c>uri</c> is unique.</summary>
    public const string ResourceLabel = "Resource";

    /// <summary>How IRIs become names.</summary>
    public VocabularyHandling Vocabulary { get; init; } = VocabularyHandling.Ignore;

    /// <summary>How several values of one property are kept.</summary>
    public MultivalueHandling Multivalues { get; init; } = MultivalueHandling.Array;

    /// <summary>True to keep language tags in values (<c>Bruxelles@fr</c>), as n10s's <c>keepLangTag</c>.</summary>
    public bool KeepLanguageTags { get; init; }

    /// <summary>When set, tagged strings in other languages are dropped (n10s's <c>languageFilter</c>).</summary>
    public string? LanguageFilter { get; init; }
}
