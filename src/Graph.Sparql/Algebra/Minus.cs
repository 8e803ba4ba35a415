namespace Graph.Sparql.Algebra;

/// <summary><c>Minus(Ω1, Ω2)</c>.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The subtracted operand.</param>
public sealed record Minus(AlgebraOperator Left, AlgebraOperator Right) : AlgebraOperator;
