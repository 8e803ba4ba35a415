using Graph.Rdf;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions;

// Expected values are the examples of SPARQL 1.1 Query section 17.4.3.
public class StringFunctionsTests
{
    [Fact]
    public void Strlen_counts_code_points_not_utf16_units()
    {
        Assert.Equal(Literal.Integer(6), Call("STRLEN", S("chat\U0001F600s")));
        Assert.Equal(Literal.Integer(6), Call("STRLEN", Lang("chaton", "fr")));
        Assert.Null(Call("STRLEN", I("http://example.org/")));
    }

    [Fact]
    public void Substr_follows_the_spec_examples()
    {
        Assert.Equal(S("bar"), Call("SUBSTR", S("foobar"), Literal.Integer(4)));
        Assert.Equal(Lang("bar", "en"), Call("SUBSTR", Lang("foobar", "en"), Literal.Integer(4)));
        Assert.Equal(S("b"), Call("SUBSTR", S("foobar"), Literal.Integer(4), Literal.Integer(1)));
        Assert.Equal(Lang("b", "en"), Call("SUBSTR", Lang("foobar", "en"), Literal.Integer(4), Literal.Integer(1)));
    }

    [Fact]
    public void Substr_rounds_positions_like_xpath()
    {
        // fn:substring("12345", 1.5, 2.6) = "234"; fn:substring("12345", 0, 3) = "12"
        Assert.Equal(S("234"), Call("SUBSTR", S("12345"), Dec("1.5"), Dec("2.6")));
        Assert.Equal(S("12"), Call("SUBSTR", S("12345"), Literal.Integer(0), Literal.Integer(3)));
        Assert.Null(Call("SUBSTR", S("12345"), S("1")));
    }

    [Fact]
    public void Ucase_and_lcase_keep_the_language_tag()
    {
        Assert.Equal(S("FOO"), Call("UCASE", S("foo")));
        Assert.Equal(Lang("FOO", "en"), Call("UCASE", Lang("foo", "en")));
        Assert.Equal(S("bar"), Call("LCASE", S("BAR")));
        Assert.Equal(Lang("bar", "en"), Call("LCASE", Lang("BAR", "en")));
    }

    [Fact]
    public void Strstarts_strends_and_contains_check_argument_compatibility()
    {
        Assert.Equal(Bool(true), Call("STRSTARTS", S("foobar"), S("foo")));
        Assert.Equal(Bool(true), Call("STRSTARTS", Lang("foobar", "en"), Lang("foo", "en")));
        Assert.Equal(Bool(true), Call("STRSTARTS", Lang("foobar", "en"), S("foo")));
        Assert.Equal(Bool(true), Call("STRENDS", S("foobar"), S("bar")));
        Assert.Equal(Bool(true), Call("CONTAINS", S("foobar"), S("bar")));
        Assert.Equal(Bool(false), Call("CONTAINS", S("foobar"), S("xyz")));

        // "abc" with "b"@cy, and "abc"@en with "b"@cy, are not argument compatible.
        Assert.Null(Call("STRSTARTS", S("abc"), Lang("a", "cy")));
        Assert.Null(Call("CONTAINS", Lang("abc", "en"), Lang("b", "cy")));
    }

    [Fact]
    public void Strbefore_follows_the_spec_examples()
    {
        Assert.Equal(S("a"), Call("STRBEFORE", S("abc"), S("b")));
        Assert.Equal(Lang("a", "en"), Call("STRBEFORE", Lang("abc", "en"), S("bc")));
        Assert.Null(Call("STRBEFORE", Lang("abc", "en"), Lang("b", "cy")));
        Assert.Equal(S(string.Empty), Call("STRBEFORE", Typed("abc", "string"), S(string.Empty)));
        Assert.Equal(S(string.Empty), Call("STRBEFORE", S("abc"), S("xyz")));
        Assert.Equal(Lang(string.Empty, "en"), Call("STRBEFORE", Lang("abc", "en"), Lang(string.Empty, "en")));
        Assert.Equal(Lang(string.Empty, "en"), Call("STRBEFORE", Lang("abc", "en"), S(string.Empty)));
    }

    [Fact]
    public void Strafter_follows_the_spec_examples()
    {
        Assert.Equal(S("c"), Call("STRAFTER", S("abc"), S("b")));
        Assert.Equal(Lang("c", "en"), Call("STRAFTER", Lang("abc", "en"), S("ab")));
        Assert.Null(Call("STRAFTER", Lang("abc", "en"), Lang("b", "cy")));
        Assert.Equal(S("abc"), Call("STRAFTER", Typed("abc", "string"), S(string.Empty)));
        Assert.Equal(S(string.Empty), Call("STRAFTER", S("abc"), S("xyz")));
        Assert.Equal(Lang("abc", "en"), Call("STRAFTER", Lang("abc", "en"), Lang(string.Empty, "en")));
        Assert.Equal(Lang("abc", "en"), Call("STRAFTER", Lang("abc", "en"), S(string.Empty)));
    }

    [Fact]
    public void Encode_for_uri_percent_encodes_utf8_except_unreserved_characters()
    {
        Assert.Equal(S("Los%20Angeles"), Call("ENCODE_FOR_URI", S("Los Angeles")));
        Assert.Equal(S("Los%20Angeles"), Call("ENCODE_FOR_URI", Lang("Los Angeles", "en")));
        Assert.Equal(S("caf%C3%A9-_.~"), Call("ENCODE_FOR_URI", S("café-_.~")));
    }

    [Fact]
    public void Concat_keeps_a_language_tag_only_when_all_arguments_share_it()
    {
        Assert.Equal(S("foobar"), Call("CONCAT", S("foo"), S("bar")));
        Assert.Equal(Lang("foobar", "en"), Call("CONCAT", Lang("foo", "en"), Lang("bar", "en")));
        Assert.Equal(S("foobar"), Call("CONCAT", Typed("foo", "string"), Typed("bar", "string")));
        Assert.Equal(S("foobar"), Call("CONCAT", S("foo"), Lang("bar", "en")));
        Assert.Equal(S("foobar"), Call("CONCAT", Lang("foo", "en"), Typed("bar", "string")));
        Assert.Equal(S(string.Empty), Call("CONCAT"));
        Assert.Null(Call("CONCAT", S("a"), Literal.Integer(1)));
    }

    [Fact]
    public void LangMatches_uses_basic_filtering()
    {
        Assert.Equal(Bool(true), Call("LANGMATCHES", S("en"), S("EN")));
        Assert.Equal(Bool(true), Call("LANGMATCHES", S("en-US"), S("en")));
        Assert.Equal(Bool(false), Call("LANGMATCHES", S("english"), S("en")));
        Assert.Equal(Bool(true), Call("LANGMATCHES", S("fr"), S("*")));
        Assert.Equal(Bool(false), Call("LANGMATCHES", S(string.Empty), S("*")));
    }

    [Fact]
    public void Regex_matches_with_flags()
    {
        Assert.Equal(Bool(true), Call("REGEX", S("Alice"), S("^ali"), S("i")));
        Assert.Equal(Bool(false), Call("REGEX", S("Alice"), S("^ali")));
        Assert.Equal(Bool(true), Call("REGEX", Lang("Alice", "en"), S("ice$")));
        Assert.Equal(Bool(true), Call("REGEX", S("a.b"), S("."), S("q")));
        Assert.Equal(Bool(false), Call("REGEX", S("ab"), S("a.b"), S("q")));
        Assert.Equal(Bool(true), Call("REGEX", S("abc"), S("a b c"), S("x")));
        Assert.Null(Call("REGEX", S("abc"), S("a"), S("z")));
        Assert.Null(Call("REGEX", S("abc"), S("(")));
        Assert.Null(Call("REGEX", I("http://example.org/"), S("x")));
    }

    [Fact]
    public void Regex_dot_and_dollar_have_their_xpath_meaning()
    {
        // Without 's', '.' matches neither \n nor \r; '$' matches only at the very end without 'm'.
        Assert.Equal(Bool(false), Call("REGEX", S("a\nb"), S("a.b")));
        Assert.Equal(Bool(false), Call("REGEX", S("a\rb"), S("a.b")));
        Assert.Equal(Bool(true), Call("REGEX", S("a\nb"), S("a.b"), S("s")));
        Assert.Equal(Bool(false), Call("REGEX", S("ab\n"), S("b$")));
        Assert.Equal(Bool(true), Call("REGEX", S("ab\ncd"), S("b$"), S("m")));
    }

    [Fact]
    public void Replace_follows_the_spec_examples()
    {
        Assert.Equal(S("aZcd"), Call("REPLACE", S("abcd"), S("b"), S("Z")));
        Assert.Equal(S("aZaZ"), Call("REPLACE", S("abab"), S("B"), S("Z"), S("i")));
        Assert.Equal(S("aZ"), Call("REPLACE", S("abab"), S("B.*"), S("Z"), S("i")));
        Assert.Equal(Lang("a*cd", "en"), Call("REPLACE", Lang("abcd", "en"), S("b"), S("*")));
    }

    [Fact]
    public void Replace_expands_group_references_and_rejects_empty_matches()
    {
        // fn:replace("abracadabra", "a(.)", "a$1$1") = "abbraccaddabbra"
        Assert.Equal(S("abbraccaddabbra"), Call("REPLACE", S("abracadabra"), S("a(.)"), S("a$1$1")));
        Assert.Equal(S("$x"), Call("REPLACE", S("x"), S("x"), S("\\$x")));
        Assert.Null(Call("REPLACE", S("abracadabra"), S(".*?"), S("$1")));
        Assert.Null(Call("REPLACE", S("abc"), S("b"), S("$")));
    }
}
