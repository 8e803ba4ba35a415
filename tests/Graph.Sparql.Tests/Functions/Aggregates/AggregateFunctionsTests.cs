using Graph.Rdf;
using Graph.Sparql.Functions.Aggregates;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions.Aggregates;

public class AggregateFunctionsTests
{
    private static Term? Fold(string name, bool distinct, params Term?[] values) => FoldWith(name, distinct, null, values);

    private static Term? FoldWith(string name, bool distinct, string? separator, params Term?[] values)
    {
        var accumulator = AggregateFunctions.Create(name, distinct, separator);
        foreach (var value in values)
        {
            accumulator.Add(value);
        }

        return accumulator.Result;
    }

    [Fact]
    public void Count_skips_unbound_values_and_counts_distinct_ones_once()
    {
        Assert.Equal(Literal.Integer(3), Fold("COUNT", false, Literal.Integer(1), null, Literal.Integer(1), S("a")));
        Assert.Equal(Literal.Integer(2), Fold("COUNT", true, Literal.Integer(1), null, Literal.Integer(1), S("a")));
        Assert.Equal(Literal.Integer(0), Fold("COUNT", false));
    }

    [Fact]
    public void Sum_and_avg_promote_like_arithmetic()
    {
        // agg-err-01 of the W3C suite: AVG of 1, 2, 3, 4 is 2.5 (decimal); of 1.0, 2.0, 3.0, 4 also.
        Assert.Equal(Dec("2.5"), Fold("AVG", false, Literal.Integer(1), Literal.Integer(2), Literal.Integer(3), Literal.Integer(4)));
        Assert.Equal(Dec("2.5"), Fold("AVG", false, Dec("1.0"), Dec("2.0"), Dec("3.0"), Literal.Integer(4)));
        Assert.Equal(Literal.Integer(10), Fold("SUM", false, Literal.Integer(1), Literal.Integer(2), Literal.Integer(3), Literal.Integer(4)));
        Assert.Equal(Literal.Integer(0), Fold("SUM", false));
        Assert.Equal(Literal.Integer(0), Fold("AVG", false));
        Assert.Equal(Literal.Integer(3), Fold("SUM", true, Literal.Integer(1), Literal.Integer(2), Literal.Integer(2)));
    }

    [Fact]
    public void A_non_numeric_value_makes_sum_and_avg_an_error()
    {
        Assert.Null(Fold("AVG", false, Literal.Integer(1), new BlankNode("b2"), Literal.Integer(3)));
        Assert.Null(Fold("SUM", false, Literal.Integer(1), S("x")));
    }

    [Fact]
    public void Min_and_max_follow_the_order_by_order()
    {
        // agg-err-01: MIN over 1, _:b2, 3, 4 is the blank node (blank nodes sort before literals).
        Assert.IsType<BlankNode>(Fold("MIN", false, Literal.Integer(1), new BlankNode("b2"), Literal.Integer(3)));
        Assert.Equal(Literal.Integer(4), Fold("MAX", false, Literal.Integer(1), new BlankNode("b2"), Literal.Integer(4), Literal.Integer(3)));
        Assert.Equal(Dec("0.5"), Fold("MIN", false, Literal.Integer(1), Dec("0.5"), Dbl("2")));
        Assert.Null(Fold("MAX", false));
    }

    [Fact]
    public void Sample_takes_a_value_and_group_concat_joins_lexical_forms()
    {
        Assert.Equal(Literal.Integer(7), Fold("SAMPLE", false, null, Literal.Integer(7), Literal.Integer(8)));
        Assert.Null(Fold("SAMPLE", false));
        Assert.Equal(S("1:22"), FoldWith("GROUP_CONCAT", false, ":", Literal.Integer(1), Literal.Integer(22)));
        Assert.Equal(S("a b"), Fold("GROUP_CONCAT", false, S("a"), S("b")));
        Assert.Equal(S("a"), Fold("GROUP_CONCAT", true, S("a"), S("a")));
        Assert.Equal(Lang("a-b", "en"), FoldWith("GROUP_CONCAT", false, "-", Lang("a", "en"), Lang("b", "en")));
        Assert.Equal(S("a-b"), FoldWith("GROUP_CONCAT", false, "-", Lang("a", "en"), Lang("b", "fr")));
        Assert.Equal(S(string.Empty), Fold("GROUP_CONCAT", false));
    }

    [Fact]
    public void Unknown_aggregates_are_rejected()
    {
        Assert.True(AggregateFunctions.IsAggregate("GROUP_CONCAT"));
        Assert.False(AggregateFunctions.IsAggregate("STRLEN"));
        Assert.Throws<ArgumentException>(() => AggregateFunctions.Create("MEDIAN", false));
    }
}
