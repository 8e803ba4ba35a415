namespace Graph.Sparql.Algebra;

/// <summary><c>Aggregation(args, func, scalarvals, Group)</c>: one aggregate, bound to a variable.</summary>
/// <param name="Aggregate">The aggregate.</param>
/// <param name="Variable">The internal variable that receives its value.</param>
public sealed record Aggregation(AggregateExpression Aggregate, string Variable);
