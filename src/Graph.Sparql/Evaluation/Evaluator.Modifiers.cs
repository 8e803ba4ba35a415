using Graph.Rdf;
using Graph.Sparql.Algebra;
using Graph.Sparql.Functions;

namespace Graph.Sparql.Evaluation;

/// <summary>Grouping and aggregates, ORDER BY, projection, DISTINCT and slices.</summary>
internal sealed partial class Evaluator
{
    private IEnumerable<int[]> EvaluateAggregate(AggregateJoin aggregateJoin, int[] graphs)
    {
        var keys = aggregateJoin.Group.Keys;
        var keySlots = keys.Select(k => k is VariableExpression v ? Variables[v.Name] : -1).ToArray();
        var groups = new Dictionary<int[], Accumulator[]>(RowComparer.Instance);
        var order = new List<int[]>();
        Accumulator[] NewAccumulators() => aggregateJoin.Aggregations.Select(a => Accumulator.Create(a.Aggregate)).ToArray();

        var singleSlot = keys.Count == 1 && keySlots[0] >= 0 ? keySlots[0] : -1;
        var singleKey = new int[1];
        foreach (var row in Evaluate(aggregateJoin.Group.Inner, NewRow(), graphs))
        {
            Tick();
            int[] key;
            if (singleSlot >= 0)
            {
                singleKey[0] = row[singleSlot];
                key = singleKey;
            }
            else
            {
                key = new int[keys.Count];
                for (var i = 0; i < key.Length; i++)
                {
                    key[i] = keySlots[i] >= 0 ? row[keySlots[i]] : Terms.InternOrUnbound(EvaluateExpression(keys[i], row, graphs));
                }
            }

            if (!groups.TryGetValue(key, out var accumulators))
            {
                key = key == singleKey ? [singleKey[0]] : key;
                accumulators = NewAccumulators();
                groups.Add(key, accumulators);
                order.Add(key);
            }

            for (var i = 0; i < accumulators.Length; i++)
            {
                var aggregate = aggregateJoin.Aggregations[i].Aggregate;
                var argument = aggregate.Argument;
                if (argument is null)
                {
                    accumulators[i].AddRow(row);
                }
                else if (aggregate is { Name: "COUNT", Distinct: false } && argument is VariableExpression counted)
                {
                    // COUNT(?v) only needs to know ?v is bound: no need to decode it.
                    if (Variables.TryGetSlot(counted.Name, out var countedSlot) && row[countedSlot] != 0)
                    {
                        accumulators[i].AddRow(row);
                    }
                }
                else
                {
                    accumulators[i].Add(EvaluateExpression(argument, row, graphs));
                }
            }
        }

        if (groups.Count == 0 && keys.Count == 0)
        {
            // Aggregating nothing without GROUP BY gives one group: COUNT(*) = 0.
            var empty = Array.Empty<int>();
            groups.Add(empty, NewAccumulators());
            order.Add(empty);
        }

        var aggregateSlots = aggregateJoin.Aggregations.Select(a => Variables[a.Variable]).ToArray();
        foreach (var key in order)
        {
            var row = NewRow();
            for (var i = 0; i < keySlots.Length; i++)
            {
                if (keySlots[i] >= 0)
                {
                    row[keySlots[i]] = key[i];
                }
            }

            var accumulators = groups[key];
            for (var i = 0; i < accumulators.Length; i++)
            {
                var value = accumulators[i].Result();
                if (value is not null)
                {
                    row[aggregateSlots[i]] = Terms.Intern(value);
                }
            }

            yield return row;
        }
    }

    private IEnumerable<int[]> EvaluateOrderBy(OrderBy orderBy, int[] seed, int[] graphs, long? topK)
    {
        var conditions = orderBy.Conditions;
        var entries = new List<(int[] Row, Term?[] Keys, int Index)>();
        var comparer = Comparer<(int[] Row, Term?[] Keys, int Index)>.Create((a, b) =>
        {
            for (var i = 0; i < conditions.Count; i++)
            {
                var c = Operators.CompareForOrderBy(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return conditions[i].Descending ? -c : c;
                }
            }

            return a.Index.CompareTo(b.Index);
        });
        var index = 0;
        foreach (var row in Evaluate(orderBy.Inner, seed, graphs))
        {
            Tick();
            var keys = new Term?[conditions.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = conditions[i].Value is VariableExpression v ? Terms.Get(row[Variables[v.Name]]) : EvaluateExpression(conditions[i].Value, row, graphs);
            }

            var entry = (row, keys, index++);
            if (topK is { } k && k < 10_000)
            {
                // Keep only the best k rows: a sorted buffer with binary insertion.
                if (entries.Count == k && comparer.Compare(entry, entries[^1]) >= 0)
                {
                    continue;
                }

                var position = entries.BinarySearch(entry, comparer);
                entries.Insert(position < 0 ? ~position : position, entry);
                if (entries.Count > k)
                {
                    entries.RemoveAt(entries.Count - 1);
                }
            }
            else
            {
                entries.Add(entry);
            }
        }

        if (topK is null || topK >= 10_000)
        {
            entries.Sort(comparer);
        }

        return entries.Select(e => e.Row);
    }

    private IEnumerable<int[]> EvaluateProject(Project project, int[] seed, int[] graphs, long? topK = null)
    {
        var keep = new bool[Width];
        foreach (var v in project.Variables)
        {
            keep[Variables[v]] = true;
        }

        var inner = project.Inner is OrderBy orderBy && topK is not null
            ? EvaluateOrderBy(orderBy, seed, graphs, topK)
            : Evaluate(project.Inner, seed, graphs);
        foreach (var row in inner)
        {
            var projected = new int[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                if (keep[i])
                {
                    projected[i] = row[i];
                }
            }

            yield return projected;
        }
    }

    private static IEnumerable<int[]> EvaluateDistinct(IEnumerable<int[]> rows)
    {
        var seen = new HashSet<int[]>(RowComparer.Instance);
        foreach (var row in rows)
        {
            if (seen.Add(row))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<int[]> EvaluateSlice(Slice slice, int[] seed, int[] graphs)
    {
        var topK = slice.Limit is { } limit ? slice.Offset + limit : (long?)null;
        var inner = slice.Inner switch
        {
            OrderBy orderBy when topK is not null => EvaluateOrderBy(orderBy, seed, graphs, topK),
            Project project when topK is not null => EvaluateProject(project, seed, graphs, topK),
            _ => Evaluate(slice.Inner, seed, graphs),
        };
        var skipped = inner.Skip((int)Math.Min(slice.Offset, int.MaxValue));
        return slice.Limit is { } take ? skipped.Take((int)Math.Min(take, int.MaxValue)) : skipped;
    }
}
