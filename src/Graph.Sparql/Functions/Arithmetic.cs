using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>
/// The four XPath arithmetic operators with numeric type promotion (integer → decimal → float → double).
/// Exact arithmetic that overflows the decimal range, and exact division by zero, are type errors (null).
/// </summary>
internal static class Arithmetic
{
    public enum Operation
    {
        Add,
        Subtract,
        Multiply,
        Divide,
    }

    public static Term? Apply(Term? a, Term? b, Operation operation)
    {
        if (!Numeric.TryFrom(a, out var x) || !Numeric.TryFrom(b, out var y))
        {
            return null;
        }

        return Apply(x, y, operation)?.ToLiteral();
    }

    public static Numeric? Apply(Numeric x, Numeric y, Operation operation)
    {
        var kind = (NumericKind)Math.Max((int)x.Kind, (int)y.Kind);
        if (operation == Operation.Divide && kind == NumericKind.Integer)
        {
            kind = NumericKind.Decimal;
        }

        if (kind is NumericKind.Integer or NumericKind.Decimal)
        {
            return ApplyExact(x.Exact, y.Exact, operation, kind);
        }

        var p = x.PromoteTo(kind).Approximate;
        var q = y.PromoteTo(kind).Approximate;
        var result = operation switch
        {
            Operation.Add => p + q,
            Operation.Subtract => p - q,
            Operation.Multiply => p * q,
            _ => p / q,
        };
        return Numeric.Of(kind, 0, result);
    }

    private static Numeric? ApplyExact(decimal p, decimal q, Operation operation, NumericKind kind)
    {
        if (operation == Operation.Divide && q == 0)
        {
            return null;
        }

        try
        {
            var result = operation switch
            {
                Operation.Add => p + q,
                Operation.Subtract => p - q,
                Operation.Multiply => p * q,
                _ => p / q,
            };
            return Numeric.Of(kind, result, 0);
        }
        catch (OverflowException)
        {
            // Beyond the 28 digits we hold exactly: report an error rather than a wrong value.
            return null;
        }
    }
}
