using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.Turtle;

namespace Graph.Benchmarks.Syntax;

/// <summary>
/// Parsing a news-shaped Turtle file of 1,000,000 triples (from <c>shared/bench/gen_news_ttl.py</c>), our
/// reader beside rapper turning the same file into N-Triples, in the same run. Each benchmark counts as
/// 1,000,000 operations, so the Op/s column is triples per second.
/// The file is <c>KG_BENCH_TTL</c>, or a 1,000,000-triple file generated once when absent.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TurtleParseBenchmark
{
    private const int Triples = 1_000_000;
    private string _path = string.Empty;
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = NewsTurtle.File("KG_BENCH_TTL", Triples);

        _text = File.ReadAllText(_path, Encoding.UTF8);
        var count = Parse(new StringReader(_text));
        if (count != Triples)
        {
            throw new InvalidOperationException($"{_path} holds {count} triples, not {Triples}: regenerate it with gen_news_ttl.py --triples {Triples}");
        }
    }

    /// <summary>Our Turtle reader on text already in memory: the parser alone.</summary>
    [Benchmark(OperationsPerInvoke = Triples)]
    public long TurtleReaderFromMemory() => Parse(new StringReader(_text));

    /// <summary>Our Turtle reader on the file: UTF-8 decoding and parsing, as <c>kg convert</c> does.</summary>
    [Benchmark(OperationsPerInvoke = Triples)]
    public long TurtleReaderFromFile()
    {
        using var reader = new StreamReader(_path, new UTF8Encoding(false, true), false, 1 << 16);
        return Parse(reader);
    }

    /// <summary>rapper (Raptor 2) parsing the same file into N-Triples sent to /dev/null.</summary>
    [Benchmark(OperationsPerInvoke = Triples)]
    public int Rapper()
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"rapper -q -i turtle -o ntriples '{_path}' > /dev/null"]))
            ?? throw new InvalidOperationException("cannot start rapper");
        process.WaitForExit();
        return process.ExitCode == 0 ? process.ExitCode : throw new InvalidOperationException("rapper failed (is raptor2-utils installed?)");
    }

    private static long Parse(TextReader input)
    {
        var counter = new CountingSink();
        new TurtleReader().Read(input, counter, new RdfReaderOptions { BaseIri = Iri.Parse("http://example.org/") });
        return counter.Count;
    }

    private sealed class CountingSink : IRdfSink
    {
        public long Count { get; private set; }

        public void HandleQuad(in Quad quad) => Count++;

        public void HandleTriple(in Triple triple) => Count++;
    }
}
