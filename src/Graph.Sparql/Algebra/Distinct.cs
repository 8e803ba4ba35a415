namespace Graph.Sparql.Algebra;

/// <summary><c>Distinct(Ω)</c>.</summary>
/// <param name="Inner">The pattern.</param>
public sealed record Distinct(AlgebraOperator Inner) : AlgebraOperator;
