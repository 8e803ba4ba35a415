namespace Graph.Sparql.Algebra;

/// <summary><c>Reduced(Ω)</c>.</summary>
/// <param name="Inner">The pattern.</param>
public sealed record Reduced(AlgebraOperator Inner) : AlgebraOperator;
