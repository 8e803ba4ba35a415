using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.RdfXml;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.RdfXml;

public sealed class RdfXmlWriterTests
{
    private static readonly Iri Alice = Iri.Parse("http://example.org/people/alice");
    private static readonly Iri Person = Iri.Parse("https://schema.org/Person");
    private static readonly Iri Name = Iri.Parse("https://schema.org/name");
    private static readonly Iri Knows = Iri.Parse("https://schema.org/knows");

    [Fact]
    public void A_typed_subject_is_written_as_a_typed_node_element_with_the_given_prefixes()
    {
        var xml = Write(
            [new Triple(Alice, Vocab.Rdf.Type, Person), new Triple(Alice, Name, Literal.LangString("Alice", "en"))],
            new PrefixMap([("schema", "https://schema.org/")]));

        Assert.Contains("xmlns:schema=\"https://schema.org/\"", xml, StringComparison.Ordinal);
        Assert.Contains("<schema:Person rdf:about=\"http://example.org/people/alice\">", xml, StringComparison.Ordinal);
        Assert.Contains("<schema:name xml:lang=\"en\">Alice</schema:name>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_as_the_same_triples()
    {
        Triple[] triples =
        [
            new(Alice, Vocab.Rdf.Type, Person),
            new(Alice, Name, Literal.String("Alice \"<&>\" \r\n\t 🦄 end")),
            new(Alice, Iri.Parse("http://example.org/v#age"), Literal.Typed("42", Vocab.Xsd.Integer)),
            new(Alice, Knows, Iri.Parse("http://example.org/q?a=1&b=%22x%22")),
            new(Alice, Iri.Parse("http://example.org/says"), new TripleTerm(new Triple(Alice, Knows, Alice))),
            new(Alice, Iri.Parse("http://example.org/motto"), new Literal("salaam", Vocab.Rdf.DirLangString, "ar", "rtl")),
        ];

        var back = ReadBack(Write(triples, null));

        Assert.Equal(triples.ToHashSet(), back.ToHashSet());
    }

    [Fact]
    public void A_blank_node_used_once_is_nested_and_one_used_twice_gets_a_node_id()
    {
        var once = new BlankNode("x");
        var twice = new BlankNode("y");
        var xml = Write(
            [
                new Triple(Alice, Knows, once), new Triple(once, Name, Literal.String("Once")),
                new Triple(Alice, Knows, twice), new Triple(Alice, Iri.Parse("https://schema.org/follows"), twice),
                new Triple(twice, Name, Literal.String("Twice")),
            ],
            null);

        var back = ReadBack(xml);

        Assert.Equal(5, back.Count);
        Assert.DoesNotContain("rdf:nodeID=\"x\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:nodeID=\"y\"", xml, StringComparison.Ordinal);
        var nested = back.Single(t => t.Object == Literal.String("Once")).Subject;
        Assert.Contains(new Triple(Alice, Knows, nested), back);
    }

    [Fact]
    public void A_cycle_of_blank_nodes_is_not_lost()
    {
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        var back = ReadBack(Write([new Triple(a, Knows, b), new Triple(b, Knows, a)], null));

        Assert.Equal(2, back.Count);
    }

    [Fact]
    public void The_same_graph_in_another_order_gives_the_same_document()
    {
        Triple[] triples = [new(Alice, Name, Literal.String("A")), new(Alice, Vocab.Rdf.Type, Person), new(Iri.Parse("http://example.org/b"), Knows, Alice)];

        Assert.Equal(Write(triples, null), Write(triples.Reverse().ToArray(), null));
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xD800)]
    public void Text_xml_cannot_carry_is_refused(int codeUnit)
    {
        var text = "before " + (char)codeUnit + " after";

        Assert.Throws<RdfWriteException>(() => Write([new Triple(Alice, Name, Literal.String(text))], null));
    }

    [Fact]
    public void A_predicate_without_an_xml_name_at_its_end_is_refused()
    {
        Assert.Throws<RdfWriteException>(() => Write([new Triple(Alice, Iri.Parse("http://example.org/1/"), Alice)], null));
    }

    [Fact]
    public void Named_graphs_are_refused()
    {
        var writer = new RdfXmlWriter(new StringWriter());

        Assert.Throws<RdfWriteException>(() => writer.HandleQuad(new Quad(Alice, Knows, Alice, Iri.Parse("http://example.org/g"))));
    }

    private static string Write(IEnumerable<Triple> triples, PrefixMap? prefixes)
    {
        var output = new StringWriter();
        IRdfWriter writer = new RdfXmlWriter(output, new RdfWriterOptions { Prefixes = prefixes });
        writer.StartRdf();
        foreach (var triple in triples)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
        return output.ToString();
    }

    private static List<Triple> ReadBack(string xml)
    {
        var sink = new Collector();
        new RdfXmlReader().Read(new StringReader(xml), sink);
        return sink.Triples;
    }

    private sealed class Collector : IRdfSink
    {
        public List<Triple> Triples { get; } = [];

        public void HandleQuad(in Quad quad) => Triples.Add(quad.Triple);
    }
}
