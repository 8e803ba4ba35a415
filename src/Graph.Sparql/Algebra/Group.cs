namespace Graph.Sparql.Algebra;

/// <summary><c>Group(exprlist, Ω)</c>: partitions solutions by the values of the keys.</summary>
/// <param name="Keys">The grouping expressions (none: one group).</param>
/// <param name="Inner">The grouped pattern.</param>
public sealed record Group(IReadOnlyList<Expression> Keys, AlgebraOperator Inner) : AlgebraOperator;
