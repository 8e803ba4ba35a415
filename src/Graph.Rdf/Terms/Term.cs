namespace Graph.Rdf;

/// <summary>
/// An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/>, a <see cref="Literal"/>
/// or (RDF 1.2) a <see cref="TripleTerm"/>. Terms are small immutable values with value equality.
/// </summary>
public abstract record Term
{
    private protected Term()
    {
    }

    /// <summary>The kind of this term, for switches that must be exhaustive and fast.</summary>
    public abstract TermKind Kind { get; }
}

/// <summary>The four kinds of RDF term.</summary>
public enum TermKind
{
    /// <summary>An IRI.</summary>
    Iri,

    /// <summary>A blank node.</summary>
    BlankNode,

    /// <summary>A literal.</summary>
    Literal,

    /// <summary>An RDF 1.2 triple term.</summary>
    Triple,
}
