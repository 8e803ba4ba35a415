namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>The active context of the JSON-LD algorithms: terms, base IRI, vocabulary mapping, defaults.</summary>
internal sealed class ActiveContext
{
    public ActiveContext(string? baseIri, string? originalBaseUrl, JsonLdOptions options)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = originalBaseUrl;
        Options = options;
    }

    /// <summary>The processing options (processing mode, document loader…).</summary>
    public JsonLdOptions Options { get; }

    /// <summary>The term definitions; a null entry is a term explicitly mapped to null.</summary>
    public Dictionary<string, TermDefinition?> Terms { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The base IRI, or null when there is none.</summary>
    public string? BaseIri { get; set; }

    /// <summary>The base URL of the document the context was first made for.</summary>
    public string? OriginalBaseUrl { get; set; }

    /// <summary>The vocabulary mapping, or null.</summary>
    public string? Vocab { get; set; }

    /// <summary>The default language, or null.</summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>The default base direction, or null.</summary>
    public string? DefaultDirection { get; set; }

    /// <summary>The context to go back to when leaving a node object under a non-propagated context.</summary>
    public ActiveContext? PreviousContext { get; set; }

    /// <summary>The inverse context, built on demand by compaction.</summary>
    public InverseContext? Inverse { get; set; }

    /// <summary>True when the processing mode is json-ld-1.0.</summary>
    public bool IsJsonLd10 => Options.ProcessingMode == JsonLdOptions.JsonLd10;

    /// <summary>A copy to change without touching this one (term definitions are shared, never mutated after creation).</summary>
    public ActiveContext Clone() => new(BaseIri, OriginalBaseUrl, Options)
    {
        Terms = new Dictionary<string, TermDefinition?>(Terms, StringComparer.Ordinal),
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        PreviousContext = PreviousContext,
    };

    /// <summary>The definition of a term, or null when it is undefined or mapped to null.</summary>
    public TermDefinition? Term(string term) => Terms.TryGetValue(term, out var definition) ? definition : null;
}
