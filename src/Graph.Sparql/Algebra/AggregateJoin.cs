namespace Graph.Sparql.Algebra;

/// <summary><c>AggregateJoin</c>: one solution per group, with the group keys and every aggregate.</summary>
/// <param name="Group">The grouping.</param>
/// <param name="Aggregations">The aggregates.</param>
public sealed record AggregateJoin(Group Group, IReadOnlyList<Aggregation> Aggregations) : AlgebraOperator;
