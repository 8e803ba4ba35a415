using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.JsonLd;

public sealed class JsonLdWriterTests
{
    private static readonly Iri Alice = Iri.Parse("https://example.org/people/alice");
    private static readonly Iri Name = Iri.Parse("https://schema.org/name");
    private static readonly Iri Knows = Iri.Parse("https://schema.org/knows");
    private static readonly Iri Person = Iri.Parse("https://schema.org/Person");

    private static readonly Quad[] Sample =
    [
        new(Alice, Vocab.Rdf.Type, Person, null),
        new(Alice, Name, Literal.String("Alice"), null),
        new(Alice, Name, Literal.LangString("Alicia", "es"), null),
        new(Alice, Knows, new BlankNode("bob"), null),
        new(new BlankNode("bob"), Name, Literal.String("Bob"), null),
        new(new BlankNode("bob"), Iri.Parse("https://schema.org/age"), Literal.Integer(42), Iri.Parse("https://example.org/graphs/1")),
    ];

    private static string Write(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        var output = new StringWriter();
        var writer = RdfFormats.CreateWriter(RdfFormat.JsonLd, output, options);
        writer.StartRdf();
        foreach (var quad in quads)
        {
            writer.HandleQuad(quad);
        }

        writer.EndRdf();
        return output.ToString();
    }

    private static List<Quad> ReadBack(string json)
    {
        var sink = new CollectingSink();
        new JsonLdReader().Read(new StringReader(json), sink);
        return sink.Quads;
    }

    [Fact]
    public void Expanded_output_uses_full_IRIs_and_reads_back_as_the_same_dataset()
    {
        var json = Write(Sample);

        Assert.DoesNotContain("@context", json, StringComparison.Ordinal);
        Assert.Contains("\"https://schema.org/name\"", json, StringComparison.Ordinal);
        Assert.Null(GraphIsomorphism.Difference(Sample, ReadBack(json)));
    }

    [Fact]
    public void Compacted_output_uses_the_context_terms_and_prefixes_and_reads_back_as_the_same_dataset()
    {
        const string context = """{"@context": {"schema": "https://schema.org/", "name": "schema:name", "knows": {"@id": "schema:knows", "@type": "@id"}}}""";

        var json = Write(Sample, new RdfWriterOptions { JsonLdContext = context });

        Assert.Contains("\"@context\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": [\n", json, StringComparison.Ordinal);
        Assert.Contains("\"Alice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schema:Person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schema:age\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("https://schema.org/name", json, StringComparison.Ordinal);
        Assert.Null(GraphIsomorphism.Difference(Sample, ReadBack(json)));
    }

    [Fact]
    public void Compacted_output_writes_IRIs_relative_to_the_base()
    {
        var quads = new[] { new Quad(Alice, Name, Literal.String("Alice"), null) };

        var json = Write(quads, new RdfWriterOptions { JsonLdContext = """{"name": "https://schema.org/name"}""", BaseIri = Iri.Parse("https://example.org/people/") });

        Assert.Contains("\"@id\": \"alice\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rdf_list_is_written_as_a_list_object()
    {
        var head = new BlankNode("l1");
        var second = new BlankNode("l2");
        var quads = new[]
        {
            new Quad(Alice, Knows, head, null),
            new Quad(head, Vocab.Rdf.First, Literal.String("a"), null),
            new Quad(head, Vocab.Rdf.Rest, second, null),
            new Quad(second, Vocab.Rdf.First, Literal.String("b"), null),
            new Quad(second, Vocab.Rdf.Rest, Vocab.Rdf.Nil, null),
        };

        var json = Write(quads);

        Assert.Contains("\"@list\"", json, StringComparison.Ordinal);
        Assert.Null(GraphIsomorphism.Difference(quads, ReadBack(json)));
    }

    [Fact]
    public void A_triple_term_cannot_be_written()
    {
        var tripleTerm = new TripleTerm(new Triple(Alice, Name, Literal.String("Alice")));

        Assert.Throws<RdfWriteException>(() => Write([new Quad(Alice, Vocab.Rdf.Reifies, tripleTerm, null)]));
    }

    [Fact]
    public void An_invalid_context_is_reported_as_a_write_error()
    {
        var error = Assert.Throws<RdfWriteException>(() => Write(Sample, new RdfWriterOptions { JsonLdContext = """{"@vocab": 7}""" }));

        Assert.Contains("invalid vocab mapping", error.Message, StringComparison.Ordinal);
    }
}
