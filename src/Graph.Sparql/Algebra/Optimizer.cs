namespace Graph.Sparql.Algebra;

/// <summary>
/// Rewrites algebra into an equivalent that evaluates faster: filters are pushed down into the side
/// of a join that binds all their variables (so they run inside that side's index loops), and nested
/// filters are merged. Join order inside BGPs is chosen at evaluation time from index counts.
/// </summary>
public static class Optimizer
{
    /// <summary>Optimizes an algebra expression.</summary>
    public static AlgebraOperator Optimize(AlgebraOperator op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return op switch
        {
            Filter filter => PushDown(filter.Conditions, Optimize(filter.Inner)),
            Join j => new Join(Optimize(j.Left), Optimize(j.Right)),
            LeftJoin l => new LeftJoin(Optimize(l.Left), Optimize(l.Right), l.Condition),
            Union u => new Union(Optimize(u.Left), Optimize(u.Right)),
            NamedGraph g => g with { Inner = Optimize(g.Inner) },
            Extend e => e with { Inner = Optimize(e.Inner) },
            Minus m => new Minus(Optimize(m.Left), Optimize(m.Right)),
            AggregateJoin a => a with { Group = a.Group with { Inner = Optimize(a.Group.Inner) } },
            OrderBy o => o with { Inner = Optimize(o.Inner) },
            Project p => p with { Inner = Optimize(p.Inner) },
            Distinct d => new Distinct(Optimize(d.Inner)),
            Reduced r => new Reduced(Optimize(r.Inner)),
            Slice s => s with { Inner = Optimize(s.Inner) },
            ToMultiSet t => new ToMultiSet(Optimize(t.Inner)),
            _ => op,
        };
    }

    private static AlgebraOperator PushDown(IReadOnlyList<Expression> conditions, AlgebraOperator inner)
    {
        if (inner is Filter nested)
        {
            return PushDown([.. nested.Conditions, .. conditions], nested.Inner);
        }

        if (inner is Join join)
        {
            var left = new List<Expression>();
            var right = new List<Expression>();
            var kept = new List<Expression>();
            var leftVariables = CertainlyBound(join.Left);
            var rightVariables = CertainlyBound(join.Right);
            foreach (var condition in conditions)
            {
                if (condition.Any(e => e is ExistsExpression))
                {
                    kept.Add(condition);
                    continue;
                }

                var variables = condition.Variables().ToList();
                if (variables.All(leftVariables.Contains))
                {
                    left.Add(condition);
                }
                else if (variables.All(rightVariables.Contains))
                {
                    right.Add(condition);
                }
                else
                {
                    kept.Add(condition);
                }
            }

            AlgebraOperator result = new Join(
                left.Count > 0 ? PushDown(left, join.Left) : join.Left,
                right.Count > 0 ? PushDown(right, join.Right) : join.Right);
            return kept.Count > 0 ? new Filter(kept, result) : result;
        }

        return new Filter(conditions, inner);
    }

    /// <summary>The variables bound in every solution of an operator (a safe under-approximation).</summary>
    internal static HashSet<string> CertainlyBound(AlgebraOperator op)
    {
        switch (op)
        {
            case Bgp bgp:
                return bgp.Patterns.SelectMany(p => p.Variables).ToHashSet(StringComparer.Ordinal);
            case PathMatch path:
                var set = new HashSet<string>(StringComparer.Ordinal);
                if (path.Pattern.Subject.IsVariable)
                {
                    set.Add(path.Pattern.Subject.Variable!);
                }

                if (path.Pattern.Object.IsVariable)
                {
                    set.Add(path.Pattern.Object.Variable!);
                }

                return set;
            case Join j:
                var both = CertainlyBound(j.Left);
                both.UnionWith(CertainlyBound(j.Right));
                return both;
            case LeftJoin l:
                return CertainlyBound(l.Left);
            case Filter f:
                return CertainlyBound(f.Inner);
            case Minus m:
                return CertainlyBound(m.Left);
            case NamedGraph g:
                var inner = CertainlyBound(g.Inner);
                if (g.Graph.IsVariable)
                {
                    inner.Add(g.Graph.Variable!);
                }

                return inner;
            case Union u:
                var common = CertainlyBound(u.Left);
                common.IntersectWith(CertainlyBound(u.Right));
                return common;
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
