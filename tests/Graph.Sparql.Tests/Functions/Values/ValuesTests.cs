using Graph.Rdf;
using Graph.Sparql.Functions.Values;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions.Values;

public class ValuesTests
{
    [Theory]
    [InlineData(1e6, "1.0E6")]
    [InlineData(0.2, "2.0E-1")]
    [InlineData(1050, "1.05E3")]
    [InlineData(-2.5, "-2.5E0")]
    [InlineData(0, "0.0E0")]
    [InlineData(double.PositiveInfinity, "INF")]
    [InlineData(double.NaN, "NaN")]
    public void Doubles_have_the_xsd_canonical_form(double value, string expected)
    {
        // XSD 1.0 canonical double: a mantissa with one non-zero digit before the point, then E and the exponent.
        Assert.Equal(expected, Numeric.Double(value).CanonicalLexicalForm());
    }

    [Theory]
    [InlineData("2", "2.0")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("33.3300", "33.33")]
    public void Decimals_have_the_xsd_canonical_form(string lexical, string expected)
    {
        Assert.True(Numeric.TryFrom(Dec(lexical), out var value));
        Assert.Equal(expected, value.CanonicalLexicalForm());
    }

    [Fact]
    public void Floats_are_rounded_to_single_precision()
    {
        Assert.True(Numeric.TryFrom(Flt("0.1"), out var value));
        Assert.Equal("1.0E-1", value.CanonicalLexicalForm());
        Assert.Equal((double)0.1f, value.Approximate);
    }

    [Theory]
    [InlineData("integer", "+12", true)]
    [InlineData("integer", "1.0", false)]
    [InlineData("integer", " 7 ", true)]
    [InlineData("decimal", ".5", true)]
    [InlineData("decimal", "1e3", false)]
    [InlineData("double", "1e3", true)]
    [InlineData("double", "e3", false)]
    [InlineData("double", "-INF", true)]
    [InlineData("unsignedByte", "256", false)]
    [InlineData("negativeInteger", "0", false)]
    [InlineData("long", "9223372036854775807", true)]
    [InlineData("integer", "123456789012345678901234", true)]
    public void Numeric_lexical_spaces_are_checked(string type, string lexical, bool valid)
    {
        Assert.Equal(valid, Numeric.TryFrom(Typed(lexical, type), out _));
    }

    [Fact]
    public void Long_integers_beyond_eighteen_digits_keep_their_value()
    {
        Assert.True(Numeric.TryFrom(Int("-123456789012345678901234"), out var value));
        Assert.Equal(-123456789012345678901234m, value.Exact);
    }

    [Fact]
    public void Date_times_parse_their_fields_and_timezone()
    {
        Assert.True(XsdDateTime.TryParse("2011-01-10T14:45:13.815-05:00", dateOnly: false, out var value));
        Assert.Equal((2011L, 1, 10, 14, 45, 13.815m, -300), (value!.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, value.TimezoneMinutes));
        Assert.True(XsdDateTime.TryParse("2000-01-01T24:00:00Z", dateOnly: false, out _));
        Assert.False(XsdDateTime.TryParse("2000-01-01T24:00:01Z", dateOnly: false, out _));
        Assert.False(XsdDateTime.TryParse("2000-01-01T10:00:00+15:00", dateOnly: false, out _));
        Assert.False(XsdDateTime.TryParse("2000-01-01", dateOnly: false, out _));
        Assert.True(XsdDateTime.TryParse("2000-01-01Z", dateOnly: true, out _));
    }

    [Fact]
    public void Date_times_order_on_the_utc_timeline()
    {
        XsdDateTime.TryParse("2002-10-10T12:00:00-05:00", dateOnly: false, out var a);
        XsdDateTime.TryParse("2002-10-10T17:00:00Z", dateOnly: false, out var b);
        XsdDateTime.TryParse("1999-12-31T23:00:00Z", dateOnly: false, out var c);
        Assert.Equal(0, XsdDateTime.Compare(a!, b!));
        Assert.True(XsdDateTime.Compare(c!, a!) < 0);
    }

    [Fact]
    public void Derived_integer_types_are_numeric()
    {
        Assert.Equal(NumericKind.Integer, XsdTypes.NumericKindOf(Iri.Parse(Xsd + "unsignedShort")));
        Assert.Equal(NumericKind.Float, XsdTypes.NumericKindOf(Iri.Parse(Xsd + "float")));
        Assert.Null(XsdTypes.NumericKindOf(Iri.Parse(Xsd + "string")));
        Assert.Null(XsdTypes.NumericKindOf(Iri.Parse("http://example.org/integer")));
    }
}
