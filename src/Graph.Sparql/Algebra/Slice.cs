namespace Graph.Sparql.Algebra;

/// <summary><c>Slice(Ω, start, length)</c>: OFFSET and LIMIT.</summary>
/// <param name="Inner">The pattern.</param>
/// <param name="Offset">The number of solutions skipped.</param>
/// <param name="Limit">The maximum number of solutions, or null.</param>
public sealed record Slice(AlgebraOperator Inner, long Offset, long? Limit) : AlgebraOperator;
