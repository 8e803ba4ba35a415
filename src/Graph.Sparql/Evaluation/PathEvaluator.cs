using Graph.Rdf.Datasets;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// Evaluates property paths (section 18.4 / 9.3) as pairs of node ids. Sequences, alternatives,
/// inverses and negated sets keep duplicates; <c>*</c>, <c>+</c> and <c>?</c> give each reachable
/// node once per start node, by breadth-first search with a visited set (so cycles end).
/// </summary>
internal sealed class PathEvaluator
{
    private readonly Evaluator _evaluator;
    private readonly HashSet<int> _constants = [];
    private readonly Dictionary<int[], HashSet<int>> _nodesOfGraphs = new(ReferenceEqualityComparer.Instance);

    public PathEvaluator(Evaluator evaluator) => _evaluator = evaluator;

    private Dataset Dataset => _evaluator.Dataset;

    public IEnumerable<int[]> Evaluate(PathPattern pattern, int[] seed, int[] graphs)
    {
        var s = ValueOf(pattern.Subject, seed);
        var o = ValueOf(pattern.Object, seed);
        _constants.Clear();
        if (!pattern.Subject.IsVariable)
        {
            _constants.Add(s);
        }

        if (!pattern.Object.IsVariable)
        {
            _constants.Add(o);
        }
        var sSlot = pattern.Subject.IsVariable ? _evaluator.Variables[pattern.Subject.Variable!] : -1;
        var oSlot = pattern.Object.IsVariable ? _evaluator.Variables[pattern.Object.Variable!] : -1;
        foreach (var (x, y) in Pairs(pattern.Path, s, o, graphs))
        {
            _evaluator.Tick();
            var row = (int[])seed.Clone();
            if (sSlot >= 0)
            {
                row[sSlot] = x;
            }

            if (oSlot >= 0)
            {
                if (row[oSlot] != 0 && row[oSlot] != y)
                {
                    continue;
                }

                row[oSlot] = y;
            }

            yield return row;
        }
    }

    private int ValueOf(PatternNode node, int[] seed) =>
        node.IsVariable ? seed[_evaluator.Variables[node.Variable!]] : _evaluator.Terms.Intern(node.Term!);

    /// <summary>The (start, end) pairs of a path; 0 for an unbound end.</summary>
    private IEnumerable<(int, int)> Pairs(PropertyPath path, int s, int o, int[] graphs) => path switch
    {
        LinkPath link => Link(link, s, o, graphs),
        InversePath inverse => Pairs(inverse.Inner, o, s, graphs).Select(p => (p.Item2, p.Item1)),
        SequencePath sequence => Sequence(sequence, s, o, graphs),
        AlternativePath alternative => Pairs(alternative.Left, s, o, graphs).Concat(Pairs(alternative.Right, s, o, graphs)),
        NegatedPropertySet negated => Negated(negated, s, o, graphs),
        ZeroOrOnePath zeroOrOne => Closure(zeroOrOne.Inner, s, o, graphs, includeZero: true, maxSteps: 1),
        ZeroOrMorePath zeroOrMore => Closure(zeroOrMore.Inner, s, o, graphs, includeZero: true, maxSteps: int.MaxValue),
        OneOrMorePath oneOrMore => Closure(oneOrMore.Inner, s, o, graphs, includeZero: false, maxSteps: int.MaxValue),
        _ => throw new QueryEvaluationException($"unknown path {path.GetType().Name}"),
    };

    private IEnumerable<(int, int)> Link(LinkPath link, int s, int o, int[] graphs)
    {
        if (s < 0 || o < 0 || !Dataset.Terms.TryGetId(link.Predicate, out var p))
        {
            yield break;
        }

        HashSet<(int, int)>? seen = graphs.Length > 1 ? [] : null;
        foreach (var graph in graphs)
        {
            foreach (var q in Dataset.MatchIds(s == 0 ? Dataset.Any : s, p, o == 0 ? Dataset.Any : o, graph))
            {
                if (seen is null || seen.Add((q.Subject, q.Object)))
                {
                    yield return (q.Subject, q.Object);
                }
            }
        }
    }

    private IEnumerable<(int, int)> Sequence(SequencePath sequence, int s, int o, int[] graphs)
    {
        if (s == 0 && o != 0)
        {
            foreach (var (middle, end) in Pairs(sequence.Second, 0, o, graphs))
            {
                foreach (var (start, _) in Pairs(sequence.First, 0, middle, graphs))
                {
                    yield return (start, end);
                }
            }

            yield break;
        }

        foreach (var (start, middle) in Pairs(sequence.First, s, 0, graphs))
        {
            foreach (var (_, end) in Pairs(sequence.Second, middle, o, graphs))
            {
                yield return (start, end);
            }
        }
    }

    private IEnumerable<(int, int)> Negated(NegatedPropertySet negated, int s, int o, int[] graphs)
    {
        if (s < 0 || o < 0)
        {
            yield break;
        }

        var forward = IdsOf(negated.Forward);
        var inverse = IdsOf(negated.Inverse);
        var any = Dataset.Any;
        foreach (var graph in graphs)
        {
            if (negated.Forward.Count > 0 || negated.Inverse.Count == 0)
            {
                foreach (var q in Dataset.MatchIds(s == 0 ? any : s, any, o == 0 ? any : o, graph))
                {
                    if (!forward.Contains(q.Predicate))
                    {
                        yield return (q.Subject, q.Object);
                    }
                }
            }

            if (negated.Inverse.Count > 0)
            {
                foreach (var q in Dataset.MatchIds(o == 0 ? any : o, any, s == 0 ? any : s, graph))
                {
                    if (!inverse.Contains(q.Predicate))
                    {
                        yield return (q.Object, q.Subject);
                    }
                }
            }
        }
    }

    private HashSet<int> IdsOf(IReadOnlyList<Rdf.Iri> iris)
    {
        var ids = new HashSet<int>();
        foreach (var iri in iris)
        {
            if (Dataset.Terms.TryGetId(iri, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private IEnumerable<(int, int)> Closure(PropertyPath inner, int s, int o, int[] graphs, bool includeZero, int maxSteps)
    {
        if (s != 0)
        {
            foreach (var end in Reach(inner, s, graphs, includeZero, maxSteps, forward: true))
            {
                if (o == 0 || o == end)
                {
                    yield return (s, end);
                }
            }

            yield break;
        }

        if (o != 0)
        {
            foreach (var start in Reach(inner, o, graphs, includeZero, maxSteps, forward: false))
            {
                yield return (start, o);
            }

            yield break;
        }

        foreach (var node in NodesOf(graphs))
        {
            foreach (var end in Reach(inner, node, graphs, includeZero, maxSteps, forward: true))
            {
                yield return (node, end);
            }
        }
    }

    private IEnumerable<int> Reach(PropertyPath inner, int start, int[] graphs, bool includeZero, int maxSteps, bool forward)
    {
        var visited = new HashSet<int>();
        if (includeZero && (_constants.Contains(start) || IsNodeOf(start, graphs)))
        {
            visited.Add(start);
            yield return start;
        }

        var frontier = new List<int> { start };
        var emitted = new HashSet<int>();
        for (var step = 0; step < maxSteps && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var pairs = forward ? Pairs(inner, node, 0, graphs).Select(p => p.Item2) : Pairs(inner, 0, node, graphs).Select(p => p.Item1);
                foreach (var reached in pairs)
                {
                    _evaluator.Tick();
                    if (!includeZero && emitted.Add(reached))
                    {
                        yield return reached;
                    }

                    if (visited.Add(reached))
                    {
                        if (includeZero)
                        {
                            yield return reached;
                        }

                        next.Add(reached);
                    }
                }
            }

            frontier = next;
        }
    }

    // A zero-length path from a term written in the pattern always matches it; from a variable's
    // value (VALUES, an earlier pattern) only when the value is a term of the graph.
    private bool IsNodeOf(int id, int[] graphs)
    {
        if (id <= 0)
        {
            return false;
        }

        foreach (var graph in graphs)
        {
            if (Dataset.MatchIds(id, Dataset.Any, Dataset.Any, graph).Any() || Dataset.MatchIds(Dataset.Any, Dataset.Any, id, graph).Any())
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<int> NodesOf(int[] graphs)
    {
        if (!_nodesOfGraphs.TryGetValue(graphs, out var nodes))
        {
            nodes = [];
            foreach (var graph in graphs)
            {
                foreach (var q in Dataset.MatchIds(Dataset.Any, Dataset.Any, Dataset.Any, graph))
                {
                    nodes.Add(q.Subject);
                    nodes.Add(q.Object);
                }
            }

            _nodesOfGraphs.Add(graphs, nodes);
        }

        return nodes;
    }
}
