using Graph.Rdf;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

/// <summary><c>OrderBy(Ω, conditions)</c>.</summary>
/// <param name="Inner">The ordered pattern.</param>
/// <param name="Conditions">The sort keys.</param>
public sealed record OrderBy(AlgebraOperator Inner, IReadOnlyList<OrderCondition> Conditions) : AlgebraOperator;
