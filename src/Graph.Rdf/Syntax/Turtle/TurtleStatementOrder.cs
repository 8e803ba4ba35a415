using System.Runtime.InteropServices;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>The fixed order in which the Turtle and TriG writers lay out buffered statements.</summary>
internal static class TurtleStatementOrder
{
    /// <summary>
    /// Sorts the statements by graph, subject, predicate (<c>rdf:type</c> first) and object, and drops
    /// duplicates. Only graph names, subjects and predicates are ranked by a full sort of their terms;
    /// objects are put in order within each (graph, subject, predicate) group, which is small.
    /// Returns how many statements are kept; <paramref name="order"/> starts with their indexes.
    /// </summary>
    public static int Sort(TurtleStatementBuffer buffer, out int[] order)
    {
        var terms = buffer.Terms;
        var statements = buffer.StatementArray;
        var statementCount = buffer.StatementCount;
        var ranked = new bool[terms.Count];
        for (var i = 0; i < statementCount * 4; i += 4)
        {
            ranked[statements[i]] = true;
            ranked[statements[i + 1]] = true;
            ranked[statements[i + 2]] = true;
        }

        ranked[0] = false;
        var ranking = RankedOrder(terms, ranked);
        var rank = new int[terms.Count];
        for (var i = 0; i < ranking.Count; i++)
        {
            rank[ranking[i]] = i + 1;
        }

        // Counting sort by subject, then a stable one by graph; then each subject's statements
        // (a handful) by predicate, and objects by their terms.
        var anyNamedGraph = false;
        for (var i = 0; i < statementCount && !anyNamedGraph; i++)
        {
            anyNamedGraph = statements[i * 4] != 0;
        }

        var identity = new int[statementCount];
        for (var i = 0; i < identity.Length; i++)
        {
            identity[i] = i;
        }

        var sortedIndexes = CountingSort(identity, i => rank[statements[(i * 4) + 1]], ranking.Count + 1);
        if (anyNamedGraph)
        {
            sortedIndexes = CountingSort(sortedIndexes, i => rank[statements[i * 4]], ranking.Count + 1);
        }

        order = identity;
        var count = 0;
        var comparer = new StatementComparer(terms, rank, statements);
        for (var start = 0; start < sortedIndexes.Length;)
        {
            var first = sortedIndexes[start] * 4;
            var end = start + 1;
            while (end < sortedIndexes.Length && statements[sortedIndexes[end] * 4] == statements[first] && statements[(sortedIndexes[end] * 4) + 1] == statements[first + 1])
            {
                end++;
            }

            var group = sortedIndexes.AsSpan(start, end - start);
            if (group.Length > 1)
            {
                group.Sort(comparer);
            }

            for (var i = 0; i < group.Length; i++)
            {
                if (i > 0 && comparer.Compare(group[i - 1], group[i]) == 0)
                {
                    continue;
                }

                order[count++] = group[i];
            }

            start = end;
        }

        return count;
    }

    /// <summary>
    /// The ranked terms in <see cref="ComparePositions"/> order. IRIs and blank nodes (nearly all of
    /// them) are sorted by their text with an ordinal string sort, which is much cheaper than the
    /// general comparison; the rare other terms go through <see cref="TermOrder"/>.
    /// </summary>
    private static List<int> RankedOrder(List<Term> terms, bool[] ranked)
    {
        var iriIds = new List<int>();
        var iriKeys = new List<string>();
        var blankIds = new List<int>();
        var blankKeys = new List<string>();
        var others = new List<int>();
        var typeId = -1;
        for (var id = 1; id < ranked.Length; id++)
        {
            if (!ranked[id])
            {
                continue;
            }

            switch (terms[id])
            {
                case Iri { Value: Vocab.Rdf.Namespace + "type" }:
                    typeId = id;
                    break;
                case Iri iri:
                    iriIds.Add(id);
                    iriKeys.Add(iri.Value);
                    break;
                case BlankNode blank:
                    blankIds.Add(id);
                    blankKeys.Add(blank.Label);
                    break;
                default:
                    others.Add(id);
                    break;
            }
        }

        CollectionsMarshal.AsSpan(iriKeys).Sort(CollectionsMarshal.AsSpan(iriIds), StringComparer.Ordinal);
        CollectionsMarshal.AsSpan(blankKeys).Sort(CollectionsMarshal.AsSpan(blankIds), StringComparer.Ordinal);
        CollectionsMarshal.AsSpan(others).Sort((a, b) => TermOrder.Compare(terms[a], terms[b]));
        var order = new List<int>(iriIds.Count + blankIds.Count + others.Count + 1);
        if (typeId > 0)
        {
            order.Add(typeId);
        }

        // TermOrder ranks kinds IRI, blank node, literal, triple term, so the others come last.
        order.AddRange(iriIds);
        order.AddRange(blankIds);
        order.AddRange(others);
        return order;
    }

    private static int[] CountingSort(int[] items, Func<int, int> key, int keyCount)
    {
        var counts = new int[keyCount + 1];
        foreach (var item in items)
        {
            counts[key(item) + 1]++;
        }

        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        var result = new int[items.Length];
        foreach (var item in items)
        {
            result[counts[key(item)]++] = item;
        }

        return result;
    }

    /// <summary>Orders the statements of one subject: predicate rank, then object term.</summary>
    private sealed class StatementComparer(List<Term> terms, int[] rank, int[] statements) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var s = statements;
            var c = rank[s[(a * 4) + 2]].CompareTo(rank[s[(b * 4) + 2]]);
            if (c != 0)
            {
                return c;
            }

            var oa = s[(a * 4) + 3];
            var ob = s[(b * 4) + 3];
            return oa == ob ? 0 : TermOrder.Compare(terms[oa], terms[ob]);
        }
    }

    /// <summary>The order of graph names, subjects and predicates: <c>rdf:type</c> first, then <see cref="TermOrder"/>.</summary>
    private static int ComparePositions(Term a, Term b)
    {
        var aType = a is Iri { Value: Vocab.Rdf.Namespace + "type" };
        var bType = b is Iri { Value: Vocab.Rdf.Namespace + "type" };
        return aType == bType ? TermOrder.Compare(a, b) : aType ? -1 : 1;
    }
}

/// <summary>The total order of terms the writers sort by: IRIs, blank nodes, literals, triple terms; then by their text.</summary>
internal static class TermOrder
{
    public static int Compare(Term a, Term b)
    {
        if (a.Kind != b.Kind)
        {
            return a.Kind.CompareTo(b.Kind);
        }

        switch (a)
        {
            case Iri x:
                return string.CompareOrdinal(x.Value, ((Iri)b).Value);
            case BlankNode x:
                return string.CompareOrdinal(x.Label, ((BlankNode)b).Label);
            case Literal x:
                {
                    var y = (Literal)b;
                    var c = string.CompareOrdinal(x.LexicalForm, y.LexicalForm);
                    if (c == 0)
                    {
                        c = string.CompareOrdinal(x.Datatype.Value, y.Datatype.Value);
                    }

                    if (c == 0)
                    {
                        c = string.Compare(x.Language, y.Language, StringComparison.OrdinalIgnoreCase);
                    }

                    return c != 0 ? c : string.CompareOrdinal(x.Direction, y.Direction);
                }

            default:
                {
                    var x = ((TripleTerm)a).Triple;
                    var y = ((TripleTerm)b).Triple;
                    var c = Compare(x.Subject, y.Subject);
                    if (c == 0)
                    {
                        c = Compare(x.Predicate, y.Predicate);
                    }

                    return c != 0 ? c : Compare(x.Object, y.Object);
                }
        }
    }
}
