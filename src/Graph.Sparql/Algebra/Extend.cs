namespace Graph.Sparql.Algebra;

/// <summary><c>Extend(Ω, var, expr)</c>: BIND and SELECT expressions.</summary>
/// <param name="Inner">The extended pattern.</param>
/// <param name="Variable">The assigned variable.</param>
/// <param name="Value">The expression.</param>
public sealed record Extend(AlgebraOperator Inner, string Variable, Expression Value) : AlgebraOperator;
