namespace Graph.Sparql.Algebra;

/// <summary><c>Project(Ω, vars)</c>.</summary>
/// <param name="Inner">The pattern.</param>
/// <param name="Variables">The kept variables, in order.</param>
public sealed record Project(AlgebraOperator Inner, IReadOnlyList<string> Variables) : AlgebraOperator;
