namespace Graph.Sparql.Algebra;

/// <summary><c>Filter(expr, Ω)</c>; the conditions are a conjunction.</summary>
/// <param name="Conditions">The conditions, all of which must hold.</param>
/// <param name="Inner">The filtered pattern.</param>
public sealed record Filter(IReadOnlyList<Expression> Conditions, AlgebraOperator Inner) : AlgebraOperator;
