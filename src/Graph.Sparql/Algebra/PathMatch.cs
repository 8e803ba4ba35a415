namespace Graph.Sparql.Algebra;

/// <summary>A property path pattern (<c>Path(X, P, Y)</c>).</summary>
/// <param name="Pattern">The subject, path and object.</param>
public sealed record PathMatch(PathPattern Pattern) : AlgebraOperator;
