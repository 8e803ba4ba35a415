using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Functions.Values;

/// <summary>The XSD datatypes the function library gives a value space to, and the numeric type tower.</summary>
public static class XsdTypes
{
    private const string Xsd = Vocab.Xsd.Namespace;

    /// <summary><c>xsd:dayTimeDuration</c>, the result type of TIMEZONE().</summary>
    public static readonly Iri DayTimeDuration = Iri.FromTrusted(Xsd + "dayTimeDuration");

    /// <summary>
    /// The datatypes derived from <c>xsd:integer</c>, with their value bounds (null = unbounded);
    /// SPARQL treats them all as numeric and promotes them to <c>xsd:integer</c> in arithmetic.
    /// </summary>
    private static readonly Dictionary<string, (decimal? Min, decimal? Max)> IntegerTypes = new(StringComparer.Ordinal)
    {
        [Xsd + "integer"] = (null, null),
        [Xsd + "nonPositiveInteger"] = (null, 0m),
        [Xsd + "negativeInteger"] = (null, -1m),
        [Xsd + "long"] = (long.MinValue, long.MaxValue),
        [Xsd + "int"] = (int.MinValue, int.MaxValue),
        [Xsd + "short"] = (short.MinValue, short.MaxValue),
        [Xsd + "byte"] = (sbyte.MinValue, sbyte.MaxValue),
        [Xsd + "nonNegativeInteger"] = (0m, null),
        [Xsd + "unsignedLong"] = (0m, ulong.MaxValue),
        [Xsd + "unsignedInt"] = (0m, uint.MaxValue),
        [Xsd + "unsignedShort"] = (0m, ushort.MaxValue),
        [Xsd + "unsignedByte"] = (0m, byte.MaxValue),
        [Xsd + "positiveInteger"] = (1m, null),
    };

    private static readonly Dictionary<string, NumericKind> NumericKinds = BuildNumericKinds();

    /// <summary>The numeric kind of a datatype, or null when the datatype is not numeric.</summary>
    public static NumericKind? NumericKindOf(Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(datatype);

        // The common case first, without hashing the IRI.
        if (ReferenceEquals(datatype, Vocab.Xsd.Integer))
        {
            return NumericKind.Integer;
        }

        return NumericKinds.TryGetValue(datatype.Value, out var kind) ? kind : null;
    }

    private static Dictionary<string, NumericKind> BuildNumericKinds()
    {
        var kinds = IntegerTypes.Keys.ToDictionary(k => k, _ => NumericKind.Integer, StringComparer.Ordinal);
        kinds[Xsd + "decimal"] = NumericKind.Decimal;
        kinds[Xsd + "float"] = NumericKind.Float;
        kinds[Xsd + "double"] = NumericKind.Double;
        return kinds;
    }

    /// <summary>True when <paramref name="datatype"/> is <c>xsd:integer</c> or one of its derived types.</summary>
    public static bool IsIntegerType(Iri datatype) => IntegerTypes.ContainsKey(datatype.Value);

    /// <summary>The value bounds of an integer-derived datatype.</summary>
    internal static (decimal? Min, decimal? Max) IntegerBounds(Iri datatype) =>
        IntegerTypes.TryGetValue(datatype.Value, out var bounds) ? bounds : (null, null);

    /// <summary>The datatype IRI of a numeric kind's primitive type.</summary>
    public static Iri DatatypeOf(NumericKind kind) => kind switch
    {
        NumericKind.Integer => Vocab.Xsd.Integer,
        NumericKind.Decimal => Vocab.Xsd.Decimal,
        NumericKind.Float => Vocab.Xsd.Float,
        _ => Vocab.Xsd.Double,
    };

    /// <summary>True for a literal whose datatype is <c>xsd:string</c> (a simple literal in RDF 1.1).</summary>
    public static bool IsSimpleString(Term? term) => term is Literal { Language: null } l && l.Datatype == Vocab.Xsd.String;

    /// <summary>True for a string literal: simple, <c>xsd:string</c> or language-tagged.</summary>
    public static bool IsStringLiteral(Term? term) => term is Literal l && (l.Language is not null || l.Datatype == Vocab.Xsd.String);
}

/// <summary>The four primitive numeric types of XPath, in promotion order.</summary>
public enum NumericKind
{
    /// <summary><c>xsd:integer</c> and its derived types.</summary>
    Integer,

    /// <summary><c>xsd:decimal</c>.</summary>
    Decimal,

    /// <summary><c>xsd:float</c>.</summary>
    Float,

    /// <summary><c>xsd:double</c>.</summary>
    Double,
}
