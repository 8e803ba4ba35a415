using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Functions.Values;

/// <summary>The value spaces the operators know how to compare, in the order ORDER BY puts them.</summary>
internal enum ValueSpace
{
    Numeric,
    Boolean,
    DateTime,
    Date,
    String,
    LangString,
    Other,
}

/// <summary>
/// A literal's value, worked out once: its value space and, for numbers, booleans and dates, the value.
/// Operators compare these rather than parsing each literal again for every question they ask.
/// </summary>
internal readonly struct LiteralValue
{
    private LiteralValue(ValueSpace space, Numeric number = default, bool boolean = false, XsdDateTime? dateTime = null)
    {
        Space = space;
        Number = number;
        Boolean = boolean;
        DateTime = dateTime;
    }

    public ValueSpace Space { get; }

    public Numeric Number { get; }

    public bool Boolean { get; }

    public XsdDateTime? DateTime { get; }

    public static LiteralValue Of(Literal literal)
    {
        if (literal.Language is not null)
        {
            return new LiteralValue(ValueSpace.LangString);
        }

        var datatype = literal.Datatype;
        if (ReferenceEquals(datatype, Vocab.Xsd.String) || datatype == Vocab.Xsd.String)
        {
            return new LiteralValue(ValueSpace.String);
        }

        if (XsdTypes.NumericKindOf(datatype) is not null)
        {
            return Numeric.TryFrom(literal, out var number) ? new LiteralValue(ValueSpace.Numeric, number) : new LiteralValue(ValueSpace.Other);
        }

        if (datatype == Vocab.Xsd.Boolean)
        {
            return Operators.TryBoolean(literal, out var b) ? new LiteralValue(ValueSpace.Boolean, boolean: b) : new LiteralValue(ValueSpace.Other);
        }

        if (datatype == Vocab.Xsd.DateTime || datatype == Vocab.Xsd.Date)
        {
            var space = datatype == Vocab.Xsd.Date ? ValueSpace.Date : ValueSpace.DateTime;
            return XsdDateTime.TryFrom(literal, out var d) ? new LiteralValue(space, dateTime: d) : new LiteralValue(ValueSpace.Other);
        }

        return new LiteralValue(ValueSpace.Other);
    }

    /// <summary>Compares two values of the same space (other than LangString and Other); null when not comparable.</summary>
    public static int? Compare(in LiteralValue a, in LiteralValue b, Literal la, Literal lb) => a.Space switch
    {
        ValueSpace.Numeric => Operators.CompareNumerics(a.Number, b.Number),
        ValueSpace.String => Operators.CompareCodePoints(la.LexicalForm, lb.LexicalForm),
        ValueSpace.Boolean => a.Boolean.CompareTo(b.Boolean),
        ValueSpace.DateTime or ValueSpace.Date => XsdDateTime.Compare(a.DateTime!, b.DateTime!),
        _ => null,
    };
}
