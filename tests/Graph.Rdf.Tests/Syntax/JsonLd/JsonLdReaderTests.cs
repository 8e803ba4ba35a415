using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.JsonLd;

public sealed class JsonLdReaderTests
{
    private static List<Quad> Read(string json, RdfReaderOptions? options = null, JsonLdOptions? jsonLd = null)
    {
        var sink = new CollectingSink();
        new JsonLdReader(jsonLd).Read(new StringReader(json), sink, options);
        Assert.True(sink.Started && sink.Ended);
        return sink.Quads;
    }

    [Fact]
    public void A_term_from_the_context_becomes_a_full_IRI_predicate()
    {
        var quads = Read("""{"@context": {"name": "https://schema.org/name"}, "@id": "https://example.org/a", "name": "Ada"}""");

        var quad = Assert.Single(quads);
        Assert.Equal(Iri.Parse("https://example.org/a"), quad.Subject);
        Assert.Equal(Iri.Parse("https://schema.org/name"), quad.Predicate);
        Assert.Equal(Literal.String("Ada"), quad.Object);
        Assert.Null(quad.Graph);
    }

    [Fact]
    public void Relative_identifiers_resolve_against_the_base_IRI_of_the_read_options()
    {
        var options = new RdfReaderOptions { BaseIri = Iri.Parse("https://example.org/docs/page") };

        var quads = Read("""{"@id": "other#it", "@type": "https://schema.org/Thing"}""", options);

        var quad = Assert.Single(quads);
        Assert.Equal(Iri.Parse("https://example.org/docs/other#it"), quad.Subject);
        Assert.Equal(Vocab.Rdf.Type, quad.Predicate);
    }

    [Fact]
    public void Numbers_booleans_and_language_strings_become_typed_literals()
    {
        var quads = Read("""
            {"@context": {"@vocab": "https://example.org/"}, "@id": "https://example.org/s",
             "count": 3, "ratio": 2.5, "ok": true, "label": {"@value": "chat", "@language": "fr"}}
            """);

        var objects = quads.ToDictionary(q => q.Predicate.Value, q => q.Object);
        Assert.Equal(Literal.Integer(3), objects["https://example.org/count"]);
        Assert.Equal(new Literal("2.5E0", Vocab.Xsd.Double), objects["https://example.org/ratio"]);
        Assert.Equal(Literal.Boolean(true), objects["https://example.org/ok"]);
        Assert.Equal(Literal.LangString("chat", "fr"), objects["https://example.org/label"]);
    }

    [Fact]
    public void A_list_becomes_an_rdf_collection()
    {
        var quads = Read("""{"@id": "https://example.org/s", "https://example.org/p": {"@list": ["a", "b"]}}""");

        Assert.Equal(5, quads.Count);
        Assert.Equal(2, quads.Count(q => q.Predicate == Vocab.Rdf.First));
        Assert.Contains(quads, q => q.Predicate == Vocab.Rdf.Rest && q.Object == Vocab.Rdf.Nil);
    }

    [Fact]
    public void A_named_graph_puts_its_triples_in_that_graph()
    {
        var quads = Read("""{"@id": "https://example.org/g", "@graph": [{"@id": "https://example.org/s", "https://example.org/p": "o"}]}""");

        var quad = Assert.Single(quads);
        Assert.Equal(Iri.Parse("https://example.org/g"), quad.Graph);
    }

    [Fact]
    public void Invalid_JSON_is_reported_with_file_line_and_column()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("{\n  \"a\": [1,\n}", new RdfReaderOptions { SourceName = "in.jsonld" }));

        Assert.Equal("in.jsonld", error.SourceName);
        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Invalid_JSON_LD_is_reported_with_its_error_code()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("""{"@context": {"@vocab": 42}}"""));

        Assert.Contains("invalid vocab mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_remote_context_is_not_fetched_unless_network_loading_is_enabled()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("""{"@context": "https://example.org/context.jsonld", "@id": "https://example.org/a"}"""));

        Assert.Contains("loading remote context failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("network is disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_remote_context_is_read_from_a_mapped_local_folder()
    {
        var folder = Directory.CreateTempSubdirectory("jsonld-loader").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "ctx.jsonld"), """{"@context": {"name": "https://schema.org/name"}}""");
            var loader = new LocalFolderDocumentLoader("https://example.org/contexts/", folder);

            var quads = Read(
                """{"@context": "https://example.org/contexts/ctx.jsonld", "@id": "https://example.org/a", "name": "Ada"}""",
                jsonLd: new JsonLdOptions { DocumentLoader = loader });

            Assert.Equal(Iri.Parse("https://schema.org/name"), Assert.Single(quads).Predicate);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var json = new string('[', 5000) + new string(']', 5000);

        Assert.Throws<RdfSyntaxException>(() => Read(json));
    }

    [Fact]
    public void The_prefixes_of_the_top_level_context_are_passed_to_the_sink()
    {
        var sink = new PrefixSink();

        new JsonLdReader().Read(
            new StringReader("""{"@context": {"schema": "https://schema.org/", "name": "schema:name", "ex": "https://example.org/ns#", "v": {"@id": "https://example.org/v/"}}, "name": "x"}"""),
            sink);

        Assert.Equal(["schema=https://schema.org/", "ex=https://example.org/ns#"], sink.Prefixes);
    }

    [Fact]
    public void The_registry_reads_JSON_LD_with_this_reader()
    {
        Assert.IsType<JsonLdReader>(RdfFormats.CreateReader(RdfFormat.JsonLd));
    }

    private sealed class PrefixSink : IRdfSink
    {
        public List<string> Prefixes { get; } = [];

        public void HandlePrefix(string prefix, Iri ns) => Prefixes.Add(prefix + "=" + ns.Value);

        public void HandleQuad(in Quad quad)
        {
        }
    }
}
