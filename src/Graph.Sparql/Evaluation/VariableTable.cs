using Graph.Sparql.Algebra;

namespace Graph.Sparql.Evaluation;

/// <summary>The slot of each variable of a query in a solution row.</summary>
internal sealed class VariableTable
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int this[string name]
    {
        get
        {
            if (!_slots.TryGetValue(name, out var slot))
            {
                slot = _names.Count;
                _names.Add(name);
                _slots.Add(name, slot);
            }

            return slot;
        }
    }

    public string NameOf(int slot) => _names[slot];

    public bool TryGetSlot(string name, out int slot) => _slots.TryGetValue(name, out slot);

    /// <summary>Gives a slot to every variable of an algebra expression.</summary>
    public void Collect(AlgebraOperator op)
    {
        switch (op)
        {
            case Bgp bgp:
                foreach (var p in bgp.Patterns)
                {
                    foreach (var v in p.Variables)
                    {
                        _ = this[v];
                    }
                }

                break;
            case PathMatch path:
                Add(path.Pattern.Subject);
                Add(path.Pattern.Object);
                break;
            case Join j:
                Collect(j.Left);
                Collect(j.Right);
                break;
            case LeftJoin l:
                Collect(l.Left);
                Collect(l.Right);
                if (l.Condition is not null)
                {
                    Collect(l.Condition);
                }

                break;
            case Filter f:
                Collect(f.Inner);
                foreach (var c in f.Conditions)
                {
                    Collect(c);
                }

                break;
            case Union u:
                Collect(u.Left);
                Collect(u.Right);
                break;
            case NamedGraph g:
                Add(g.Graph);
                Collect(g.Inner);
                break;
            case Extend e:
                Collect(e.Inner);
                _ = this[e.Variable];
                Collect(e.Value);
                break;
            case Minus m:
                Collect(m.Left);
                Collect(m.Right);
                break;
            case AggregateJoin a:
                Collect(a.Group.Inner);
                foreach (var k in a.Group.Keys)
                {
                    Collect(k);
                }

                foreach (var agg in a.Aggregations)
                {
                    _ = this[agg.Variable];
                    if (agg.Aggregate.Argument is not null)
                    {
                        Collect(agg.Aggregate.Argument);
                    }
                }

                break;
            case OrderBy o:
                Collect(o.Inner);
                foreach (var c in o.Conditions)
                {
                    Collect(c.Value);
                }

                break;
            case Project p:
                Collect(p.Inner);
                foreach (var v in p.Variables)
                {
                    _ = this[v];
                }

                break;
            case Distinct d:
                Collect(d.Inner);
                break;
            case Reduced r:
                Collect(r.Inner);
                break;
            case Slice s:
                Collect(s.Inner);
                break;
            case ToMultiSet t:
                Collect(t.Inner);
                break;
            case Table t:
                foreach (var v in t.Variables)
                {
                    _ = this[v];
                }

                break;
            case Service s:
                Collect(s.Inner);
                break;
        }
    }

    private void Collect(Expression expression)
    {
        expression.Any(e =>
        {
            switch (e)
            {
                case VariableExpression v:
                    _ = this[v.Name];
                    break;
                case BoundExpression b:
                    _ = this[b.Variable];
                    break;
                case ExistsExpression x when x.Algebra is not null:
                    Collect(x.Algebra);
                    break;
            }

            return false;
        });
    }

    private void Add(PatternNode node)
    {
        if (node.IsVariable)
        {
            _ = this[node.Variable!];
        }
    }
}
