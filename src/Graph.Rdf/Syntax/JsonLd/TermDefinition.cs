namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>One term of an active context (JSON-LD 1.1 API, "term definition").</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI, blank node identifier or keyword the term expands to; null when the term is mapped to null.</summary>
    public string? IriMapping { get; set; }

    /// <summary>True for a reverse property.</summary>
    public bool IsReverse { get; set; }

    /// <summary>The @type mapping (an IRI, @id, @vocab, @json or @none), or null.</summary>
    public string? TypeMapping { get; set; }

    /// <summary>True when the term has a language mapping (which may be null).</summary>
    public bool HasLanguage { get; set; }

    /// <summary>The language mapping, lower-cased as written (null = no language).</summary>
    public string? Language { get; set; }

    /// <summary>True when the term has a direction mapping (which may be null).</summary>
    public bool HasDirection { get; set; }

    /// <summary>The direction mapping: ltr, rtl or null.</summary>
    public string? Direction { get; set; }

    /// <summary>True when the term has a scoped context.</summary>
    public bool HasLocalContext { get; set; }

    /// <summary>The scoped context, unprocessed.</summary>
    public object? LocalContext { get; set; }

    /// <summary>The base URL the scoped context came with.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>True when the term is protected.</summary>
    public bool Protected { get; set; }

    /// <summary>True when the term may be used as a compact IRI prefix.</summary>
    public bool Prefix { get; set; }

    /// <summary>The @nest value, or null.</summary>
    public string? Nest { get; set; }

    /// <summary>The @index value (a property-valued index), or null.</summary>
    public string? Index { get; set; }

    /// <summary>The container mapping, or null.</summary>
    public HashSet<string>? Container { get; set; }

    /// <summary>True when the container mapping holds <paramref name="keyword"/>.</summary>
    public bool HasContainer(string keyword) => Container is not null && Container.Contains(keyword);

    /// <summary>Compares two definitions except for their protection (used for protected-term redefinition).</summary>
    public bool SameExceptProtected(TermDefinition other) =>
        IriMapping == other.IriMapping && IsReverse == other.IsReverse && TypeMapping == other.TypeMapping
        && HasLanguage == other.HasLanguage && Language == other.Language
        && HasDirection == other.HasDirection && Direction == other.Direction
        && HasLocalContext == other.HasLocalContext && JsonLdJson.DeepEquals(LocalContext, other.LocalContext)
        && Prefix == other.Prefix && Nest == other.Nest && Index == other.Index
        && (Container is null ? other.Container is null || other.Container.Count == 0 : other.Container is not null && Container.SetEquals(other.Container));
}
