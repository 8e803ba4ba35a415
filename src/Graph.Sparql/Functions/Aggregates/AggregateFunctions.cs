using System.Text;
using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions.Aggregates;

/// <summary>
/// The SPARQL 1.1 aggregates COUNT, SUM, MIN, MAX, AVG, SAMPLE and GROUP_CONCAT as accumulators.
/// COUNT(*) is the evaluator's to count (it counts solutions, not values): it can use a COUNT accumulator
/// and add any non-null term per solution (or per distinct solution for COUNT(DISTINCT *)).
/// </summary>
public static class AggregateFunctions
{
    /// <summary>The aggregate keywords, upper case.</summary>
    public static IReadOnlyList<string> Names { get; } = ["COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"];

    /// <summary>True when <paramref name="name"/> (upper case) is an aggregate keyword.</summary>
    public static bool IsAggregate(string name) => Names.Contains(name);

    /// <summary>
    /// A fresh accumulator for one group. <paramref name="separator"/> is GROUP_CONCAT's (a single space by default).
    /// </summary>
    /// <exception cref="ArgumentException">The name is not an aggregate.</exception>
    public static AggregateAccumulator Create(string name, bool distinct, string? separator = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            "COUNT" => new CountAccumulator(distinct),
            "SUM" => new SumAccumulator(distinct),
            "AVG" => new AverageAccumulator(distinct),
            "MIN" => new ExtremeAccumulator(distinct, sign: -1),
            "MAX" => new ExtremeAccumulator(distinct, sign: 1),
            "SAMPLE" => new SampleAccumulator(distinct),
            "GROUP_CONCAT" => new GroupConcatAccumulator(distinct, separator ?? " "),
            _ => throw new ArgumentException($"'{name}' is not a SPARQL aggregate", nameof(name)),
        };
    }

    private sealed class CountAccumulator(bool distinct) : AggregateAccumulator(distinct)
    {
        private long _count;

        protected override bool Accumulate(Term value)
        {
            _count++;
            return true;
        }

        protected override Term? Complete() => Literal.Integer(_count);
    }

    private class SumAccumulator(bool distinct) : AggregateAccumulator(distinct)
    {
        private Numeric _sum = Numeric.Integer(0);

        protected long Count { get; private set; }

        protected Numeric Sum => _sum;

        protected override bool Accumulate(Term value)
        {
            if (!Numeric.TryFrom(value, out var n) || Arithmetic.Apply(_sum, n, Arithmetic.Operation.Add) is not { } sum)
            {
                return false;
            }

            _sum = sum;
            Count++;
            return true;
        }

        protected override Term? Complete() => _sum.ToLiteral();
    }

    private sealed class AverageAccumulator(bool distinct) : SumAccumulator(distinct)
    {
        protected override Term? Complete() =>
            Count == 0
                ? Numeric.Integer(0).ToLiteral()
                : Arithmetic.Apply(Sum, Numeric.Integer(Count), Arithmetic.Operation.Divide)?.ToLiteral();
    }

    /// <summary>MIN and MAX follow the ORDER BY order, so they accept any term (17.4.1 does not restrict them).</summary>
    private sealed class ExtremeAccumulator(bool distinct, int sign) : AggregateAccumulator(distinct)
    {
        private Term? _best;

        protected override bool Accumulate(Term value)
        {
            if (_best is null || (sign * Operators.CompareForOrderBy(value, _best)) > 0)
            {
                _best = value;
            }

            return true;
        }

        protected override Term? Complete() => _best;
    }

    private sealed class SampleAccumulator(bool distinct) : AggregateAccumulator(distinct)
    {
        private Term? _sample;

        protected override bool Accumulate(Term value)
        {
            _sample ??= value;
            return true;
        }

        protected override Term? Complete() => _sample;
    }

    /// <summary>Joins the string values; the result keeps a language tag only when every value has the same one.</summary>
    private sealed class GroupConcatAccumulator(bool distinct, string separator) : AggregateAccumulator(distinct)
    {
        private readonly StringBuilder _text = new();
        private string? _language;
        private bool _first = true;
        private bool _sameLanguage = true;

        protected override bool Accumulate(Term value)
        {
            string text;
            string? language = null;
            switch (value)
            {
                case Literal literal:
                    text = literal.LexicalForm;
                    language = literal.Language;
                    break;
                case Iri iri:
                    text = iri.Value;
                    break;
                default:
                    return false;
            }

            if (_first)
            {
                _language = language;
                _first = false;
            }
            else
            {
                _text.Append(separator);
                _sameLanguage &= string.Equals(_language, language, StringComparison.OrdinalIgnoreCase);
            }

            _text.Append(text);
            return true;
        }

        protected override Term? Complete() =>
            _sameLanguage && _language is not null ? Literal.LangString(_text.ToString(), _language) : Literal.String(_text.ToString());
    }
}
