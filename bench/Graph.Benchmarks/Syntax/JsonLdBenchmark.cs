using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;
using Graph.Rdf.Syntax.Turtle;

namespace Graph.Benchmarks.Syntax;

/// <summary>
/// Reading and writing JSON-LD for a news-shaped graph of about 100,000 triples (from
/// <c>shared/bench/gen_news_ttl.py</c>), expanded and compacted with a prefix context.
/// (No peer runs beside it: rapper reads no JSON-LD, and Debian's Jena 4.5 jars fail to start riot here.)
/// Each benchmark counts as one operation per triple, so the Op/s column is triples per second.
/// The Turtle source is <c>KG_BENCH_JSONLD_TTL</c>, or a 100,000-triple file generated once when absent.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class JsonLdBenchmark
{
    private const int Triples = 100_009;
    private List<Quad> _quads = [];
    private string _expanded = string.Empty;
    private string _compacted = string.Empty;
    private string _context = string.Empty;
    private string _compactedPath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var turtle = NewsTurtle.File("KG_BENCH_JSONLD_TTL", 100_000);

        var collector = new Collector();
        using (var input = new StreamReader(turtle, Encoding.UTF8))
        {
            new TurtleReader().Read(input, collector, new RdfReaderOptions { BaseIri = Iri.Parse("http://example.org/") });
        }

        _quads = collector.Quads;
        var context = new StringBuilder("{\"@context\": {");
        context.AppendJoin(", ", collector.Prefixes.Select(p => $"\"{p.Prefix}\": \"{p.Namespace}\""));
        _context = context.Append("}}").ToString();
        _expanded = Write(null);
        _compacted = Write(_context);
        _compactedPath = Path.Combine(Path.GetTempPath(), "news-100k-compacted.jsonld");
        File.WriteAllText(_compactedPath, _compacted);
        if (Read(_compacted) != _quads.Count || Read(_expanded) != _quads.Count)
        {
            throw new InvalidOperationException("the JSON-LD written does not read back to the same number of triples");
        }
    }

    [Benchmark(OperationsPerInvoke = Triples)]
    public long ReadExpanded() => Read(_expanded);

    [Benchmark(OperationsPerInvoke = Triples)]
    public long ReadCompacted() => Read(_compacted);

    [Benchmark(OperationsPerInvoke = Triples)]
    public int WriteExpanded() => Write(null).Length;

    [Benchmark(OperationsPerInvoke = Triples)]
    public int WriteCompacted() => Write(_context).Length;

    private static long Read(string json)
    {
        var counter = new Counter();
        new JsonLdReader().Read(new StringReader(json), counter);
        return counter.Count;
    }

    private string Write(string? context)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new JsonLdWriter(output, new RdfWriterOptions { JsonLdContext = context });
        foreach (var quad in _quads)
        {
            writer.HandleQuad(quad);
        }

        writer.EndRdf();
        return output.ToString();
    }

    private sealed class Collector : IRdfSink
    {
        public List<Quad> Quads { get; } = [];

        public List<(string Prefix, string Namespace)> Prefixes { get; } = [];

        public void HandlePrefix(string prefix, Iri ns) => Prefixes.Add((prefix, ns.Value));

        public void HandleQuad(in Quad quad) => Quads.Add(quad);
    }

    private sealed class Counter : IRdfSink
    {
        public long Count { get; private set; }

        public void HandleQuad(in Quad quad) => Count++;
    }
}
