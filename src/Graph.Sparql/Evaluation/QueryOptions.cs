using Graph.Rdf;

namespace Graph.Sparql.Evaluation;

/// <summary>How a query runs: its time limit, cancellation, base IRI and fixed clock.</summary>
public sealed record QueryOptions
{
    /// <summary>The time after which the query stops with <see cref="QueryTimeoutException"/>, or null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Cancels the query (an <see cref="OperationCanceledException"/> is thrown).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The base IRI for IRI(), when the query sets none.</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>The value of NOW(), or null for the time the query starts.</summary>
    public DateTimeOffset? Now { get; init; }
}

/// <summary>A query that ran past its time limit.</summary>
public sealed class QueryTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for the limit that was exceeded.</summary>
    public QueryTimeoutException(TimeSpan timeout)
        : base($"the query did not finish within its time limit of {timeout.TotalSeconds:0.###} s")
    {
        Timeout = timeout;
    }

    /// <summary>The time limit.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>A query that is valid SPARQL but cannot be evaluated (e.g. SERVICE, which this engine does not support).</summary>
public sealed class QueryEvaluationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public QueryEvaluationException(string message)
        : base(message)
    {
    }
}
