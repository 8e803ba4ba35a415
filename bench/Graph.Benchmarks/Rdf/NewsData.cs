using System.Text;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// The 1,000,000-triple news data the RDF benchmarks share, as an N-Triples file: <c>KG_BENCH_NT</c>
/// (bench/compare-rapper.sh sets it to rapper's N-Triples of gen_news_ttl.py's Turtle, so every tool
/// reads the same data), else <c>/tmp/news-1m.nt</c>, written by <see cref="NewsGraphGenerator"/> when absent.
/// </summary>
internal static class NewsData
{
    public const int Triples = 1_000_000;

    public static string NTriplesPath()
    {
        var path = Environment.GetEnvironmentVariable("KG_BENCH_NT") ?? Path.Combine(Path.GetTempPath(), "news-1m.nt");
        if (!File.Exists(path))
        {
            var temp = path + ".tmp";
            using (var output = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
            {
                new NewsGraphGenerator(Triples).Generate(new NTriplesWriter(output));
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    /// <summary>The triples of the file, read with our reader (so repeated IRIs share one object, as after any parse).</summary>
    public static List<Triple> Load(string path)
    {
        var sink = new ListSink();
        using var input = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16);
        new NTriplesReader().Read(input, sink);
        if (sink.Triples.Count != Triples)
        {
            throw new InvalidOperationException($"{path} holds {sink.Triples.Count} triples, not {Triples}");
        }

        return sink.Triples;
    }

    public static StreamWriter NullUtf8Writer() => new(Stream.Null, new UTF8Encoding(false), 1 << 16);

    public sealed class ListSink : IRdfSink
    {
        public List<Triple> Triples { get; } = new(NewsData.Triples);

        public void HandleQuad(in Quad quad) => Triples.Add(quad.Triple);

        public void HandleTriple(in Triple triple) => Triples.Add(triple);
    }

    public sealed class CountingSink : IRdfSink
    {
        public long Count { get; private set; }

        public void HandleQuad(in Quad quad) => Count++;

        public void HandleTriple(in Triple triple) => Count++;
    }
}
