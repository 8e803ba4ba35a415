namespace Graph.Rdf;

/// <summary>An RDF 1.2 triple term: a triple used as the object of another triple.</summary>
public sealed record TripleTerm(Triple Triple) : Term
{
    /// <inheritdoc />
    public override TermKind Kind => TermKind.Triple;

    /// <inheritdoc />
    public override string ToString() => "<<( " + Triple + " )>>";
}
