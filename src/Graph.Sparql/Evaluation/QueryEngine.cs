using System.Collections;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Sparql.Algebra;
using Graph.Sparql.Functions;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Evaluation;

/// <summary>Runs SPARQL queries over a <see cref="Dataset"/>.</summary>
public static class QueryEngine
{
    /// <summary>Parses and runs a query.</summary>
    /// <exception cref="SparqlSyntaxException">The query is not valid SPARQL.</exception>
    public static QueryResult Execute(string query, Dataset dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Execute(SparqlQuery.Parse(query, options?.BaseIri), dataset, options);
    }

    /// <summary>
    /// Runs a parsed query. SELECT rows and CONSTRUCT/DESCRIBE triples are computed as they are
    /// enumerated; the time limit covers that enumeration too.
    /// </summary>
    /// <exception cref="QueryTimeoutException">The query ran past <see cref="QueryOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The query was cancelled.</exception>
    public static QueryResult Execute(SparqlQuery query, Dataset dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new QueryOptions();
        var algebra = Optimizer.Optimize(AlgebraTranslator.Translate(query));
        var variables = new VariableTable();
        variables.Collect(algebra);
        foreach (var target in query.DescribeTargets.Where(t => t.IsVariable))
        {
            _ = variables[target.Variable!];
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } timeout)
        {
            cancellation.CancelAfter(timeout);
        }

        var (defaultGraphs, namedGraphs) = GraphsOf(query, dataset);
        var functions = new FunctionContext(options.Now ?? DateTimeOffset.Now, query.BaseIri ?? options.BaseIri);
        var evaluator = new Evaluator(dataset, variables, functions, cancellation.Token, defaultGraphs, namedGraphs);
        var guard = new TimeoutGuard(cancellation, options);
        var rows = guard.Wrap(evaluator.Evaluate(algebra, evaluator.NewRow(), defaultGraphs));
        switch (query.Form)
        {
            case QueryForm.Ask:
                return QueryResult.ForAsk(guard.Run(() => rows.Any()));
            case QueryForm.Construct:
                return QueryResult.ForGraph(QueryForm.Construct, guard.Wrap(GraphBuilder.Construct(query.Template, rows, evaluator)));
            case QueryForm.Describe:
                var resources = DescribedResources(query, rows, evaluator);
                return QueryResult.ForGraph(QueryForm.Describe, guard.Wrap(GraphBuilder.Describe(resources, evaluator)));
            default:
                var names = ProjectionOf(algebra);
                var slots = names.Select(n => variables[n]).ToArray();
                var solutions = rows.Select(row =>
                {
                    var values = new Term?[slots.Length];
                    for (var i = 0; i < slots.Length; i++)
                    {
                        values[i] = evaluator.Terms.Get(row[slots[i]]);
                    }

                    return new SparqlSolution(names, values);
                });
                return QueryResult.ForSelect(new SparqlResultSet(names, solutions));
        }
    }

    private static IEnumerable<int> DescribedResources(SparqlQuery query, IEnumerable<int[]> rows, Evaluator evaluator)
    {
        foreach (var target in query.DescribeTargets.Where(t => !t.IsVariable))
        {
            yield return evaluator.Terms.Intern(target.Term!);
        }

        var slots = query.SelectAll
            ? Enumerable.Range(0, evaluator.Width).Where(s => !PatternNode.IsHiddenVariable(evaluator.Variables.NameOf(s))).ToArray()
            : query.DescribeTargets.Where(t => t.IsVariable).Select(t => evaluator.Variables[t.Variable!]).ToArray();
        if (slots.Length == 0)
        {
            yield break;
        }

        foreach (var row in rows)
        {
            foreach (var slot in slots)
            {
                if (row[slot] != 0)
                {
                    yield return row[slot];
                }
            }
        }
    }

    private static List<string> ProjectionOf(AlgebraOperator op) => op switch
    {
        Project p => [.. p.Variables],
        Distinct d => ProjectionOf(d.Inner),
        Reduced r => ProjectionOf(r.Inner),
        Slice s => ProjectionOf(s.Inner),
        _ => [],
    };

    private static (int[] Default, int[] Named) GraphsOf(SparqlQuery query, Dataset dataset)
    {
        if (query.From.Count == 0 && query.FromNamed.Count == 0)
        {
            var named = new List<int>();
            foreach (var name in dataset.GraphNames)
            {
                if (dataset.Terms.TryGetId(name, out var id))
                {
                    named.Add(id);
                }
            }

            return ([Dataset.DefaultGraphId], [.. named]);
        }

        int[] IdsOf(IEnumerable<Iri> iris) =>
            [.. iris.Select(i => dataset.Terms.TryGetId(i, out var id) ? id : -1).Where(id => id > 0).Distinct()];
        return (IdsOf(query.From), IdsOf(query.FromNamed));
    }

    /// <summary>Turns the cancellation of the time limit into <see cref="QueryTimeoutException"/>, during enumeration too.</summary>
    private sealed class TimeoutGuard(CancellationTokenSource source, QueryOptions options)
    {
        public T Run<T>(Func<T> action)
        {
            try
            {
                return action();
            }
            catch (OperationCanceledException) when (IsTimeout)
            {
                throw new QueryTimeoutException(options.Timeout!.Value);
            }
        }

        public IEnumerable<T> Wrap<T>(IEnumerable<T> items) => new GuardedEnumerable<T>(items, this);

        private bool IsTimeout => source.IsCancellationRequested && options.Timeout is not null && !options.CancellationToken.IsCancellationRequested;

        private sealed class GuardedEnumerable<T>(IEnumerable<T> items, TimeoutGuard guard) : IEnumerable<T>
        {
            public IEnumerator<T> GetEnumerator() => new GuardedEnumerator(guard.Run(items.GetEnumerator), guard);

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            private sealed class GuardedEnumerator(IEnumerator<T> inner, TimeoutGuard guard) : IEnumerator<T>
            {
                public T Current => inner.Current;

                object? IEnumerator.Current => Current;

                public bool MoveNext() => guard.Run(inner.MoveNext);

                public void Reset() => inner.Reset();

                public void Dispose() => inner.Dispose();
            }
        }
    }
}
