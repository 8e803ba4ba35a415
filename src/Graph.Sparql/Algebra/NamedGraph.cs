namespace Graph.Sparql.Algebra;

/// <summary><c>Graph(g, Ω)</c>: GRAPH, evaluated in a named graph.</summary>
/// <param name="Graph">The graph IRI or variable.</param>
/// <param name="Inner">The pattern.</param>
public sealed record NamedGraph(PatternNode Graph, AlgebraOperator Inner) : AlgebraOperator;
