using System.Text;
using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Results;

/// <summary>
/// Decides whether two query results are the same answer, as the W3C test suite compares them: the same
/// variables (in any order), the same rows (as a multiset, or in order when the query has ORDER BY), blank
/// nodes equal up to a consistent one-to-one renaming, numeric literals of the same datatype equal by value
/// (<c>"1050"^^xsd:double</c> is <c>"1.05E3"^^xsd:double</c>) and language tags compared case-insensitively.
/// </summary>
public static class ResultSetEquivalence
{
    // Backtracking over blank-node assignments is exponential in the worst case; past this many steps we stop.
    private const int SearchBudget = 2_000_000;

    /// <summary>True when the results are equivalent.</summary>
    public static bool AreEquivalent(SparqlResults expected, SparqlResults actual, bool ordered = false) =>
        Compare(expected, actual, ordered).AreEquivalent;

    /// <summary>Compares two results; the outcome says how they differ when they do.</summary>
    public static EquivalenceOutcome Compare(SparqlResults expected, SparqlResults actual, bool ordered = false)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.IsBoolean || actual.IsBoolean)
        {
            return expected.Boolean == actual.Boolean
                ? EquivalenceOutcome.Equivalent
                : EquivalenceOutcome.Differ($"expected {Describe(expected)}, got {Describe(actual)}");
        }

        var expectedVariables = expected.Variables.ToHashSet(StringComparer.Ordinal);
        if (!expectedVariables.SetEquals(actual.Variables))
        {
            return EquivalenceOutcome.Differ($"expected the variables {string.Join(" ", expected.Variables.Select(v => "?" + v))}, got {string.Join(" ", actual.Variables.Select(v => "?" + v))}");
        }

        if (expected.Rows.Count != actual.Rows.Count)
        {
            return EquivalenceOutcome.Differ($"expected {expected.Rows.Count} rows, got {actual.Rows.Count}" + FirstMissing(expected, actual));
        }

        var variables = expected.Variables.ToArray();
        var e = expected.Rows.Select(r => Row.Of(r, variables)).ToArray();
        var a = actual.Rows.Select(r => Row.Of(r, variables)).ToArray();
        return ordered ? CompareOrdered(e, a, variables) : CompareUnordered(e, a, variables);
    }

    /// <summary>The comparison key of a term: equal keys mean equivalent terms (blank nodes all share one key).</summary>
    public static string KeyOf(Term? term)
    {
        var sb = new StringBuilder();
        AppendKey(sb, term);
        return sb.ToString();
    }

    private static EquivalenceOutcome CompareOrdered(Row[] expected, Row[] actual, string[] variables)
    {
        var mapping = new BlankNodeMapping();
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i].Key != actual[i].Key || !mapping.TryMatch(expected[i].Values, actual[i].Values))
            {
                return EquivalenceOutcome.Differ($"row {i + 1} differs: expected {Format(expected[i], variables)}, got {Format(actual[i], variables)}");
            }
        }

        return EquivalenceOutcome.Equivalent;
    }

    private static EquivalenceOutcome CompareUnordered(Row[] expected, Row[] actual, string[] variables)
    {
        var remaining = actual.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var row in expected)
        {
            if (!remaining.TryGetValue(row.Key, out var candidates) || candidates.Count == 0)
            {
                return EquivalenceOutcome.Differ($"expected row {Format(row, variables)} is missing");
            }

            candidates.RemoveAt(candidates.Count - 1);
        }

        var withBlankNodes = expected.Where(r => r.HasBlankNodes).ToArray();
        if (withBlankNodes.Length == 0)
        {
            return EquivalenceOutcome.Equivalent;
        }

        var pool = actual.Where(r => r.HasBlankNodes).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var used = pool.ToDictionary(p => p.Key, p => new bool[p.Value.Length], StringComparer.Ordinal);
        var budget = SearchBudget;
        var mapping = new BlankNodeMapping();
        bool Assign(int index)
        {
            if (index == withBlankNodes.Length)
            {
                return true;
            }

            var row = withBlankNodes[index];
            var candidates = pool[row.Key];
            var taken = used[row.Key];
            for (var c = 0; c < candidates.Length; c++)
            {
                if (taken[c] || --budget < 0)
                {
                    continue;
                }

                var mark = mapping.Mark();
                if (mapping.TryMatch(row.Values, candidates[c].Values))
                {
                    taken[c] = true;
                    if (Assign(index + 1))
                    {
                        return true;
                    }

                    taken[c] = false;
                }

                mapping.Undo(mark);
            }

            return false;
        }

        if (Assign(0))
        {
            return EquivalenceOutcome.Equivalent;
        }

        return budget < 0
            ? EquivalenceOutcome.Differ("too many blank nodes to decide within the search budget")
            : EquivalenceOutcome.Differ("the rows match only with inconsistent blank node labels");
    }

    private static string FirstMissing(SparqlResults expected, SparqlResults actual)
    {
        var variables = expected.Variables.ToArray();
        var actualKeys = actual.Rows.Select(r => Row.Of(r, variables).Key).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Rows.Select(r => Row.Of(r, variables)).FirstOrDefault(r => !actualKeys.Contains(r.Key));
        if (missing is not null)
        {
            return "; for instance " + Format(missing, variables) + " is missing";
        }

        var expectedKeys = expected.Rows.Select(r => Row.Of(r, variables).Key).ToHashSet(StringComparer.Ordinal);
        var extra = actual.Rows.Select(r => Row.Of(r, variables)).FirstOrDefault(r => !expectedKeys.Contains(r.Key));
        return extra is null ? string.Empty : "; for instance " + Format(extra, variables) + " is unexpected";
    }

    private static string Describe(SparqlResults results) =>
        results.IsBoolean ? (results.Boolean!.Value ? "true" : "false") : $"a result set of {results.Rows.Count} rows";

    private static string Format(Row row, string[] variables)
    {
        var parts = new List<string>();
        for (var i = 0; i < variables.Length; i++)
        {
            if (row.Values[i] is { } term)
            {
                parts.Add("?" + variables[i] + "=" + SparqlTermFormatter.Format(term));
            }
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static void AppendKey(StringBuilder sb, Term? term)
    {
        switch (term)
        {
            case null:
                sb.Append('-');
                break;
            case Iri iri:
                sb.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode:
                sb.Append("_:");
                break;
            case Literal literal when literal.Language is not null:
                sb.Append('"').Append(literal.LexicalForm).Append("\"@").Append(literal.Language.ToLowerInvariant());
                if (literal.Direction is not null)
                {
                    sb.Append("--").Append(literal.Direction);
                }

                break;
            case Literal literal when Numeric.TryFrom(literal, out var number):
                sb.Append('#').Append(literal.Datatype.Value).Append('|').Append(number.CanonicalLexicalForm());
                break;
            case Literal literal:
                sb.Append('"').Append(literal.LexicalForm).Append("\"^^").Append(literal.Datatype.Value);
                break;
            case TripleTerm triple:
                sb.Append("<<");
                AppendKey(sb, triple.Triple.Subject);
                sb.Append(' ');
                AppendKey(sb, triple.Triple.Predicate);
                sb.Append(' ');
                AppendKey(sb, triple.Triple.Object);
                sb.Append(">>");
                break;
        }

        sb.Append('\u0001');
    }

    private sealed record Row(Term?[] Values, string Key, bool HasBlankNodes)
    {
        public static Row Of(SparqlSolution solution, string[] variables)
        {
            var values = variables.Select(v => solution[v]).ToArray();
            var key = new StringBuilder();
            foreach (var value in values)
            {
                AppendKey(key, value);
            }

            return new Row(values, key.ToString(), values.Any(ContainsBlankNode));
        }

        private static bool ContainsBlankNode(Term? term) => term switch
        {
            BlankNode => true,
            TripleTerm t => ContainsBlankNode(t.Triple.Subject) || ContainsBlankNode(t.Triple.Object),
            _ => false,
        };
    }

    /// <summary>A one-to-one renaming of expected blank nodes to actual ones, with undo for backtracking.</summary>
    private sealed class BlankNodeMapping
    {
        private readonly Dictionary<BlankNode, BlankNode> _forward = [];
        private readonly Dictionary<BlankNode, BlankNode> _backward = [];
        private readonly List<BlankNode> _log = [];

        public int Mark() => _log.Count;

        public void Undo(int mark)
        {
            for (var i = _log.Count - 1; i >= mark; i--)
            {
                var expected = _log[i];
                _backward.Remove(_forward[expected]);
                _forward.Remove(expected);
            }

            _log.RemoveRange(mark, _log.Count - mark);
        }

        /// <summary>Extends the mapping so the rows match (keys already equal); leaves partial work for <see cref="Undo"/>.</summary>
        public bool TryMatch(Term?[] expected, Term?[] actual)
        {
            for (var i = 0; i < expected.Length; i++)
            {
                if (!TryMatch(expected[i], actual[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryMatch(Term? expected, Term? actual)
        {
            switch (expected)
            {
                case BlankNode e when actual is BlankNode a:
                    if (_forward.TryGetValue(e, out var mapped))
                    {
                        return mapped.Equals(a);
                    }

                    if (_backward.ContainsKey(a))
                    {
                        return false;
                    }

                    _forward[e] = a;
                    _backward[a] = e;
                    _log.Add(e);
                    return true;
                case TripleTerm e when actual is TripleTerm a:
                    return TryMatch(e.Triple.Subject, a.Triple.Subject) && TryMatch(e.Triple.Object, a.Triple.Object);
                default:
                    return true;
            }
        }
    }
}

/// <summary>The outcome of comparing two results.</summary>
/// <param name="AreEquivalent">True when they are the same answer.</param>
/// <param name="Difference">When they differ, how (a missing row, different variables…).</param>
public sealed record EquivalenceOutcome(bool AreEquivalent, string? Difference)
{
    /// <summary>The outcome of equivalent results.</summary>
    public static EquivalenceOutcome Equivalent { get; } = new(true, null);

    /// <summary>The outcome of different results.</summary>
    public static EquivalenceOutcome Differ(string difference) => new(false, difference);
}
