using Graph.Rdf;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>
/// Compares two multisets of solutions, with blank nodes matched by a consistent one-to-one mapping
/// (found by backtracking), as the test suites require.
/// </summary>
internal static class SolutionComparer
{
    public static bool Equivalent(IReadOnlyList<Dictionary<string, Term>> expected, IReadOnlyList<Dictionary<string, Term>> actual, bool lexicalOnly)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var used = new bool[actual.Count];
        return Match(0, expected, actual, used, new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), lexicalOnly);
    }

    private static bool Match(
        int index, IReadOnlyList<Dictionary<string, Term>> expected, IReadOnlyList<Dictionary<string, Term>> actual, bool[] used,
        Dictionary<string, string> forward, Dictionary<string, string> backward, bool lexicalOnly)
    {
        if (index == expected.Count)
        {
            return true;
        }

        var row = expected[index];
        for (var i = 0; i < actual.Count; i++)
        {
            if (used[i] || actual[i].Count != row.Count)
            {
                continue;
            }

            var added = new List<string>();
            if (RowMatches(row, actual[i], forward, backward, added, lexicalOnly))
            {
                used[i] = true;
                if (Match(index + 1, expected, actual, used, forward, backward, lexicalOnly))
                {
                    return true;
                }

                used[i] = false;
            }

            foreach (var label in added)
            {
                backward.Remove(forward[label]);
                forward.Remove(label);
            }
        }

        return false;
    }

    private static bool RowMatches(
        Dictionary<string, Term> expected, Dictionary<string, Term> actual, Dictionary<string, string> forward,
        Dictionary<string, string> backward, List<string> added, bool lexicalOnly)
    {
        foreach (var (variable, value) in expected)
        {
            if (!actual.TryGetValue(variable, out var other))
            {
                return false;
            }

            if (value is BlankNode e && other is BlankNode a)
            {
                if (forward.TryGetValue(e.Label, out var mapped))
                {
                    if (mapped != a.Label)
                    {
                        return false;
                    }
                }
                else
                {
                    if (backward.ContainsKey(a.Label))
                    {
                        return false;
                    }

                    forward[e.Label] = a.Label;
                    backward[a.Label] = e.Label;
                    added.Add(e.Label);
                }

                continue;
            }

            if (lexicalOnly ? Lexical(value) != Lexical(other) : !SameValue(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when both lists give the same values of <paramref name="keys"/>, row by row (blank nodes match any blank node).</summary>
    public static bool SameKeySequence(IReadOnlyList<Dictionary<string, Term>> expected, IReadOnlyList<Dictionary<string, Term>> actual, IReadOnlyList<string> keys)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var key in keys)
            {
                var e = expected[i].GetValueOrDefault(key);
                var a = actual[i].GetValueOrDefault(key);
                if (e is null != a is null || (e is not null && !(e is BlankNode && a is BlankNode) && !SameValue(e, a!)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Typed literals of one datatype match by value ("1.0"^^xsd:decimal and "1"^^xsd:decimal),
    // since the suites do not fix canonical lexical forms of computed numbers.
    private static bool SameValue(Term expected, Term actual) =>
        expected.Equals(actual)
        || (expected is Literal e && actual is Literal a && e.Language is null && a.Language is null && e.Datatype == a.Datatype
            && e.Datatype != Rdf.Vocabularies.Vocab.Xsd.String && Graph.Sparql.Functions.Operators.ValueEquals(e, a) == true);

    private static string Lexical(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => term.ToString(),
    };
}
