using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Sources;
using Graph.Ingestion.Tests.Mapping;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;
using static Graph.Ingestion.Tests.Mapping.Iris;

namespace Graph.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineTests
{
    // A stand-in extractor: every capitalised word of the text is a person, keyed by the word.
    private static ArticleGraph CapitalisedWordsArePeople(Article article)
    {
        var entities = new List<Entity>();
        var position = 0;
        foreach (var word in article.Text.Split(' '))
        {
            var clean = word.TrimEnd('.', ',');
            if (clean.Length > 0 && char.IsUpper(clean[0]))
            {
                entities.Add(new Entity("person/" + clean, EntityKind.Person, clean, [new Mention(new TextSpan(position, position + clean.Length), clean, MentionKind.Name)]));
            }

            position += word.Length + 1;
        }

        return new ArticleGraph(article, entities, [], [], []);
    }

    [Fact]
    public void Articles_from_every_source_go_through_extraction_and_mapping_into_the_sink()
    {
        using var folder = new TemporaryFolder();
        var text = folder.Write("a.txt", "Headline\n\nAda met Grace.");
        var corpus = folder.Write("b.jsonl", "{\"id\":\"b1\",\"text\":\"Grace met Alan.\"}\n");
        var dataset = new Dataset();

        var report = new IngestionPipeline(CapitalisedWordsArePeople).Run([ArticleSources.Open(text), ArticleSources.Open(corpus)], dataset);

        Assert.Equal(2, report.Articles);
        Assert.Equal(3, report.Entities);
        Assert.Equal(dataset.Count, report.Statements);
        var grace = Of(Resource + "person/grace");
        Assert.Equal(2, dataset.Match(grace, Of(Prov + "wasDerivedFrom")).Count());
        Assert.Single(dataset.Match(grace, Of(Schema + "name")));
    }

    [Fact]
    public void The_sink_is_started_and_ended_once()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Write("b.jsonl", "{\"text\":\"Ada.\"}\n{\"text\":\"Alan.\"}\n");
        var sink = new CountingSink();

        new IngestionPipeline(CapitalisedWordsArePeople).Run([ArticleSources.Open(corpus)], sink);

        Assert.Equal((1, 1), (sink.Starts, sink.Ends));
        Assert.True(sink.Quads > 0);
    }

    [Fact]
    public void Running_twice_gives_the_same_statements()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Write("b.jsonl", "{\"text\":\"Ada met Grace.\"}\n{\"text\":\"Grace met Alan.\"}\n");
        var first = new RecordingSink();
        var second = new RecordingSink();
        var options = new MappingOptions { NamedGraphs = true, IncludeMentions = true };

        new IngestionPipeline(CapitalisedWordsArePeople, options).Run([ArticleSources.Open(corpus)], first);
        new IngestionPipeline(CapitalisedWordsArePeople, options).Run([ArticleSources.Open(corpus)], second);

        Assert.Equal(first.Quads, second.Quads);
    }

    [Fact]
    public void An_extractor_failure_names_the_article()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Write("b.jsonl", "{\"id\":\"bad-one\",\"text\":\"Ada.\"}\n");

        var error = Assert.Throws<ArticleExtractionException>(() =>
            new IngestionPipeline(_ => throw new InvalidOperationException("boom")).Run([ArticleSources.Open(corpus)], new Dataset()));

        Assert.Equal("bad-one", error.ArticleId);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_record_stops_the_run_before_the_sink_is_ended()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Write("b.jsonl", "{\"text\":\"Ada.\"}\n{oops\n");
        var sink = new CountingSink();

        var error = Assert.Throws<ArticleSourceException>(() => new IngestionPipeline(CapitalisedWordsArePeople).Run([ArticleSources.Open(corpus)], sink));

        Assert.Equal(2, error.Line);
        Assert.Equal(0, sink.Ends);
    }

    private sealed class CountingSink : IRdfSink
    {
        public int Starts { get; private set; }

        public int Ends { get; private set; }

        public int Quads { get; private set; }

        public void StartRdf() => Starts++;

        public void HandleQuad(in Quad quad) => Quads++;

        public void EndRdf() => Ends++;
    }
}
