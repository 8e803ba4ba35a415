using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests.Export;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines\r\tend", @"'two\nlines\r\tend'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("x'}) DETACH DELETE n //", @"'x\'}) DETACH DELETE n //'")]
    [InlineData("Größe 😀", "'Größe 😀'")]
    public void Strings_are_quoted_with_every_dangerous_character_escaped(string value, string expected) =>
        Assert.Equal(expected, CypherLiteral.Of(value));

    [Fact]
    public void A_lone_surrogate_is_escaped_rather_than_written_as_invalid_UTF_8() =>
        Assert.Equal(@"'a\uD800b'", CypherLiteral.Of("a\uD800b"));

    [Fact]
    public void Numbers_booleans_and_temporal_values_have_their_Cypher_forms()
    {
        Assert.Equal("-42", CypherLiteral.Of(-42L));
        Assert.Equal("1.0", CypherLiteral.Of(1.0));
        Assert.Equal("2.5", CypherLiteral.Of(2.5));
        Assert.Equal("1E+300", CypherLiteral.Of(1e300));
        Assert.Equal("toFloat('NaN')", CypherLiteral.Of(double.NaN));
        Assert.Equal("toFloat('-Infinity')", CypherLiteral.Of(double.NegativeInfinity));
        Assert.Equal("true", CypherLiteral.Of(true));
        Assert.Equal("null", CypherLiteral.Of(null));
        Assert.Equal("date('2015-11-22')", CypherLiteral.Of(new DateOnly(2015, 11, 22)));
        Assert.Equal("datetime('2015-11-22T10:30:00+01:00')", CypherLiteral.Of(new DateTimeOffset(2015, 11, 22, 10, 30, 0, TimeSpan.FromHours(1))));
        Assert.Equal("localdatetime('2015-11-22T10:30:00.5')", CypherLiteral.Of(new DateTime(2015, 11, 22, 10, 30, 0, 500)));
    }

    [Fact]
    public void Lists_and_maps_nest_with_quoted_keys()
    {
        var map = new Dictionary<string, object?> { ["name"] = new List<object> { "a", "b" }, ["odd key`"] = 1L };

        Assert.Equal("{`name`: ['a', 'b'], `odd key```: 1}", CypherLiteral.Of(map));
    }
}
