using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>One row of a SELECT result: a value (or none) for each variable of the result set.</summary>
public sealed class SparqlSolution
{
    private readonly Term?[] _values;

    /// <summary>Creates a row; <paramref name="values"/> follows the order of <paramref name="variables"/>.</summary>
    public SparqlSolution(IReadOnlyList<string> variables, Term?[] values)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(values);
        if (variables.Count != values.Length)
        {
            throw new ArgumentException("one value (or null) is needed per variable", nameof(values));
        }

        Variables = variables;
        _values = values;
    }

    /// <summary>The variables, without <c>?</c>, in projection order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The value at a position, or null when unbound.</summary>
    public Term? this[int index] => _values[index];

    /// <summary>The value of a variable (without <c>?</c>), or null when unbound or unknown.</summary>
    public Term? this[string variable]
    {
        get
        {
            for (var i = 0; i < Variables.Count; i++)
            {
                if (Variables[i] == variable)
                {
                    return _values[i];
                }
            }

            return null;
        }
    }
}

/// <summary>The result of a SELECT query: its variables and a stream of rows.</summary>
/// <param name="Variables">The projected variables, without <c>?</c>.</param>
/// <param name="Solutions">The rows; may be evaluated lazily, so enumerate once.</param>
public sealed record SparqlResultSet(IReadOnlyList<string> Variables, IEnumerable<SparqlSolution> Solutions);
