using Graph.Rdf;

namespace Graph.Sparql.Functions;

/// <summary>
/// What built-in functions may depend on besides their arguments: the query's fixed NOW(), its base
/// IRI, and the blank nodes BNODE(str) has made for the current solution.
/// </summary>
public sealed class FunctionContext
{
    /// <summary>Creates a context for one query execution.</summary>
    public FunctionContext(DateTimeOffset now, Iri? baseIri = null)
    {
        Now = now;
        BaseIri = baseIri;
    }

    /// <summary>The value of NOW(), fixed for the whole query.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The base IRI used by IRI(), or null.</summary>
    public Iri? BaseIri { get; }

    /// <summary>BNODE(str) labels of the current solution: the evaluator clears it for each solution.</summary>
    public Dictionary<string, BlankNode> BlankNodesOfSolution { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A SPARQL built-in function or XSD cast. Arguments are already evaluated (null = unbound or error);
/// the result is null when the function raises a type error.
/// </summary>
public delegate Term? BuiltInFunction(ReadOnlySpan<Term?> arguments, FunctionContext context);
