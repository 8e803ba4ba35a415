namespace Graph.Sparql.Algebra;

/// <summary><c>ToMultiSet(Ω)</c>: a sub-query used as a pattern.</summary>
/// <param name="Inner">The sub-query.</param>
public sealed record ToMultiSet(AlgebraOperator Inner) : AlgebraOperator;
