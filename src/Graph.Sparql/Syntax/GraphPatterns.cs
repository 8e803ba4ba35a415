using Graph.Rdf;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>A group graph pattern <c>{ … }</c> as written: its elements in order.</summary>
/// <param name="Elements">The elements.</param>
public sealed record GroupGraphPattern(IReadOnlyList<PatternElement> Elements);

/// <summary>One element of a group graph pattern.</summary>
public abstract record PatternElement;

/// <summary>A block of triple patterns and path patterns, in the order written.</summary>
/// <param name="Triples">The triple patterns (<see cref="TriplePattern"/> or <see cref="PathPattern"/>).</param>
public sealed record TriplesElement(IReadOnlyList<object> Triples) : PatternElement;

/// <summary><c>FILTER</c>.</summary>
/// <param name="Condition">The condition.</param>
public sealed record FilterElement(Expression Condition) : PatternElement;

/// <summary><c>OPTIONAL { … }</c>.</summary>
/// <param name="Pattern">The optional part.</param>
public sealed record OptionalElement(GroupGraphPattern Pattern) : PatternElement;

/// <summary><c>MINUS { … }</c>.</summary>
/// <param name="Pattern">The subtracted part.</param>
public sealed record MinusElement(GroupGraphPattern Pattern) : PatternElement;

/// <summary><c>{ … } UNION { … }</c>, or a lone nested group when there is one alternative.</summary>
/// <param name="Alternatives">The alternatives.</param>
public sealed record UnionElement(IReadOnlyList<GroupGraphPattern> Alternatives) : PatternElement;

/// <summary><c>GRAPH g { … }</c>.</summary>
/// <param name="Graph">The graph name or variable.</param>
/// <param name="Pattern">The pattern.</param>
public sealed record GraphElement(PatternNode Graph, GroupGraphPattern Pattern) : PatternElement;

/// <summary><c>SERVICE</c> (parsed; federated queries are not evaluated).</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Silent">True with SILENT.</param>
/// <param name="Pattern">The pattern.</param>
public sealed record ServiceElement(PatternNode Endpoint, bool Silent, GroupGraphPattern Pattern) : PatternElement;

/// <summary><c>BIND(expr AS ?v)</c>.</summary>
/// <param name="Value">The expression.</param>
/// <param name="Variable">The bound variable.</param>
public sealed record BindElement(Expression Value, string Variable) : PatternElement;

/// <summary><c>VALUES</c> inside a pattern.</summary>
/// <param name="Data">The data.</param>
public sealed record ValuesElement(InlineData Data) : PatternElement;

/// <summary>A sub-query <c>{ SELECT … }</c>.</summary>
/// <param name="Query">The sub-query.</param>
public sealed record SubSelectElement(SparqlQuery Query) : PatternElement;

/// <summary>A <c>VALUES</c> block: variables and rows (null = UNDEF).</summary>
/// <param name="Variables">The variables.</param>
/// <param name="Rows">The rows, one value or null per variable.</param>
public sealed record InlineData(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows);
