using System.Text;
using BenchmarkDotNet.Attributes;
using Graph.Extraction;
using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// The RDF mapping alone, and extraction plus mapping, over a generated news-like article of about
/// 100 KB (sentences written for this benchmark, officials and places varied). Throughput in MB/s is
/// the article size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class IngestionBenchmarks
{
    private static readonly string[] Sentences =
    [
        "{0} Foreign Minister {1} met officials in {2} on Monday to discuss border controls.",
        "\"We will keep working together,\" {1} told reporters after the talks.",
        "Police in {2} arrested three people last week, the interior ministry said.",
        "The European Union called for closer cooperation with countries in North Africa.",
        "{1} said the meeting in {2} showed that the region wants stability.",
    ];

    private static readonly (string Adjective, string Name, string City)[] Officials =
    [
        ("Norwegian", "Kari Nordmann", "Oslo"),
        ("Danish", "Lars Hansen", "Copenhagen"),
        ("Finnish", "Aino Virtanen", "Helsinki"),
        ("Swedish", "Erik Lindqvist", "Stockholm"),
    ];

    private readonly ArticleExtractor _extractor = new();
    private Article _article = null!;
    private ArticleGraph _graph = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 100_000; i++)
        {
            var (adjective, name, city) = Officials[i % Officials.Length];
            text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Sentences[i % Sentences.Length], adjective, name, city).Append(i % 7 == 6 ? "\n\n" : " ");
        }

        _article = new Article("bench", "Nordic ministers meet", new DateOnly(2021, 3, 10), text.ToString());
        _graph = _extractor.Extract(_article);
        Console.WriteLine($"// article: {Encoding.UTF8.GetByteCount(_article.Text):N0} bytes, {_graph.Entities.Count} entities, {_graph.Events.Count} events, {_graph.Quotations.Count} quotations");
    }

    [Benchmark]
    public int MapWithMentions() => new ArticleGraphMapper(new MappingOptions { IncludeMentions = true, NamedGraphs = true }).Map(_graph, new CountingSink());

    [Benchmark]
    public int MapWithoutMentions() => new ArticleGraphMapper(new MappingOptions { NamedGraphs = true }).Map(_graph, new CountingSink());

    [Benchmark]
    public int Extract() => _extractor.Extract(_article).Events.Count;

    [Benchmark]
    public int ExtractAndMap() => new ArticleGraphMapper(new MappingOptions { IncludeMentions = true, NamedGraphs = true }).Map(_extractor.Extract(_article), new CountingSink());

    private sealed class CountingSink : IRdfSink
    {
        private int _count;

        public void HandleQuad(in Quad quad) => _count++;
    }
}
