using Graph.Rdf.Datasets;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// Matches a basic graph pattern by index nested loops over the dataset's id indexes, in the order
/// <see cref="JoinOrderPlanner"/> chooses, testing each filter as soon as its variables are bound.
/// </summary>
internal sealed class BgpMatcher
{
    private readonly Evaluator _evaluator;
    private readonly Dictionary<(Bgp, ulong, int[]), Plan?> _plans = new(new PlanKeyComparer());

    public BgpMatcher(Evaluator evaluator) => _evaluator = evaluator;

    public IEnumerable<int[]> Match(Bgp bgp, IReadOnlyList<Expression> filters, int[] seed, int[] graphs)
    {
        var plan = PlanFor(bgp, filters, seed, graphs);
        if (plan is null)
        {
            return [];
        }

        var row = (int[])seed.Clone();
        foreach (var filter in plan.FiltersAt[0])
        {
            if (_evaluator.EffectiveBoolean(filter, row, graphs) != true)
            {
                return [];
            }
        }

        return Step(plan, 0, row, graphs);
    }

    private Plan? PlanFor(Bgp bgp, IReadOnlyList<Expression> filters, int[] seed, int[] graphs)
    {
        ulong mask = 0;
        for (var i = 0; i < seed.Length && i < 64; i++)
        {
            if (seed[i] != 0)
            {
                mask |= 1UL << i;
            }
        }

        var key = (bgp, mask, graphs);
        if (_plans.TryGetValue(key, out var plan) && (plan is null || ReferenceEquals(plan.Filters, filters)))
        {
            return plan;
        }

        plan = BuildPlan(bgp, filters, seed, graphs);
        _plans[key] = plan;
        return plan;
    }

    private Plan? BuildPlan(Bgp bgp, IReadOnlyList<Expression> filters, int[] seed, int[] graphs)
    {
        var variables = _evaluator.Variables;
        var terms = _evaluator.Dataset.Terms;
        var compiled = new List<CompiledPattern>(bgp.Patterns.Count);
        foreach (var pattern in bgp.Patterns)
        {
            if (!TryCompile(pattern.Subject, out var s) || !TryCompile(pattern.Predicate, out var p) || !TryCompile(pattern.Object, out var o))
            {
                return null;
            }

            compiled.Add(new CompiledPattern(s, p, o));
        }

        var bound = new HashSet<int>();
        for (var i = 0; i < seed.Length; i++)
        {
            if (seed[i] != 0)
            {
                bound.Add(i);
            }
        }

        var ordered = JoinOrderPlanner.Order(compiled, bound, _evaluator.Dataset, graphs.Length > 0 ? graphs[0] : Dataset.DefaultGraphId);

        // Attach each filter to the first step after which all its variables are bound.
        var filtersAt = new List<Expression>[ordered.Count + 1];
        for (var i = 0; i < filtersAt.Length; i++)
        {
            filtersAt[i] = [];
        }

        var boundAfter = new List<HashSet<int>> { new(bound) };
        foreach (var step in ordered)
        {
            var next = new HashSet<int>(boundAfter[^1]);
            foreach (var slot in step.Slots)
            {
                next.Add(slot);
            }

            boundAfter.Add(next);
        }

        foreach (var filter in filters.SelectMany(Conjuncts))
        {
            var slots = filter.Variables().Select(v => variables[v]).ToList();
            var level = ordered.Count;
            if (!filter.Any(e => e is ExistsExpression))
            {
                for (var i = 0; i <= ordered.Count; i++)
                {
                    if (slots.TrueForAll(boundAfter[i].Contains))
                    {
                        level = i;
                        break;
                    }
                }
            }

            filtersAt[level].Add(filter);
        }

        var steps = ordered.Select(step => new StepState(step)).ToArray();
        return new Plan(ordered, filtersAt, filters, steps);

        bool TryCompile(PatternNode node, out Position position)
        {
            if (node.IsVariable)
            {
                position = new Position(variables[node.Variable!], 0);
                return true;
            }

            var found = TryGetStoredId(terms, node.Term!, out var id);
            position = new Position(-1, id);
            return found;
        }
    }

    /// <summary>
    /// The id of a constant in the data. Language tags compare case-insensitively (RDF 1.1), so a
    /// tagged literal is also looked up with its tag in the usual spellings.
    /// </summary>
    internal static bool TryGetStoredId(TermDictionary terms, Rdf.Term term, out int id)
    {
        if (terms.TryGetId(term, out id))
        {
            return true;
        }

        if (term is Rdf.Literal { Language: { } language } literal)
        {
            var parts = language.Split('-');
            var usual = string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : p.Length == 2 ? p.ToUpperInvariant() : p.ToLowerInvariant()));
            foreach (var variant in new[] { language.ToLowerInvariant(), usual, language.ToUpperInvariant() })
            {
                if (variant != language && terms.TryGetId(Rdf.Literal.LangString(literal.LexicalForm, variant, literal.Direction), out id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A && B holds exactly when both hold, so each conjunct can be tested as early as its own variables allow.
    private static IEnumerable<Expression> Conjuncts(Expression expression) =>
        expression is BinaryExpression { Operator: BinaryOperator.And } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [expression];

    private IEnumerable<int[]> Step(Plan plan, int level, int[] row, int[] graphs)
    {
        if (level == plan.Patterns.Count)
        {
            yield return (int[])row.Clone();
            yield break;
        }

        var pattern = plan.Patterns[level];
        var s = pattern.Subject.Value(row);
        var p = pattern.Predicate.Value(row);
        var o = pattern.Object.Value(row);
        if (s < 0 || p < 0 || o < 0)
        {
            // A value made by the query (not in the data) cannot match.
            yield break;
        }

        var filters = plan.FiltersAt[level + 1];
        foreach (var quad in Candidates(plan.Steps[level], s, p, o, graphs))
        {
            {
                _evaluator.Tick();
                // Bind the unbound positions; a variable repeated in the pattern must take one value.
                var setS = Bind(row, pattern.Subject.Slot, quad.Subject, s);
                var setP = setS != Binding.Conflict ? Bind(row, pattern.Predicate.Slot, quad.Predicate, p) : Binding.Conflict;
                var setO = setP != Binding.Conflict ? Bind(row, pattern.Object.Slot, quad.Object, o) : Binding.Conflict;
                if (setS != Binding.Conflict && setP != Binding.Conflict && setO != Binding.Conflict && FiltersHold(filters, row, graphs))
                {
                    foreach (var result in Step(plan, level + 1, row, graphs))
                    {
                        yield return result;
                    }
                }

                if (setO == Binding.Set)
                {
                    row[pattern.Object.Slot] = 0;
                }

                if (setP == Binding.Set)
                {
                    row[pattern.Predicate.Slot] = 0;
                }

                if (setS == Binding.Set)
                {
                    row[pattern.Subject.Slot] = 0;
                }
            }
        }
    }

    private bool FiltersHold(List<Expression> filters, int[] row, int[] graphs)
    {
        foreach (var filter in filters)
        {
            if (_evaluator.EffectiveBoolean(filter, row, graphs) != true)
            {
                return false;
            }
        }

        return true;
    }

    private static Binding Bind(int[] row, int slot, int value, int lookedUp)
    {
        if (slot < 0 || lookedUp != 0)
        {
            return Binding.AlreadyBound;
        }

        if (row[slot] == 0)
        {
            row[slot] = value;
            return Binding.Set;
        }

        return row[slot] == value ? Binding.AlreadyBound : Binding.Conflict;
    }

    private enum Binding
    {
        AlreadyBound,
        Set,
        Conflict,
    }

    private sealed record Plan(IReadOnlyList<CompiledPattern> Patterns, List<Expression>[] FiltersAt, IReadOnlyList<Expression> Filters, StepState[] Steps);

    /// <summary>
    /// The matches of one step for the values bound so far. Each lookup is a binary search of an
    /// index; when a step has been probed more often than a scan of all its candidate triples would
    /// cost, those triples are read once into a hash table keyed by the bound positions, and later
    /// probes use it (an adaptive switch from index nested loops to a hash join).
    /// </summary>
    private IEnumerable<IdQuad> Candidates(StepState step, int s, int p, int o, int[] graphs)
    {
        var key = (s, p, o);
        if (step.Table is null && graphs.Length == 1 && ++step.Probes > HashJoinMinimumProbes)
        {
            var pattern = step.Pattern;
            step.ScanSize ??= _evaluator.Dataset.CountIds(
                pattern.Subject.Slot < 0 ? pattern.Subject.Constant : Dataset.Any,
                pattern.Predicate.Slot < 0 ? pattern.Predicate.Constant : Dataset.Any,
                pattern.Object.Slot < 0 ? pattern.Object.Constant : Dataset.Any,
                graphs[0]);
            if (step.Probes * ProbeToScanCostRatio > step.ScanSize)
            {
                step.Table = BuildTable(step, (s, p, o), graphs[0]);
            }
        }

        if (step.Table is not null)
        {
            return step.Table.TryGetValue(key, out var list) ? list : [];
        }

        return Lookup(s, p, o, graphs);
    }

    private const int HashJoinMinimumProbes = 64;
    private const int ProbeToScanCostRatio = 50;

    private Dictionary<(int, int, int), List<IdQuad>> BuildTable(StepState step, (int S, int P, int O) probe, int graph)
    {
        var pattern = step.Pattern;
        var keyS = probe.S != 0 && pattern.Subject.Slot >= 0;
        var keyP = probe.P != 0 && pattern.Predicate.Slot >= 0;
        var keyO = probe.O != 0 && pattern.Object.Slot >= 0;
        var table = new Dictionary<(int, int, int), List<IdQuad>>();
        var constantS = pattern.Subject.Slot < 0 ? pattern.Subject.Constant : Dataset.Any;
        var constantP = pattern.Predicate.Slot < 0 ? pattern.Predicate.Constant : Dataset.Any;
        var constantO = pattern.Object.Slot < 0 ? pattern.Object.Constant : Dataset.Any;
        foreach (var quad in _evaluator.Dataset.MatchIds(constantS, constantP, constantO, graph))
        {
            _evaluator.Tick();
            var key = (
                keyS ? quad.Subject : constantS == Dataset.Any ? 0 : constantS,
                keyP ? quad.Predicate : constantP == Dataset.Any ? 0 : constantP,
                keyO ? quad.Object : constantO == Dataset.Any ? 0 : constantO);
            if (!table.TryGetValue(key, out var list))
            {
                table.Add(key, list = []);
            }

            list.Add(quad);
        }

        return table;
    }

    private IEnumerable<IdQuad> Lookup(int s, int p, int o, int[] graphs)
    {
        if (graphs.Length == 1)
        {
            return _evaluator.Dataset.MatchIds(s == 0 ? Dataset.Any : s, p == 0 ? Dataset.Any : p, o == 0 ? Dataset.Any : o, graphs[0]);
        }

        return LookupInMerge(s, p, o, graphs);
    }

    // The default graph as the merge of several graphs: a triple in two of them matches once.
    private IEnumerable<IdQuad> LookupInMerge(int s, int p, int o, int[] graphs)
    {
        var seen = new HashSet<(int, int, int)>();
        foreach (var graph in graphs)
        {
            foreach (var quad in _evaluator.Dataset.MatchIds(s == 0 ? Dataset.Any : s, p == 0 ? Dataset.Any : p, o == 0 ? Dataset.Any : o, graph))
            {
                if (seen.Add((quad.Subject, quad.Predicate, quad.Object)))
                {
                    yield return quad;
                }
            }
        }
    }

    /// <summary>The adaptive state of one step of a plan: probes so far and, once built, its hash table.</summary>
    private sealed class StepState(CompiledPattern pattern)
    {
        public CompiledPattern Pattern { get; } = pattern;

        public long Probes { get; set; }

        public long? ScanSize { get; set; }

        public Dictionary<(int, int, int), List<IdQuad>>? Table { get; set; }
    }

    private sealed class PlanKeyComparer : IEqualityComparer<(Bgp, ulong, int[])>
    {
        public bool Equals((Bgp, ulong, int[]) x, (Bgp, ulong, int[]) y) =>
            ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2 && ReferenceEquals(x.Item3, y.Item3);

        public int GetHashCode((Bgp, ulong, int[]) obj) => HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), obj.Item2, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item3));
    }
}

/// <summary>A position of a compiled triple pattern: a variable slot, or a constant id.</summary>
/// <param name="Slot">The variable slot, or -1 for a constant.</param>
/// <param name="Constant">The constant's id, when <paramref name="Slot"/> is -1.</param>
internal readonly record struct Position(int Slot, int Constant)
{
    /// <summary>The id at this position for a row (0 when an unbound variable).</summary>
    public int Value(int[] row) => Slot >= 0 ? row[Slot] : Constant;
}

/// <summary>A triple pattern with variables as slots and constants as ids.</summary>
internal sealed record CompiledPattern(Position Subject, Position Predicate, Position Object)
{
    /// <summary>The slots of the pattern's variables.</summary>
    public IEnumerable<int> Slots => new[] { Subject.Slot, Predicate.Slot, Object.Slot }.Where(s => s >= 0);
}
