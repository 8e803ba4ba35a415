using Graph.Rdf.Datasets;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// Orders the triple patterns of a BGP by selectivity, greedily: at each step the pattern with the
/// fewest expected matches given the variables already bound, where the count of its constant part
/// comes from the dataset's indexes (<see cref="Dataset.CountIds"/>) and each bound variable divides it
/// by a factor for its position; patterns that share no variable with what is bound come last
/// (they would multiply the rows).
/// </summary>
internal static class JoinOrderPlanner
{
    private const double SubjectBoundFactor = 1000;
    private const double ObjectBoundFactor = 100;
    private const double PredicateBoundFactor = 10;
    private const double CartesianPenalty = 1e9;

    public static List<CompiledPattern> Order(IReadOnlyList<CompiledPattern> patterns, HashSet<int> bound, Dataset dataset, int graph)
    {
        var counts = patterns.Select(p => (double)dataset.CountIds(
            p.Subject.Slot < 0 ? p.Subject.Constant : Dataset.Any,
            p.Predicate.Slot < 0 ? p.Predicate.Constant : Dataset.Any,
            p.Object.Slot < 0 ? p.Object.Constant : Dataset.Any,
            graph)).ToArray();
        var remaining = Enumerable.Range(0, patterns.Count).ToList();
        var ordered = new List<CompiledPattern>(patterns.Count);
        var boundNow = new HashSet<int>(bound);
        while (remaining.Count > 0)
        {
            var best = -1;
            var bestCost = double.MaxValue;
            foreach (var i in remaining)
            {
                var cost = Estimate(patterns[i], counts[i], boundNow);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = i;
                }
            }

            remaining.Remove(best);
            ordered.Add(patterns[best]);
            boundNow.UnionWith(patterns[best].Slots);
        }

        return ordered;
    }

    private static double Estimate(CompiledPattern pattern, double count, HashSet<int> bound)
    {
        var cost = count;
        var sharesVariable = false;
        var hasVariable = false;
        if (pattern.Subject.Slot >= 0)
        {
            hasVariable = true;
            if (bound.Contains(pattern.Subject.Slot))
            {
                cost /= SubjectBoundFactor;
                sharesVariable = true;
            }
        }

        if (pattern.Predicate.Slot >= 0)
        {
            hasVariable = true;
            if (bound.Contains(pattern.Predicate.Slot))
            {
                cost /= PredicateBoundFactor;
                sharesVariable = true;
            }
        }

        if (pattern.Object.Slot >= 0)
        {
            hasVariable = true;
            if (bound.Contains(pattern.Object.Slot))
            {
                cost /= ObjectBoundFactor;
                sharesVariable = true;
            }
        }

        if (bound.Count > 0 && hasVariable && !sharesVariable && cost > 1)
        {
            cost *= CartesianPenalty;
        }

        return cost;
    }
}
