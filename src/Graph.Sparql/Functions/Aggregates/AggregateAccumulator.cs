using Graph.Rdf;

namespace Graph.Sparql.Functions.Aggregates;

/// <summary>
/// Folds the values of one aggregate over one group (section 18.5). Make one per group and aggregate
/// with <see cref="AggregateFunctions.Create"/>, feed it each solution's value, then read <see cref="Result"/>.
/// </summary>
public abstract class AggregateAccumulator
{
    private HashSet<Term>? _seen;

    /// <summary>Creates an accumulator; with <paramref name="distinct"/>, repeated values are counted once.</summary>
    protected AggregateAccumulator(bool distinct)
    {
        if (distinct)
        {
            _seen = [];
        }
    }

    /// <summary>True once a value made the aggregate an error (SUM of an IRI, say): the result is then null.</summary>
    public bool HasFailed { get; private set; }

    /// <summary>
    /// Adds one solution's value. Null means the expression was unbound or raised an error: it is
    /// skipped, as every aggregate skips the solutions that have no value for its expression.
    /// </summary>
    public void Add(Term? value)
    {
        if (value is null || HasFailed)
        {
            return;
        }

        if (_seen is not null && !_seen.Add(value))
        {
            return;
        }

        if (!Accumulate(value))
        {
            HasFailed = true;
        }
    }

    /// <summary>The aggregate's value for the group, or null when it is an error (or, for MIN, MAX and SAMPLE, of an empty group).</summary>
    public Term? Result => HasFailed ? null : Complete();

    /// <summary>Folds a (bound, and if DISTINCT, new) value in; false when the value makes the aggregate an error.</summary>
    protected abstract bool Accumulate(Term value);

    /// <summary>The value of the aggregate over what was accumulated.</summary>
    protected abstract Term? Complete();
}
