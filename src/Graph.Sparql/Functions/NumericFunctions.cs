using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>The functions on numerics (17.4.4): the result keeps the argument's numeric type.</summary>
internal static class NumericFunctions
{
    public static Term? Abs(ReadOnlySpan<Term?> args, FunctionContext context) => Map(args, Math.Abs, Math.Abs);

    public static Term? Round(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Map(args, d => decimal.Floor(d + 0.5m), StringFunctions.XPathRound);

    public static Term? Ceil(ReadOnlySpan<Term?> args, FunctionContext context) => Map(args, decimal.Ceiling, Math.Ceiling);

    public static Term? Floor(ReadOnlySpan<Term?> args, FunctionContext context) => Map(args, decimal.Floor, Math.Floor);

    public static Term? Rand(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args.Length == 0 ? Numeric.Double(Random.Shared.NextDouble()).ToLiteral() : null;

    private static Literal? Map(ReadOnlySpan<Term?> args, Func<decimal, decimal> exact, Func<double, double> approximate)
    {
        if (args is not [var t] || !Numeric.TryFrom(t, out var n))
        {
            return null;
        }

        // Integers keep their derived type's value but are reported as xsd:integer, like arithmetic results.
        return n.IsExact
            ? Numeric.Of(n.Kind, exact(n.Exact), 0).ToLiteral()
            : Numeric.Of(n.Kind, 0, approximate(n.Approximate)).ToLiteral();
    }
}
