using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.RdfXml;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.RdfXml;

public sealed class RdfXmlReaderTests
{
    private const string Prologue = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"
        """;

    private static readonly Iri Alice = Iri.Parse("http://example.org/alice");
    private static readonly Iri Name = Iri.Parse("http://example.org/name");
    private static readonly Iri Knows = Iri.Parse("http://example.org/knows");

    [Fact]
    public void A_description_with_a_property_attribute_gives_a_literal_in_the_language_in_scope()
    {
        var triples = Read(Prologue + """ xml:lang="en"><rdf:Description rdf:about="http://example.org/alice" ex:name="Alice"/></rdf:RDF>""");

        Assert.Equal([new Triple(Alice, Name, Literal.LangString("Alice", "en"))], triples);
    }

    [Fact]
    public void A_typed_node_element_states_its_type_and_resolves_relative_IRIs_against_xml_base()
    {
        var triples = Read(Prologue + """ xml:base="http://example.org/"><ex:Person rdf:about="alice"><ex:knows rdf:resource="bob"/></ex:Person></rdf:RDF>""");

        Assert.Equal(
            [
                new Triple(Alice, Vocab.Rdf.Type, Iri.Parse("http://example.org/Person")),
                new Triple(Alice, Knows, Iri.Parse("http://example.org/bob")),
            ],
            triples);
    }

    [Fact]
    public void A_literal_property_element_takes_its_datatype()
    {
        var triples = Read(Prologue + """><rdf:Description rdf:about="http://example.org/alice"><ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age></rdf:Description></rdf:RDF>""");

        Assert.Equal([new Triple(Alice, Iri.Parse("http://example.org/age"), Literal.Typed("42", Vocab.Xsd.Integer))], triples);
    }

    [Fact]
    public void List_items_are_numbered_per_node_element()
    {
        var triples = Read(Prologue + """><rdf:Seq rdf:about="http://example.org/s"><rdf:li>a</rdf:li><rdf:li>b</rdf:li></rdf:Seq></rdf:RDF>""");

        Assert.Contains(new Triple(Iri.Parse("http://example.org/s"), Iri.Parse(Vocab.Rdf.Namespace + "_1"), Literal.String("a")), triples);
        Assert.Contains(new Triple(Iri.Parse("http://example.org/s"), Iri.Parse(Vocab.Rdf.Namespace + "_2"), Literal.String("b")), triples);
    }

    [Fact]
    public void A_collection_becomes_an_rdf_list()
    {
        var triples = Read(Prologue + """><rdf:Description rdf:about="http://example.org/alice"><ex:knows rdf:parseType="Collection"><rdf:Description rdf:about="http://example.org/bob"/><rdf:Description rdf:about="http://example.org/carol"/></ex:knows></rdf:Description></rdf:RDF>""");

        Assert.Equal(5, triples.Count);
        var head = Assert.IsType<BlankNode>(triples.Single(t => t.Predicate == Knows).Object);
        Assert.Contains(new Triple(head, Vocab.Rdf.First, Iri.Parse("http://example.org/bob")), triples);
        var second = Assert.IsType<BlankNode>(triples.Single(t => t.Subject == head && t.Predicate == Vocab.Rdf.Rest).Object);
        Assert.Contains(new Triple(second, Vocab.Rdf.Rest, Vocab.Rdf.Nil), triples);
    }

    [Fact]
    public void An_xml_literal_is_written_in_exclusive_canonical_form()
    {
        var triples = Read(Prologue + """ xmlns:h="http://www.w3.org/1999/xhtml"><rdf:Description rdf:about="http://example.org/alice"><ex:bio rdf:parseType="Literal"><h:b   class='x'>bold</h:b><br/></ex:bio></rdf:Description></rdf:RDF>""");

        var literal = Assert.IsType<Literal>(Assert.Single(triples).Object);
        Assert.Equal(Vocab.Rdf.XmlLiteral, literal.Datatype);
        Assert.Equal("""<h:b xmlns:h="http://www.w3.org/1999/xhtml" class="x">bold</h:b><br></br>""", literal.LexicalForm);
    }

    [Fact]
    public void A_property_element_with_an_rdf_ID_is_reified()
    {
        var triples = Read(Prologue + """ xml:base="http://example.org/doc"><rdf:Description rdf:about="http://example.org/alice"><ex:name rdf:ID="s1">Alice</ex:name></rdf:Description></rdf:RDF>""");

        var statement = Iri.Parse("http://example.org/doc#s1");
        Assert.Contains(new Triple(statement, Vocab.Rdf.Type, Iri.Parse(Vocab.Rdf.Namespace + "Statement")), triples);
        Assert.Contains(new Triple(statement, Iri.Parse(Vocab.Rdf.Namespace + "object"), Literal.String("Alice")), triples);
        Assert.Equal(5, triples.Count);
    }

    [Fact]
    public void A_triple_parse_type_gives_a_triple_term_that_is_not_asserted()
    {
        var triples = Read(Prologue + """ rdf:version="1.2"><rdf:Description rdf:about="http://example.org/alice"><ex:says rdf:parseType="Triple"><rdf:Description rdf:about="http://example.org/bob"><ex:knows rdf:resource="http://example.org/alice"/></rdf:Description></ex:says></rdf:Description></rdf:RDF>""");

        var expected = new TripleTerm(new Triple(Iri.Parse("http://example.org/bob"), Knows, Alice));
        Assert.Equal([new Triple(Alice, Iri.Parse("http://example.org/says"), expected)], triples);
    }

    [Theory]
    [InlineData("""<rdf:Description rdf:about="http://example.org/a" rdf:nodeID="x"/>""", "at most one")]
    [InlineData("""<rdf:li rdf:about="http://example.org/a"/>""", "node element")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:ID="1x">v</ex:p></rdf:Description>""", "NCName")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/a">text</rdf:Description>""", "text is not allowed")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:resource="http://example.org/b" rdf:nodeID="n"/></rdf:Description>""", "not both")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:bagID="b">v</ex:p></rdf:Description>""", "not allowed")]
    public void Invalid_rdf_xml_is_refused_with_the_place_of_the_error(string body, string expected)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(Prologue + ">\n" + body + "</rdf:RDF>"));

        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
        Assert.Equal("test.rdf", error.SourceName);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Malformed_xml_names_line_and_column()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(Prologue + ">\n<rdf:Description></rdf:RDF>"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("test.rdf:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_bombs_are_refused()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">"))
            + "]>" + Prologue + "><rdf:Description rdf:about=\"http://example.org/a\" ex:p=\"&i;\"/></rdf:RDF>";

        Assert.Throws<RdfSyntaxException>(() => Read(bomb));
    }

    private static List<Triple> Read(string document)
    {
        var sink = new TripleCollector();
        new RdfXmlReader().Read(new StringReader(document), sink, new RdfReaderOptions { SourceName = "test.rdf" });
        return sink.Triples;
    }

    private sealed class TripleCollector : IRdfSink
    {
        public List<Triple> Triples { get; } = [];

        public void HandleQuad(in Quad quad) => Triples.Add(quad.Triple);
    }
}
