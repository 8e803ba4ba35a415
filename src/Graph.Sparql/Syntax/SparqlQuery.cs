using Graph.Rdf;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>The four query forms.</summary>
public enum QueryForm
{
    /// <summary>SELECT.</summary>
    Select,

    /// <summary>CONSTRUCT.</summary>
    Construct,

    /// <summary>ASK.</summary>
    Ask,

    /// <summary>DESCRIBE.</summary>
    Describe,
}

/// <summary>A projected item of SELECT: a variable, or <c>(expression AS ?variable)</c>.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Value">The expression, or null for a plain variable.</param>
public sealed record SelectItem(string Variable, Expression? Value);

/// <summary>A GROUP BY condition: an expression, optionally bound to a variable.</summary>
/// <param name="Value">The expression.</param>
/// <param name="Variable">The variable of <c>(expr AS ?v)</c>, or null.</param>
public sealed record GroupCondition(Expression Value, string? Variable);

/// <summary>An ORDER BY condition.</summary>
/// <param name="Value">The expression.</param>
/// <param name="Descending">True for DESC.</param>
public sealed record OrderCondition(Expression Value, bool Descending);

/// <summary>
/// A parsed SPARQL 1.1 query (or sub-query): its form, dataset clauses, pattern and modifiers, as
/// written. <see cref="Parse"/> reads one; <see cref="AlgebraTranslator"/> turns it into the algebra.
/// </summary>
public sealed record SparqlQuery
{
    /// <summary>The query form.</summary>
    public required QueryForm Form { get; init; }

    /// <summary>The base IRI in force at the end of the prologue, or null.</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>The prefixes declared in the prologue.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; init; } = [];

    /// <summary>SELECT DISTINCT.</summary>
    public bool Distinct { get; init; }

    /// <summary>SELECT REDUCED.</summary>
    public bool Reduced { get; init; }

    /// <summary>SELECT * (or DESCRIBE *).</summary>
    public bool SelectAll { get; init; }

    /// <summary>The projection of SELECT.</summary>
    public IReadOnlyList<SelectItem> Projection { get; init; } = [];

    /// <summary>The CONSTRUCT template.</summary>
    public IReadOnlyList<TriplePattern> Template { get; init; } = [];

    /// <summary>The resources of DESCRIBE.</summary>
    public IReadOnlyList<PatternNode> DescribeTargets { get; init; } = [];

    /// <summary>FROM graphs (the default graph is their merge).</summary>
    public IReadOnlyList<Iri> From { get; init; } = [];

    /// <summary>FROM NAMED graphs.</summary>
    public IReadOnlyList<Iri> FromNamed { get; init; } = [];

    /// <summary>The WHERE pattern (null for a DESCRIBE without one).</summary>
    public GroupGraphPattern? Where { get; init; }

    /// <summary>GROUP BY.</summary>
    public IReadOnlyList<GroupCondition> GroupBy { get; init; } = [];

    /// <summary>HAVING.</summary>
    public IReadOnlyList<Expression> Having { get; init; } = [];

    /// <summary>ORDER BY.</summary>
    public IReadOnlyList<OrderCondition> OrderBy { get; init; } = [];

    /// <summary>LIMIT, or null.</summary>
    public long? Limit { get; init; }

    /// <summary>OFFSET, or null.</summary>
    public long? Offset { get; init; }

    /// <summary>The trailing VALUES block, or null.</summary>
    public InlineData? Values { get; init; }

    /// <summary>Parses a query.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI when the query has no BASE, or null.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid SPARQL 1.1 query.</exception>
    public static SparqlQuery Parse(string text, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SparqlParser(text, baseIri).ParseQuery();
    }
}
