using System.Text;
using Graph.Rdf;
using Graph.Sparql.Algebra;
using Graph.Sparql.Functions;

namespace Graph.Sparql.Evaluation;

/// <summary>The running state of one aggregate over one group (section 18.5.1).</summary>
internal abstract class Accumulator
{
    private HashSet<Term>? _distinctValues;
    private HashSet<int[]>? _distinctRows;

    public static Accumulator Create(AggregateExpression aggregate)
    {
        Accumulator accumulator = aggregate.Name switch
        {
            "COUNT" => new CountAccumulator(),
            "SUM" => new SumAccumulator(),
            "AVG" => new AverageAccumulator(),
            "MIN" => new ExtremeAccumulator(-1),
            "MAX" => new ExtremeAccumulator(1),
            "SAMPLE" => new SampleAccumulator(),
            "GROUP_CONCAT" => new GroupConcatAccumulator(aggregate.Separator),
            _ => throw new QueryEvaluationException($"unknown aggregate {aggregate.Name}"),
        };
        if (aggregate.Distinct)
        {
            accumulator._distinctValues = [];
            accumulator._distinctRows = new HashSet<int[]>(RowComparer.Instance);
        }

        return accumulator;
    }

    /// <summary>Adds the value of the argument for one solution (null: unbound or an error).</summary>
    public void Add(Term? value)
    {
        if (_distinctValues is not null && value is not null && !_distinctValues.Add(value))
        {
            return;
        }

        Accept(value);
    }

    /// <summary>Adds one solution, for COUNT(*).</summary>
    public void AddRow(int[] row)
    {
        if (_distinctRows is not null && !_distinctRows.Add(row))
        {
            return;
        }

        AcceptRow();
    }

    public abstract Term? Result();

    protected abstract void Accept(Term? value);

    protected virtual void AcceptRow()
    {
    }

    private sealed class CountAccumulator : Accumulator
    {
        private long _count;

        public override Term? Result() => Literal.Integer(_count);

        protected override void Accept(Term? value)
        {
            if (value is not null)
            {
                _count++;
            }
        }

        protected override void AcceptRow() => _count++;
    }

    private sealed class SumAccumulator : Accumulator
    {
        private Term? _sum = Literal.Integer(0);
        private bool _error;

        public override Term? Result() => _error ? null : _sum;

        protected override void Accept(Term? value)
        {
            if (_error)
            {
                return;
            }

            _sum = value is null ? null : Operators.Add(_sum, value);
            _error = _sum is null;
        }
    }

    private sealed class AverageAccumulator : Accumulator
    {
        private Term? _sum = Literal.Integer(0);
        private long _count;
        private bool _error;

        public override Term? Result() =>
            _error ? null : _count == 0 ? Literal.Integer(0) : Operators.Divide(_sum, Literal.Integer(_count));

        protected override void Accept(Term? value)
        {
            if (_error)
            {
                return;
            }

            _sum = value is null ? null : Operators.Add(_sum, value);
            _error = _sum is null;
            _count++;
        }
    }

    private sealed class ExtremeAccumulator(int sign) : Accumulator
    {
        private Term? _best;

        public override Term? Result() => _best;

        protected override void Accept(Term? value)
        {
            if (value is not null && (_best is null || sign * Operators.CompareForOrderBy(value, _best) > 0))
            {
                _best = value;
            }
        }
    }

    private sealed class SampleAccumulator : Accumulator
    {
        private Term? _sample;

        public override Term? Result() => _sample;

        protected override void Accept(Term? value) => _sample ??= value;
    }

    private sealed class GroupConcatAccumulator(string separator) : Accumulator
    {
        private readonly StringBuilder _text = new();
        private bool _any;
        private bool _error;

        public override Term? Result() => _error ? null : Literal.String(_text.ToString());

        protected override void Accept(Term? value)
        {
            if (value is not Literal literal)
            {
                _error |= value is not null;
                return;
            }

            if (_any)
            {
                _text.Append(separator);
            }

            _text.Append(literal.LexicalForm);
            _any = true;
        }
    }
}
