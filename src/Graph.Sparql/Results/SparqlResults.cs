using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>
/// A complete, materialised query result: either a boolean (ASK) or variables and rows (SELECT).
/// This is what the readers return and what <see cref="ResultSetEquivalence"/> compares.
/// </summary>
public sealed class SparqlResults
{
    private SparqlResults(bool? boolean, IReadOnlyList<string> variables, IReadOnlyList<SparqlSolution> rows)
    {
        Boolean = boolean;
        Variables = variables;
        Rows = rows;
    }

    /// <summary>The ASK answer, or null for a SELECT result.</summary>
    public bool? Boolean { get; }

    /// <summary>True for an ASK result.</summary>
    public bool IsBoolean => Boolean.HasValue;

    /// <summary>The variables, without <c>?</c> (empty for an ASK result).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The rows (empty for an ASK result).</summary>
    public IReadOnlyList<SparqlSolution> Rows { get; }

    /// <summary>An ASK result.</summary>
    public static SparqlResults FromBoolean(bool value) => new(value, [], []);

    /// <summary>A SELECT result from rows whose variables are <paramref name="variables"/>.</summary>
    public static SparqlResults FromRows(IReadOnlyList<string> variables, IReadOnlyList<SparqlSolution> rows)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        return new SparqlResults(null, variables, rows);
    }

    /// <summary>Reads a streamed result set to the end.</summary>
    public static SparqlResults Materialize(SparqlResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SparqlResults(null, results.Variables, results.Solutions.ToList());
    }

    /// <summary>The rows as a result set, for the writers.</summary>
    public SparqlResultSet ToResultSet() => new(Variables, Rows);

    /// <summary>
    /// What the CSV format keeps of these results: every IRI and literal becomes a simple literal of its
    /// string value, blank nodes stay. Compare a result read from CSV with the CSV view of the actual one.
    /// </summary>
    public SparqlResults ToCsvView()
    {
        if (IsBoolean)
        {
            return this;
        }

        var rows = Rows.Select(row =>
        {
            var values = new Term?[Variables.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var term = row[Variables[i]];
                values[i] = term switch
                {
                    null => null,
                    BlankNode => term,
                    _ => Literal.String(SparqlCsvResultsWriter.ValueOf(term)),
                };
            }

            return new SparqlSolution(Variables, values);
        }).ToList();
        return FromRows(Variables, rows);
    }
}
