using Graph.Rdf;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// The result of a query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT and DESCRIBE.
/// Rows and triples stream: enumerate them once.
/// </summary>
public sealed class QueryResult
{
    private readonly SparqlResultSet? _resultSet;
    private readonly bool? _boolean;
    private readonly IEnumerable<Triple>? _triples;

    private QueryResult(QueryForm form, SparqlResultSet? resultSet, bool? boolean, IEnumerable<Triple>? triples)
    {
        Form = form;
        _resultSet = resultSet;
        _boolean = boolean;
        _triples = triples;
    }

    /// <summary>The form of the query that gave this result.</summary>
    public QueryForm Form { get; }

    /// <summary>The rows of a SELECT.</summary>
    /// <exception cref="InvalidOperationException">The query was not a SELECT.</exception>
    public SparqlResultSet ResultSet => _resultSet ?? throw new InvalidOperationException($"a {Form} query has no result set");

    /// <summary>The answer of an ASK.</summary>
    /// <exception cref="InvalidOperationException">The query was not an ASK.</exception>
    public bool Boolean => _boolean ?? throw new InvalidOperationException($"a {Form} query has no boolean result");

    /// <summary>The triples of a CONSTRUCT or DESCRIBE (no duplicates).</summary>
    /// <exception cref="InvalidOperationException">The query was neither CONSTRUCT nor DESCRIBE.</exception>
    public IEnumerable<Triple> Triples => _triples ?? throw new InvalidOperationException($"a {Form} query has no triples");

    internal static QueryResult ForSelect(SparqlResultSet results) => new(QueryForm.Select, results, null, null);

    internal static QueryResult ForAsk(bool value) => new(QueryForm.Ask, null, value, null);

    internal static QueryResult ForGraph(QueryForm form, IEnumerable<Triple> triples) => new(form, null, null, triples);
}
