using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Evaluation;

/// <summary>Builds the graphs of CONSTRUCT (a template per solution) and DESCRIBE (concise bounded descriptions).</summary>
internal static class GraphBuilder
{
    /// <summary>Instantiates the template for each solution; fresh blank nodes per solution; no duplicates.</summary>
    public static IEnumerable<Triple> Construct(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> rows, Evaluator evaluator)
    {
        var seen = new HashSet<Triple>();
        var counter = 0;
        foreach (var row in rows)
        {
            var blankNodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            counter++;
            foreach (var pattern in template)
            {
                var s = Instantiate(pattern.Subject, row, evaluator, blankNodes, counter);
                var p = Instantiate(pattern.Predicate, row, evaluator, blankNodes, counter);
                var o = Instantiate(pattern.Object, row, evaluator, blankNodes, counter);
                if (s is null or Literal or TripleTerm || p is not Iri predicate || o is null)
                {
                    continue;
                }

                var triple = new Triple(s, predicate, o);
                if (seen.Add(triple))
                {
                    yield return triple;
                }
            }
        }
    }

    private static Term? Instantiate(PatternNode node, int[] row, Evaluator evaluator, Dictionary<string, BlankNode> blankNodes, int solution)
    {
        if (node.IsVariable)
        {
            return evaluator.Variables.TryGetSlot(node.Variable!, out var slot) ? evaluator.Terms.Get(row[slot]) : null;
        }

        if (node.Term is BlankNode b)
        {
            if (!blankNodes.TryGetValue(b.Label, out var fresh))
            {
                blankNodes.Add(b.Label, fresh = new BlankNode(b.Label + "_" + solution.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return fresh;
        }

        return node.Term;
    }

    /// <summary>The concise bounded description of each resource: its triples, following blank-node objects.</summary>
    public static IEnumerable<Triple> Describe(IEnumerable<int> resources, Evaluator evaluator)
    {
        var dataset = evaluator.Dataset;
        var described = new HashSet<int>();
        var seen = new HashSet<Triple>();
        var queue = new Queue<int>(resources);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (id <= 0 || !described.Add(id))
            {
                continue;
            }

            foreach (var graph in evaluator.DefaultGraphs)
            {
                foreach (var q in dataset.MatchIds(id, Dataset.Any, Dataset.Any, graph))
                {
                    var quad = dataset.Decode(q);
                    if (seen.Add(quad.Triple))
                    {
                        yield return quad.Triple;
                    }

                    if (quad.Object is BlankNode)
                    {
                        queue.Enqueue(q.Object);
                    }
                }
            }
        }
    }
}
