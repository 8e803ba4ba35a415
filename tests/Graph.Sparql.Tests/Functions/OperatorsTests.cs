using Graph.Rdf;
using Graph.Sparql.Functions;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions;

public class OperatorsTests
{
    [Fact]
    public void Effective_boolean_value_follows_section_17_2_2()
    {
        Assert.True(Operators.EffectiveBooleanValue(Bool(true)));
        Assert.False(Operators.EffectiveBooleanValue(Typed("maybe", "boolean")));
        Assert.False(Operators.EffectiveBooleanValue(S(string.Empty)));
        Assert.True(Operators.EffectiveBooleanValue(S("x")));
        Assert.True(Operators.EffectiveBooleanValue(Lang("x", "en")));
        Assert.False(Operators.EffectiveBooleanValue(Literal.Integer(0)));
        Assert.False(Operators.EffectiveBooleanValue(Dbl("NaN")));
        Assert.True(Operators.EffectiveBooleanValue(Dec("0.1")));
        Assert.False(Operators.EffectiveBooleanValue(Int("abc")));
        Assert.Null(Operators.EffectiveBooleanValue(I("http://example.org/")));
        Assert.Null(Operators.EffectiveBooleanValue(DateTime("2011-01-10T14:45:13Z")));
        Assert.Null(Operators.EffectiveBooleanValue(null));
    }

    [Fact]
    public void Equality_compares_values_across_numeric_types()
    {
        Assert.True(Operators.ValueEquals(Literal.Integer(1), Dec("1.0")));
        Assert.True(Operators.ValueEquals(Int("01"), Dbl("1E0")));
        Assert.True(Operators.ValueEquals(Typed("1", "byte"), Literal.Integer(1)));
        Assert.False(Operators.ValueEquals(Literal.Integer(1), Literal.Integer(2)));
        Assert.False(Operators.ValueEquals(Dbl("NaN"), Dbl("NaN")) ?? true);
    }

    [Fact]
    public void Equality_of_unknown_datatypes_is_term_equality_or_a_type_error()
    {
        var a = Literal.Typed("a", I("http://example.org/t"));
        var b = Literal.Typed("b", I("http://example.org/t"));
        Assert.True(Operators.ValueEquals(a, a));
        Assert.Null(Operators.ValueEquals(a, b));
        Assert.Null(Operators.ValueNotEquals(a, b));
        Assert.Null(Operators.ValueEquals(Int("x"), Literal.Integer(1)));
        Assert.Null(Operators.ValueEquals(S("xyz"), Int("xyz")));
    }

    [Fact]
    public void A_language_tagged_string_is_unequal_to_any_untagged_literal()
    {
        // open-eq-08 of the W3C suite: "xyz"@en != "xyz"^^xsd:integer and != "xyz"^^:unknown are true.
        Assert.False(Operators.ValueEquals(Lang("xyz", "en"), Int("xyz")));
        Assert.False(Operators.ValueEquals(Lang("xyz", "en"), Literal.Typed("xyz", I("http://example/unknown"))));
        Assert.True(Operators.ValueNotEquals(Lang("xyz", "en"), S("xyz")));
    }

    [Fact]
    public void Equality_of_different_known_value_spaces_is_false()
    {
        Assert.False(Operators.ValueEquals(S("1"), Literal.Integer(1)));
        Assert.False(Operators.ValueEquals(S("xyz"), Lang("xyz", "en")));
        Assert.True(Operators.ValueEquals(Lang("xyz", "en"), Lang("xyz", "EN")));
        Assert.False(Operators.ValueEquals(I("http://example.org/a"), S("http://example.org/a")));
        Assert.True(Operators.ValueEquals(I("http://example.org/a"), I("http://example.org/a")));
        Assert.True(Operators.ValueEquals(S("a"), Typed("a", "string")));
    }

    [Fact]
    public void Date_times_compare_on_the_timeline()
    {
        Assert.True(Operators.ValueEquals(DateTime("2002-10-10T12:00:00-05:00"), DateTime("2002-10-10T17:00:00Z")));
        Assert.True(Operators.LessThan(DateTime("2002-10-10T12:00:00Z"), DateTime("2002-10-10T17:00:00Z")));
        // One with a timezone and one without, within 14 hours: indeterminate, hence an error.
        Assert.Null(Operators.CompareValues(DateTime("2002-10-10T12:00:00Z"), DateTime("2002-10-10T12:00:00")));
        Assert.Equal(-1, Operators.CompareValues(DateTime("2002-10-09T12:00:00Z"), DateTime("2002-10-10T12:00:00")));
    }

    [Fact]
    public void Ordering_operators_compare_strings_booleans_and_numbers()
    {
        Assert.True(Operators.LessThan(S("abc"), S("abd")));
        Assert.True(Operators.LessThan(Bool(false), Bool(true)));
        Assert.True(Operators.GreaterThanOrEqual(Dbl("2.5"), Literal.Integer(2)));
        Assert.Null(Operators.LessThan(S("1"), Literal.Integer(2)));
        Assert.Null(Operators.LessThan(I("http://a/"), I("http://b/")));
        Assert.Null(Operators.LessThan(Lang("a", "en"), Lang("b", "en")));
    }

    [Fact]
    public void Arithmetic_promotes_numeric_types()
    {
        Assert.Equal(Literal.Integer(3), Operators.Add(Literal.Integer(1), Typed("2", "short")));
        Assert.Equal(Dec("3.5"), Operators.Add(Literal.Integer(1), Dec("2.5")));
        Assert.Equal(Dbl("3.5E0"), Operators.Add(Flt("1"), Dbl("2.5")));
        Assert.Equal(Flt("3.5E0"), Operators.Add(Flt("1"), Dec("2.5")));
        Assert.Equal(Dec("1.5"), Operators.Divide(Literal.Integer(3), Literal.Integer(2)));
        Assert.Equal(Literal.Integer(-6), Operators.Multiply(Literal.Integer(2), Literal.Integer(-3)));
        Assert.Equal(Literal.Integer(-1), Operators.Subtract(Literal.Integer(2), Literal.Integer(3)));
        Assert.Equal(Literal.Integer(-2), Operators.Negate(Literal.Integer(2)));
        Assert.Null(Operators.Plus(S("2")));
    }

    [Fact]
    public void Division_by_zero_is_an_error_for_exact_types_and_infinity_for_doubles()
    {
        Assert.Null(Operators.Divide(Literal.Integer(1), Literal.Integer(0)));
        Assert.Null(Operators.Divide(Dec("1.0"), Dec("0.0")));
        Assert.Equal(Dbl("INF"), Operators.Divide(Dbl("1"), Dbl("0")));
        Assert.Null(Operators.Add(S("1"), Literal.Integer(1)));
        Assert.Null(Operators.Add(Literal.Integer(1), null));
    }

    [Fact]
    public void In_is_true_on_a_match_and_an_error_when_only_errors_remain()
    {
        var unknown = Literal.Typed("x", I("http://example.org/t"));
        Assert.True(Operators.In(Literal.Integer(2), [Literal.Integer(1), Dec("2.0")]));
        Assert.False(Operators.In(Literal.Integer(2), []));
        Assert.False(Operators.In(Literal.Integer(2), [Literal.Integer(1), S("2")]));
        Assert.Null(Operators.In(unknown, [Literal.Typed("y", I("http://example.org/t"))]));
        Assert.True(Operators.In(unknown, [Literal.Typed("y", I("http://example.org/t")), unknown]));
        Assert.True(Operators.NotIn(Literal.Integer(2), [Literal.Integer(1)]));
    }

    [Fact]
    public void Order_by_puts_unbound_then_blank_nodes_then_iris_then_literals()
    {
        Term?[] terms = [S("b"), Literal.Integer(10), null, I("http://example.org/b"), new BlankNode("x"), Literal.Integer(9), I("http://example.org/a"), S("a")];
        var sorted = terms.Order(Comparer<Term?>.Create(Operators.CompareForOrderBy)).ToList();
        Assert.Null(sorted[0]);
        Assert.IsType<BlankNode>(sorted[1]);
        Assert.Equal(I("http://example.org/a"), sorted[2]);
        Assert.Equal(I("http://example.org/b"), sorted[3]);
        Assert.Equal(Literal.Integer(9), sorted[4]);
        Assert.Equal(Literal.Integer(10), sorted[5]);
        Assert.Equal(S("a"), sorted[6]);
        Assert.Equal(S("b"), sorted[7]);
    }

    [Fact]
    public void Code_point_order_puts_supplementary_characters_after_the_bmp()
    {
        Assert.True(Operators.CompareCodePoints("\U0001F600", "\uFFFD") > 0);
        Assert.True(Operators.CompareCodePoints("a", "ab") < 0);
    }
}
