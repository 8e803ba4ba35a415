using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions;

public class NumericAndDateFunctionsTests
{
    [Fact]
    public void Abs_ceil_floor_round_follow_the_spec_examples()
    {
        // 17.4.4: abs(1) = 1, abs(-1.5) = 1.5, ceil(10.5) = 11, ceil(-10.5) = -10,
        // floor(10.5) = 10, floor(-10.5) = -11, round(2.4999) = 2, round(2.5) = 3, round(-2.5) = -2.
        Assert.Equal(Literal.Integer(1), Call("ABS", Literal.Integer(1)));
        Assert.Equal(Dec("1.5"), Call("ABS", Dec("-1.5")));
        Assert.Equal(Dec("11.0"), Call("CEIL", Dec("10.5")));
        Assert.Equal(Dec("-10.0"), Call("CEIL", Dec("-10.5")));
        Assert.Equal(Dec("10.0"), Call("FLOOR", Dec("10.5")));
        Assert.Equal(Dec("-11.0"), Call("FLOOR", Dec("-10.5")));
        Assert.Equal(Dec("2.0"), Call("ROUND", Dec("2.4999")));
        Assert.Equal(Dec("3.0"), Call("ROUND", Dec("2.5")));
        Assert.Equal(Dec("-2.0"), Call("ROUND", Dec("-2.5")));
        Assert.Equal(Dbl("-2.0E0"), Call("ROUND", Dbl("-2.5")));
        Assert.Null(Call("ABS", S("1")));
    }

    [Fact]
    public void Rand_is_a_double_in_the_unit_interval()
    {
        var value = Assert.IsType<Literal>(Call("RAND"));
        Assert.Equal(Vocab.Xsd.Double, value.Datatype);
        var d = double.Parse(value.LexicalForm, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(d, 0, 1);
        Assert.True(d < 1);
    }

    [Fact]
    public void Date_time_accessors_follow_the_spec_examples()
    {
        var dt = DateTime("2011-01-10T14:45:13.815-05:00");
        Assert.Equal(Literal.Integer(2011), Call("YEAR", dt));
        Assert.Equal(Literal.Integer(1), Call("MONTH", dt));
        Assert.Equal(Literal.Integer(10), Call("DAY", dt));
        Assert.Equal(Literal.Integer(14), Call("HOURS", dt));
        Assert.Equal(Literal.Integer(45), Call("MINUTES", dt));
        Assert.Equal(Dec("13.815"), Call("SECONDS", dt));
        Assert.Equal(Literal.Typed("-PT5H", Iri.FromTrusted(Xsd + "dayTimeDuration")), Call("TIMEZONE", dt));
        Assert.Equal(Literal.Typed("PT0S", Iri.FromTrusted(Xsd + "dayTimeDuration")), Call("TIMEZONE", DateTime("2011-01-10T14:45:13.815Z")));
        Assert.Null(Call("TIMEZONE", DateTime("2011-01-10T14:45:13.815")));
        Assert.Equal(S("-05:00"), Call("TZ", dt));
        Assert.Equal(S("Z"), Call("TZ", DateTime("2011-01-10T14:45:13.815Z")));
        Assert.Equal(S(string.Empty), Call("TZ", DateTime("2011-01-10T14:45:13.815")));
        Assert.Null(Call("YEAR", S("2011-01-10T14:45:13Z")));
        Assert.Null(Call("YEAR", DateTime("2011-13-10T14:45:13Z")));
        Assert.Null(Call("YEAR", DateTime("99999999999999999999999-01-10T14:45:13Z")));
        Assert.Null(Call("DAY", DateTime("2011-02-29T14:45:13Z")));
        Assert.Equal(Literal.Integer(29), Call("DAY", DateTime("2012-02-29T14:45:13Z")));
    }

    [Fact]
    public void Now_is_the_query_time()
    {
        Assert.Equal(DateTime("2026-11-27T03:00:00Z"), Call("NOW"));
    }

    [Fact]
    public void Hashes_are_lower_case_hex_of_utf8()
    {
        // Spec 17.4.6 examples for "abc".
        Assert.Equal(S("900150983cd24fb0d6963f7d28e17f72"), Call("MD5", S("abc")));
        Assert.Equal(S("a9993e364706816aba3e25717850c26c9cd0d89d"), Call("SHA1", S("abc")));
        Assert.Equal(S("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), Call("SHA256", S("abc")));
        Assert.Equal(
            S("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
            Call("SHA384", S("abc")));
        Assert.Equal(
            S("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
            Call("SHA512", S("abc")));
        Assert.Equal(Call("MD5", S("abc")), Call("MD5", Typed("abc", "string")));
        Assert.Null(Call("MD5", Lang("abc", "en")));
    }

    [Fact]
    public void Casts_follow_the_cast_test_suite()
    {
        // Values from sparql11/cast/*.srx of the W3C suite.
        Assert.Equal(Literal.Integer(1), Call(Xsd + "integer", Bool(true)));
        Assert.Equal(Literal.Integer(-7), Call(Xsd + "integer", Flt("-7.875")));
        Assert.Equal(Literal.Integer(-2), Call(Xsd + "integer", Dec("-2.5")));
        Assert.Equal(Literal.Integer(13), Call(Xsd + "integer", S("13")));
        Assert.Null(Call(Xsd + "integer", S("+33.3300")));
        Assert.Null(Call(Xsd + "integer", S("1E0")));
        Assert.Null(Call(Xsd + "integer", I("http://example.org/z")));

        Assert.Equal(S("http://example.org/z"), Call(Xsd + "string", I("http://example.org/z")));
        Assert.Equal(S("false"), Call(Xsd + "string", Typed("0", "boolean")));
        Assert.Equal(S("0"), Call(Xsd + "string", Dec("0.0")));
        Assert.Equal(S("-1"), Call(Xsd + "string", Dec("-1.0")));
        Assert.Equal(S("1"), Call(Xsd + "string", Dbl("1E0")));
        Assert.Equal(S("1.25"), Call(Xsd + "string", Flt("1.25")));
        Assert.Equal(S("+33.3300"), Call(Xsd + "string", S("+33.3300")));

        Assert.Equal(Bool(false), Call(Xsd + "boolean", S("0")));
        Assert.Equal(Bool(true), Call(Xsd + "boolean", Dbl("1E0")));
        Assert.Null(Call(Xsd + "boolean", S("string")));

        var d = Assert.IsType<Literal>(Call(Xsd + "double", S("-10.2E3")));
        Assert.Equal(Vocab.Xsd.Double, d.Datatype);
        Assert.True(Graph.Sparql.Functions.Operators.ValueEquals(d, Dbl("-1.02E4")));
        Assert.Equal(Dec("33.33"), Call(Xsd + "decimal", S("+33.3300")));
        Assert.Null(Call(Xsd + "decimal", S("-10.2E3")));
        Assert.Equal(DateTime("2002-10-10T17:00:00Z"), Call(Xsd + "dateTime", S("2002-10-10T17:00:00Z")));
        Assert.Null(Call(Xsd + "dateTime", S("string")));
        Assert.Equal(DateTime("2002-10-10T00:00:00-05:00"), Call(Xsd + "dateTime", Typed("2002-10-10-05:00", "date")));
        Assert.Equal(DateTime("-0044-03-15T00:00:00"), Call(Xsd + "dateTime", Typed("-0044-03-15", "date")));
    }
}
