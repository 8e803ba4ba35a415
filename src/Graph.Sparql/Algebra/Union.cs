namespace Graph.Sparql.Algebra;

/// <summary><c>Union(Ω1, Ω2)</c>.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record Union(AlgebraOperator Left, AlgebraOperator Right) : AlgebraOperator;
