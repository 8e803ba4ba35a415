using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions;
using static Graph.Sparql.Tests.Functions.T;

namespace Graph.Sparql.Tests.Functions;

public class TermFunctionsTests
{
    [Fact]
    public void Kind_tests_tell_terms_apart()
    {
        Assert.Equal(Bool(true), Call("ISIRI", I("http://example.org/a")));
        Assert.Equal(Bool(true), Call("ISURI", I("http://example.org/a")));
        Assert.Equal(Bool(false), Call("ISIRI", S("http://example.org/a")));
        Assert.Equal(Bool(true), Call("ISBLANK", new BlankNode("b")));
        Assert.Equal(Bool(true), Call("ISLITERAL", Lang("a", "en")));
        Assert.Null(Call("ISLITERAL", [null]));
    }

    [Fact]
    public void IsNumeric_accepts_only_valid_numeric_literals()
    {
        // Spec 17.4.2.4: isNumeric(12) true, isNumeric("12") false, isNumeric("1200"^^xsd:byte) false.
        Assert.Equal(Bool(true), Call("ISNUMERIC", Literal.Integer(12)));
        Assert.Equal(Bool(false), Call("ISNUMERIC", S("12")));
        Assert.Equal(Bool(false), Call("ISNUMERIC", Typed("1200", "byte")));
        Assert.Equal(Bool(true), Call("ISNUMERIC", Typed("120", "byte")));
        Assert.Equal(Bool(true), Call("ISNUMERIC", Dbl("INF")));
    }

    [Fact]
    public void Str_lang_and_datatype_read_the_parts_of_a_term()
    {
        Assert.Equal(S("http://example.org/a"), Call("STR", I("http://example.org/a")));
        Assert.Equal(S("12"), Call("STR", Literal.Integer(12)));
        Assert.Null(Call("STR", new BlankNode("b")));
        Assert.Equal(S("en"), Call("LANG", Lang("chat", "en")));
        Assert.Equal(S(string.Empty), Call("LANG", S("chat")));
        Assert.Equal(Vocab.Xsd.String, Call("DATATYPE", S("chat")));
        Assert.Equal(Vocab.Rdf.LangString, Call("DATATYPE", Lang("chat", "en")));
        Assert.Equal(Vocab.Xsd.Integer, Call("DATATYPE", Literal.Integer(1)));
        Assert.Null(Call("DATATYPE", I("http://example.org/a")));
    }

    [Fact]
    public void Iri_resolves_against_the_base_and_rejects_what_is_not_an_iri()
    {
        var context = Context("http://example.org/dir/doc");
        Assert.Equal(I("http://example.org/dir/x"), CallIn(context, "IRI", S("x")));
        Assert.Equal(I("http://other.org/"), CallIn(context, "URI", S("http://other.org/")));
        Assert.Equal(I("http://other.org/"), CallIn(context, "IRI", I("http://other.org/")));
        Assert.Null(CallIn(context, "IRI", S("not an iri")));
        Assert.Null(CallIn(context, "IRI", Literal.Integer(1)));
        Assert.Null(Call("IRI", S("relative")));
    }

    [Fact]
    public void Bnode_with_a_label_gives_the_same_node_within_a_solution_only()
    {
        var context = Context();
        var first = CallIn(context, "BNODE", S("x"));
        Assert.IsType<BlankNode>(first);
        Assert.Equal(first, CallIn(context, "BNODE", S("x")));
        Assert.NotEqual(first, CallIn(context, "BNODE", S("y")));
        Assert.NotEqual(CallIn(context, "BNODE"), CallIn(context, "BNODE"));
        context.BlankNodesOfSolution.Clear();
        Assert.NotEqual(first, CallIn(context, "BNODE", S("x")));
    }

    [Fact]
    public void Strdt_and_strlang_build_literals_from_simple_literals()
    {
        Assert.Equal(Literal.Integer(123), Call("STRDT", S("123"), Vocab.Xsd.Integer));
        Assert.Equal(Literal.Typed("iiii", I("http://example/romanNumeral")), Call("STRDT", S("iiii"), I("http://example/romanNumeral")));
        Assert.Null(Call("STRDT", Lang("123", "en"), Vocab.Xsd.Integer));
        Assert.Equal(Lang("chat", "en"), Call("STRLANG", S("chat"), S("en")));
        Assert.Null(Call("STRLANG", Lang("chat", "fr"), S("en")));
        Assert.Null(Call("STRLANG", S("chat"), S(string.Empty)));
    }

    [Fact]
    public void Uuid_gives_fresh_urn_iris_and_struuid_fresh_strings()
    {
        var uuid = Assert.IsType<Iri>(Call("UUID"));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", uuid.Value);
        Assert.NotEqual(uuid, Call("UUID"));
        var text = Assert.IsType<Literal>(Call("STRUUID"));
        Assert.Equal(Vocab.Xsd.String, text.Datatype);
        Assert.Equal(36, text.LexicalForm.Length);
    }

    [Fact]
    public void SameTerm_is_identity_not_value_equality()
    {
        Assert.Equal(Bool(false), Call("SAMETERM", Literal.Integer(1), Int("01")));
        Assert.Equal(Bool(true), Call("SAMETERM", Int("01"), Int("01")));
    }

    [Fact]
    public void Unknown_names_and_arities_are_reported()
    {
        Assert.False(BuiltInFunctions.TryGet("NOSUCH", out _));
        Assert.True(BuiltInFunctions.TryGetArity("SUBSTR", out var min, out var max));
        Assert.Equal((2, 3), (min, max));
        Assert.True(BuiltInFunctions.TryGetArity(Xsd + "integer", out min, out max));
        Assert.Equal((1, 1), (min, max));
    }
}
