namespace Graph.Sparql.Algebra;

/// <summary><c>Service</c>: a federated pattern, which this engine does not evaluate.</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Silent">True with SILENT.</param>
/// <param name="Inner">The pattern.</param>
public sealed record Service(PatternNode Endpoint, bool Silent, AlgebraOperator Inner) : AlgebraOperator;
