using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.NTriples;

public sealed class NTriplesWriterTests
{
    private static readonly Iri S = Iri.Parse("http://example/s");
    private static readonly Iri P = Iri.Parse("http://example/p");

    [Fact]
    public void Writes_one_canonical_line_per_triple()
    {
        var text = Write(
            new Triple(S, P, Iri.Parse("http://example/o")),
            new Triple(new BlankNode("b1"), P, Literal.LangString("chat", "EN-GB", "ltr")),
            new Triple(S, P, Literal.Typed("42", Vocab.Xsd.Integer)),
            new Triple(S, P, new Literal("plain", Vocab.Xsd.String)));

        Assert.Equal(
            "<http://example/s> <http://example/p> <http://example/o> .\n" +
            "_:b1 <http://example/p> \"chat\"@en-gb--ltr .\n" +
            "<http://example/s> <http://example/p> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
            "<http://example/s> <http://example/p> \"plain\" .\n",
            text);
    }

    [Fact]
    public void Escapes_only_what_the_canonical_form_requires()
    {
        var text = Write(new Triple(S, P, Literal.String("q\" b\\ n\n r\r t\t b\b f\f nul\0 us\u001F del\u007F fffe\uFFFE é 🦄 '")));

        Assert.Equal(
            "<http://example/s> <http://example/p> \"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f nul\\u0000 us\\u001F del\\u007F fffe\\uFFFE é 🦄 '\" .\n",
            text);
    }

    [Fact]
    public void Writes_triple_terms_with_the_rdf12_brackets()
    {
        var inner = new TripleTerm(new Triple(S, P, Literal.String("o")));

        Assert.Equal(
            "<http://example/s> <http://example/p> <<( <http://example/s> <http://example/p> <<( <http://example/s> <http://example/p> \"o\" )>> )>> .\n",
            Write(new Triple(S, P, new TripleTerm(new Triple(S, P, inner)))));
    }

    // Built in code: lone surrogates do not survive being serialised as test-case data.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_string_with_a_lone_surrogate_is_refused_and_leaves_no_partial_line(int which)
    {
        var lexical = new[] { "\uD800 alone", "ends with \uDBFF", "\uDC00 low first" }[which];
        const string reason = "lone surrogate";
        var output = new StringWriter();
        var writer = new NTriplesWriter(output);
        writer.HandleTriple(new Triple(S, P, Literal.String("before")));

        var error = Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(S, P, Literal.String(lexical))));
        writer.HandleTriple(new Triple(S, P, Literal.String("after")));
        writer.EndRdf();

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("<http://example/s> <http://example/p> \"before\" .\n<http://example/s> <http://example/p> \"after\" .\n", output.ToString());
    }

    [Theory]
    [InlineData("http://example/a b")]
    [InlineData("http://example/a>b")]
    [InlineData("http://example/a\nb")]
    [InlineData("http://example/{x}")]
    [InlineData("relative/path")]
    [InlineData("")]
    public void An_iri_that_iriref_cannot_carry_is_refused(string value)
    {
        var writer = new NTriplesWriter(new StringWriter());

        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(Iri.FromTrusted(value), P, S)));
        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(S, P, Literal.Typed("x", Iri.FromTrusted(value)))));
    }

    [Fact]
    public void An_iri_with_a_lone_surrogate_is_refused()
    {
        var writer = new NTriplesWriter(new StringWriter());

        var error = Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(Iri.FromTrusted("http://example/\uD800x"), P, S)));
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_language_tags_directions_and_literal_subjects_are_refused()
    {
        var writer = new NTriplesWriter(new StringWriter());

        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(S, P, Literal.LangString("x", "en us"))));
        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(S, P, Literal.LangString("x", "en", "up"))));
        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(Literal.String("s"), P, S)));
        Assert.Throws<RdfWriteException>(() => writer.HandleTriple(new Triple(S, P, Literal.Typed("x", Vocab.Rdf.LangString))));
    }

    [Fact]
    public void A_quad_in_a_named_graph_is_refused_by_ntriples_and_written_by_nquads()
    {
        var quad = new Quad(S, P, Literal.String("o"), Iri.Parse("http://example/g"));
        var output = new StringWriter();
        var nquads = new NQuadsWriter(output);

        nquads.HandleQuad(quad);
        nquads.HandleQuad(new Quad(S, P, Literal.String("o"), new BlankNode("g")));
        nquads.HandleTriple(new Triple(S, P, Literal.String("o")));
        nquads.EndRdf();

        Assert.Throws<RdfWriteException>(() => new NTriplesWriter(new StringWriter()).HandleQuad(quad));
        Assert.Equal(
            "<http://example/s> <http://example/p> \"o\" <http://example/g> .\n" +
            "<http://example/s> <http://example/p> \"o\" _:g .\n" +
            "<http://example/s> <http://example/p> \"o\" .\n",
            output.ToString());
    }

    [Fact]
    public void Blank_node_labels_that_are_not_valid_are_relabelled_without_collisions()
    {
        Triple[] triples =
        [
            new(new BlankNode("has space"), P, new BlankNode("ends.")),
            new(new BlankNode("x_0041"), P, new BlankNode("A")),
            new(new BlankNode("-lead"), P, new BlankNode("ok.inside")),
        ];

        var back = ReadBack(Write(triples));

        Assert.True(GraphIsomorphism.AreIsomorphic(triples, back), GraphIsomorphism.Difference(triples, back));
        Assert.Contains("_:ok.inside", Write(triples), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_strings_and_iris_read_back_as_the_same_graph()
    {
        string[] hostile = ["\"", "\\", "\n\r\t", "\"\"\"", "'''", "> <", "#", "@en", "^^", " . ", "\u0000\u0001\u001F\u007F", "\u2028\u2029\uFEFF", "🦄👩‍👩‍👧", "\uFFFE\uFFFF", string.Empty];
        var triples = hostile.Select((h, i) => new Triple(
            Iri.Parse($"http://example/s{i}?q=%22é🦄#frag"),
            P,
            i % 2 == 0 ? Literal.String(h) : Literal.LangString(h, "zh-Hant-TW"))).ToList();

        var back = ReadBack(Write([.. triples]));

        Assert.True(GraphIsomorphism.AreIsomorphic(triples, back), GraphIsomorphism.Difference(triples, back));
    }

    [Fact]
    public void The_registry_creates_the_writers()
    {
        Assert.IsType<NTriplesWriter>(RdfFormats.CreateWriter(RdfFormat.NTriples, new StringWriter()));
        Assert.IsType<NQuadsWriter>(RdfFormats.CreateWriter(RdfFormat.NQuads, new StringWriter()));
    }

    private static string Write(params Triple[] triples)
    {
        var output = new StringWriter();
        var writer = new NTriplesWriter(output);
        foreach (var triple in triples)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
        return output.ToString();
    }

    private static List<Triple> ReadBack(string text)
    {
        var sink = new CollectingSink();
        new NTriplesReader().Read(new StringReader(text), sink);
        return sink.Quads.Select(q => q.Triple).ToList();
    }
}
