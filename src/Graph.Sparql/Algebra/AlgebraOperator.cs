namespace Graph.Sparql.Algebra;

/// <summary>An operator of the SPARQL algebra (section 18.2); each operator is its own class.</summary>
public abstract record AlgebraOperator;
