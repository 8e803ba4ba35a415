namespace Graph.Rdf;

/// <summary>An RDF triple.</summary>
/// <param name="Subject">An IRI or a blank node.</param>
/// <param name="Predicate">An IRI.</param>
/// <param name="Object">Any term.</param>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Object)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Object}";
}

/// <summary>An RDF quad: a triple and the graph it belongs to.</summary>
/// <param name="Subject">An IRI or a blank node.</param>
/// <param name="Predicate">An IRI.</param>
/// <param name="Object">Any term.</param>
/// <param name="Graph">The graph name (an IRI or a blank node), or null for the default graph.</param>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Object, Term? Graph)
{
    /// <summary>Creates a quad from a triple and a graph name (null for the default graph).</summary>
    public Quad(Triple triple, Term? graph)
        : this(triple.Subject, triple.Predicate, triple.Object, graph)
    {
    }

    /// <summary>The triple of this quad, without its graph.</summary>
    public Triple Triple => new(Subject, Predicate, Object);

    /// <summary>True when the quad is in the default graph.</summary>
    public bool IsInDefaultGraph => Graph is null;

    /// <inheritdoc />
    public override string ToString() => Graph is null ? Triple.ToString() : $"{Triple} {Graph}";
}
