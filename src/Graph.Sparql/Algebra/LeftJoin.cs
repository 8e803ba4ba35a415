namespace Graph.Sparql.Algebra;

/// <summary><c>LeftJoin(Ω1, Ω2, expr)</c>: OPTIONAL.</summary>
/// <param name="Left">The required part.</param>
/// <param name="Right">The optional part.</param>
/// <param name="Condition">The filter of the OPTIONAL, or null for true.</param>
public sealed record LeftJoin(AlgebraOperator Left, AlgebraOperator Right, Expression? Condition) : AlgebraOperator;
