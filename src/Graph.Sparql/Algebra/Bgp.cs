namespace Graph.Sparql.Algebra;

/// <summary>A basic graph pattern: triple patterns matched together (<c>BGP</c>).</summary>
/// <param name="Patterns">The triple patterns.</param>
public sealed record Bgp(IReadOnlyList<TriplePattern> Patterns) : AlgebraOperator;
