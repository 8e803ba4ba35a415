using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Sparql.Algebra;
using Graph.Sparql.Functions;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// Evaluates algebra over a dataset, streaming rows of term ids (decoded only for expressions and
/// output). An operator is evaluated with a seed row: operators whose result does not depend on
/// outside bindings other than through joins ("seed-safe": BGPs, paths, unions and joins of them)
/// use the seed to narrow index lookups (an index nested-loop join); the others are evaluated on their
/// own, materialised once, and hash-joined.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly Dictionary<(AlgebraOperator, int[]), JoinTable> _materialized = new(new OperatorGraphComparer());
    private readonly Dictionary<int, int[]> _singleGraphs = [];
    private readonly BgpMatcher _bgp;
    private readonly PathEvaluator _paths;
    private static readonly Expression[] NoFilters = [];
    private int _existsDepth;
    private int _ticks;

    public Evaluator(Dataset dataset, VariableTable variables, FunctionContext functions, CancellationToken token, int[] defaultGraphs, int[] namedGraphs)
    {
        Dataset = dataset;
        Variables = variables;
        Functions = functions;
        Token = token;
        DefaultGraphs = defaultGraphs;
        NamedGraphs = namedGraphs;
        Terms = new TermTable(dataset);
        _bgp = new BgpMatcher(this);
        _paths = new PathEvaluator(this);
    }

    public Dataset Dataset { get; }

    public TermTable Terms { get; }

    public VariableTable Variables { get; }

    public FunctionContext Functions { get; }

    public CancellationToken Token { get; }

    public int[] DefaultGraphs { get; }

    public int[] NamedGraphs { get; }

    public int Width => Variables.Count;

    public int[] NewRow() => new int[Width];

    /// <summary>Checks for cancellation every few thousand steps.</summary>
    public void Tick()
    {
        if ((++_ticks & 0xFFF) == 0)
        {
            Token.ThrowIfCancellationRequested();
        }
    }

    public int[] SingleGraph(int id)
    {
        if (!_singleGraphs.TryGetValue(id, out var graphs))
        {
            _singleGraphs.Add(id, graphs = [id]);
        }

        return graphs;
    }

    /// <summary>The rows of <paramref name="op"/> compatible with and extending <paramref name="seed"/>.</summary>
    public IEnumerable<int[]> Evaluate(AlgebraOperator op, int[] seed, int[] graphs)
    {
        if (!Rows.IsEmpty(seed) && !IsSeedSafe(op, seed))
        {
            return Materialize(op, graphs).Partners(seed).Select(r => Rows.Merge(seed, r));
        }

        return EvaluateCore(op, seed, graphs);
    }

    private IEnumerable<int[]> EvaluateCore(AlgebraOperator op, int[] seed, int[] graphs) => op switch
    {
        Bgp bgp => _bgp.Match(bgp, NoFilters, seed, graphs),
        Filter { Inner: Bgp bgp } filter => _bgp.Match(bgp, filter.Conditions, seed, graphs),
        Filter filter => EvaluateFilter(filter, seed, graphs),
        PathMatch path => _paths.Evaluate(path.Pattern, seed, graphs),
        Join join => EvaluateJoin(join, seed, graphs),
        LeftJoin leftJoin => EvaluateLeftJoin(leftJoin, seed, graphs),
        Union union => Evaluate(union.Left, seed, graphs).Concat(Evaluate(union.Right, seed, graphs)),
        NamedGraph graph => EvaluateGraph(graph, seed),
        Extend extend => EvaluateExtend(extend, seed, graphs),
        Minus minus => EvaluateMinus(minus, seed, graphs),
        AggregateJoin aggregate => EvaluateAggregate(aggregate, graphs),
        OrderBy orderBy => EvaluateOrderBy(orderBy, seed, graphs, null),
        Project project => EvaluateProject(project, seed, graphs),
        Distinct distinct => EvaluateDistinct(Evaluate(distinct.Inner, seed, graphs)),
        Reduced reduced => Evaluate(reduced.Inner, seed, graphs),
        Slice slice => EvaluateSlice(slice, seed, graphs),
        ToMultiSet multiSet => Evaluate(multiSet.Inner, seed, graphs),
        Table table => EvaluateTable(table, seed),
        Service service => EvaluateService(service, seed),
        _ => throw new QueryEvaluationException($"the operator {op.GetType().Name} cannot be evaluated"),
    };

    /// <summary>
    /// True when evaluating with a seed gives exactly the rows of the operator joined with the seed.
    /// Inside EXISTS, filters and optional parts are also seeded: that is the substitution of section 18.6.
    /// </summary>
    private bool IsSeedSafe(AlgebraOperator op, int[]? seed) => op switch
    {
        Bgp or PathMatch or Table => true,
        Join j => IsSeedSafe(j.Left, seed) && IsSeedSafe(j.Right, seed),
        Union u => IsSeedSafe(u.Left, seed) && IsSeedSafe(u.Right, seed),
        NamedGraph g => IsSeedSafe(g.Inner, seed),
        LeftJoin l => _existsDepth > 0
            || (l.Condition is null && IsSeedSafe(l.Left, seed) && IsSeedSafe(l.Right, seed) && OptionalPartIgnoresSeed(l, seed)),
        Filter f => IsSeedSafe(f.Inner, seed) && (_existsDepth > 0 || FilterOnlyUsesBoundVariables(f)),
        _ => false,
    };

    // A seed that binds a variable of the optional part that the required part may leave unbound
    // would make the optional part fail where, evaluated alone, it succeeds with another value.
    private bool OptionalPartIgnoresSeed(LeftJoin leftJoin, int[]? seed)
    {
        if (seed is null)
        {
            return false;
        }

        var required = Optimizer.CertainlyBound(leftJoin.Left);
        foreach (var name in VariablesOf(leftJoin.Right))
        {
            if (seed[Variables[name]] != 0 && !required.Contains(name))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> VariablesOf(AlgebraOperator op)
    {
        var table = new VariableTable();
        table.Collect(op);
        return Enumerable.Range(0, table.Count).Select(table.NameOf);
    }

    private static bool FilterOnlyUsesBoundVariables(Filter filter)
    {
        if (filter.Inner is not Bgp bgp)
        {
            return false;
        }

        var bound = bgp.Patterns.SelectMany(p => p.Variables).ToHashSet(StringComparer.Ordinal);
        return filter.Conditions.All(c => !c.Any(e => e is ExistsExpression) && c.Variables().All(bound.Contains));
    }

    /// <summary>The rows of an operator evaluated on its own, computed once per graph and indexed for joins.</summary>
    private JoinTable Materialize(AlgebraOperator op, int[] graphs)
    {
        if (!_materialized.TryGetValue((op, graphs), out var table))
        {
            table = new JoinTable(EvaluateCore(op, NewRow(), graphs).ToList(), Width);
            _materialized.Add((op, graphs), table);
        }

        return table;
    }

    private IEnumerable<int[]> EvaluateFilter(Filter filter, int[] seed, int[] graphs)
    {
        foreach (var row in Evaluate(filter.Inner, seed, graphs))
        {
            if (ConditionsHold(filter.Conditions, row, graphs))
            {
                yield return row;
            }
        }
    }

    public bool ConditionsHold(IReadOnlyList<Expression> conditions, int[] row, int[] graphs)
    {
        foreach (var condition in conditions)
        {
            if (EffectiveBoolean(condition, row, graphs) != true)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<int[]> EvaluateJoin(Join join, int[] seed, int[] graphs)
    {
        if (IsSeedSafe(join.Right, null))
        {
            foreach (var left in Evaluate(join.Left, seed, graphs))
            {
                foreach (var row in Evaluate(join.Right, left, graphs))
                {
                    yield return row;
                }
            }

            yield break;
        }

        if (IsSeedSafe(join.Left, null))
        {
            // Drive the index lookups of the left side from the (independent) right side's rows.
            foreach (var right in Materialize(join.Right, graphs).Partners(seed))
            {
                foreach (var row in Evaluate(join.Left, Rows.Merge(seed, right), graphs))
                {
                    yield return row;
                }
            }

            yield break;
        }

        var table = Materialize(join.Right, graphs);
        foreach (var left in Evaluate(join.Left, seed, graphs))
        {
            foreach (var right in table.Partners(left))
            {
                yield return Rows.Merge(left, right);
            }
        }
    }

    private IEnumerable<int[]> EvaluateLeftJoin(LeftJoin leftJoin, int[] seed, int[] graphs)
    {
        var seeded = _existsDepth > 0 || IsSeedSafe(leftJoin.Right, null);
        var table = seeded ? null : Materialize(leftJoin.Right, graphs);
        foreach (var left in Evaluate(leftJoin.Left, seed, graphs))
        {
            var matched = false;
            var candidates = seeded ? Evaluate(leftJoin.Right, left, graphs) : table!.Partners(left).Select(r => Rows.Merge(left, r));
            foreach (var row in candidates)
            {
                if (leftJoin.Condition is null || EffectiveBoolean(leftJoin.Condition, row, graphs) == true)
                {
                    matched = true;
                    yield return row;
                }
            }

            if (!matched)
            {
                yield return left;
            }
        }
    }

    private IEnumerable<int[]> EvaluateMinus(Minus minus, int[] seed, int[] graphs)
    {
        var right = Materialize(minus.Right, graphs).Rows;
        foreach (var left in Evaluate(minus.Left, seed, graphs))
        {
            var removed = false;
            foreach (var r in right)
            {
                if (Rows.ShareBinding(left, r) && Rows.Compatible(left, r))
                {
                    removed = true;
                    break;
                }
            }

            if (!removed)
            {
                yield return left;
            }
        }
    }

    private IEnumerable<int[]> EvaluateGraph(NamedGraph graph, int[] seed)
    {
        if (!graph.Graph.IsVariable)
        {
            if (Dataset.Terms.TryGetId(graph.Graph.Term!, out var id) && Array.IndexOf(NamedGraphs, id) >= 0)
            {
                return Evaluate(graph.Inner, seed, SingleGraph(id));
            }

            return [];
        }

        var slot = Variables[graph.Graph.Variable!];
        if (seed[slot] != 0)
        {
            return Array.IndexOf(NamedGraphs, seed[slot]) >= 0 ? Evaluate(graph.Inner, seed, SingleGraph(seed[slot])) : [];
        }

        return NamedGraphs.SelectMany(id =>
        {
            var bound = (int[])seed.Clone();
            bound[slot] = id;
            return Evaluate(graph.Inner, bound, SingleGraph(id));
        });
    }

    private IEnumerable<int[]> EvaluateExtend(Extend extend, int[] seed, int[] graphs)
    {
        var slot = Variables[extend.Variable];
        foreach (var row in Evaluate(extend.Inner, seed, graphs))
        {
            // BNODE(str) gives one blank node per string and solution: a chain of Extends (one
            // solution's SELECT expressions) shares the labels, so only the innermost clears them.
            if (extend.Inner is not Extend)
            {
                Functions.BlankNodesOfSolution.Clear();
            }

            var value = EvaluateExpression(extend.Value, row, graphs);
            if (value is null || row[slot] != 0)
            {
                yield return row;
                continue;
            }

            var extended = (int[])row.Clone();
            extended[slot] = Terms.Intern(value);
            yield return extended;
        }
    }

    private IEnumerable<int[]> EvaluateTable(Table table, int[] seed)
    {
        var slots = table.Variables.Select(v => Variables[v]).ToArray();
        foreach (var values in table.Rows)
        {
            var row = (int[])seed.Clone();
            var compatible = true;
            for (var i = 0; i < slots.Length && compatible; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                var id = Terms.Intern(values[i]!);
                if (row[slots[i]] == 0)
                {
                    row[slots[i]] = id;
                }
                else
                {
                    compatible = row[slots[i]] == id;
                }
            }

            if (compatible)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<int[]> EvaluateService(Service service, int[] seed)
    {
        if (service.Silent)
        {
            // SERVICE SILENT: a failing service gives the solution that binds nothing.
            return [(int[])seed.Clone()];
        }

        throw new QueryEvaluationException($"SERVICE {service.Endpoint} is not supported: this engine does not query remote endpoints");
    }

    /// <summary>Compares operators by reference and graph sets by reference, for the materialisation cache.</summary>
    private sealed class OperatorGraphComparer : IEqualityComparer<(AlgebraOperator, int[])>
    {
        public bool Equals((AlgebraOperator, int[]) x, (AlgebraOperator, int[]) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((AlgebraOperator, int[]) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
