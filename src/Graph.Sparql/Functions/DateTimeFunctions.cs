using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>The functions on dates and times (17.4.5). The accessors take an <c>xsd:dateTime</c> (or <c>xsd:date</c>).</summary>
internal static class DateTimeFunctions
{
    public static Term? Now(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args.Length == 0 ? XsdDateTime.ToLiteral(context.Now) : null;

    public static Term? Year(ReadOnlySpan<Term?> args, FunctionContext context) => Field(args, d => Literal.Integer(d.Year));

    public static Term? Month(ReadOnlySpan<Term?> args, FunctionContext context) => Field(args, d => Literal.Integer(d.Month));

    public static Term? Day(ReadOnlySpan<Term?> args, FunctionContext context) => Field(args, d => Literal.Integer(d.Day));

    public static Term? Hours(ReadOnlySpan<Term?> args, FunctionContext context) => Field(args, d => Literal.Integer(d.Hour));

    public static Term? Minutes(ReadOnlySpan<Term?> args, FunctionContext context) => Field(args, d => Literal.Integer(d.Minute));

    public static Term? Seconds(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Field(args, d => Numeric.Decimal(d.Second).ToLiteral());

    public static Term? Timezone(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Field(args, d => d.TimezoneDuration() is { } duration ? Literal.Typed(duration, XsdTypes.DayTimeDuration) : null);

    public static Term? Tz(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Field(args, d => Literal.String(d.TimezoneText()));

    private static Literal? Field(ReadOnlySpan<Term?> args, Func<XsdDateTime, Literal?> accessor)
    {
        if (args is not [Literal literal] || (literal.Datatype != Vocab.Xsd.DateTime && literal.Datatype != Vocab.Xsd.Date))
        {
            return null;
        }

        return XsdDateTime.TryFrom(literal, out var value) ? accessor(value!) : null;
    }
}
