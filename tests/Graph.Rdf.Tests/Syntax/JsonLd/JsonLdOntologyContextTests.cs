using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;
using Graph.Rdf.Vocabularies;
using Graph.Testing;

namespace Graph.Rdf.Tests.Syntax.JsonLd;

/// <summary>The project's own JSON-LD context (ontology/context.jsonld) compacts the project's output and reads back unchanged.</summary>
public sealed class JsonLdOntologyContextTests
{
    private static readonly Iri Reynders = Iri.Parse("https://w3id.org/newskg/resource/person/didier-reynders");
    private static readonly Iri Post = Iri.Parse("https://w3id.org/newskg/resource/post/foreign-minister-belgium");
    private static readonly Iri Belgium = Iri.Parse("https://w3id.org/newskg/resource/country/belgium");
    private static readonly Iri Article = Iri.Parse("https://w3id.org/newskg/resource/article/1");

    private static readonly Quad[] Graph =
    [
        new(Reynders, Vocab.Rdf.Type, Vocab.Schema.Term("Person"), null),
        new(Reynders, Vocab.Schema.Term("name"), Literal.String("Didier Reynders"), null),
        new(Reynders, Vocab.Org.Term("holds"), Post, null),
        new(Post, Vocab.Rdf.Type, Vocab.Org.Term("Post"), null),
        new(Post, Vocab.Schema.Term("name"), Literal.String("Foreign Minister"), null),
        new(Post, Vocab.Org.Term("postIn"), Belgium, null),
        new(Article, Vocab.Schema.Term("datePublished"), Literal.Date(new DateOnly(2026, 11, 27)), null),
        new(Article, Vocab.Schema.Term("mentions"), Reynders, null),
        new(Reynders, Vocab.Prov.Term("wasDerivedFrom"), Article, Article),
    ];

    [Fact]
    public void The_ontology_context_compacts_the_graph_to_its_terms_and_it_reads_back_unchanged()
    {
        var root = SharedData.RepositoryRoot;
        Assert.SkipWhen(root is null, "the repository root (Graph.sln) was not found");
        var context = File.ReadAllText(Path.Combine(root!, "ontology", "context.jsonld"));
        var output = new StringWriter();
        var writer = RdfFormats.CreateWriter(RdfFormat.JsonLd, output, new RdfWriterOptions { JsonLdContext = context });
        foreach (var quad in Graph)
        {
            writer.HandleQuad(quad);
        }

        writer.EndRdf();
        var json = output.ToString();

        Assert.Contains("\"@type\": \"Person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"holds\": \"https://w3id.org/newskg/resource/post/foreign-minister-belgium\"", json, StringComparison.Ordinal);
        Assert.Contains("\"datePublished\": \"2026-11-27\"", json, StringComparison.Ordinal);
        Assert.Contains("\"wasDerivedFrom\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("https://schema.org/name", json, StringComparison.Ordinal);
        var sink = new CollectingSink();
        new JsonLdReader().Read(new StringReader(json), sink);
        Assert.Null(GraphIsomorphism.Difference(Graph, sink.Quads));
    }
}
