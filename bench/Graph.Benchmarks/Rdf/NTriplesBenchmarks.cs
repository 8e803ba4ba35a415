using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Syntax.NTriples;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// N-Triples on the 1,000,000-triple news data (<see cref="NewsData"/>): our reader and writer beside
/// rapper reading the same file and writing N-Triples, in the same run. Each benchmark counts as
/// 1,000,000 operations, so the Op/s column is triples per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RdfBenchmarkConfig))]
public class NTriplesBenchmarks
{
    private string _path = string.Empty;
    private string _text = string.Empty;
    private List<Triple> _triples = [];

    [GlobalSetup]
    public void Setup()
    {
        _path = NewsData.NTriplesPath();
        _text = File.ReadAllText(_path, Encoding.UTF8);
        _triples = NewsData.Load(_path);
    }

    /// <summary>Our reader on the file: UTF-8 decoding and parsing, as <c>kg convert</c> does.</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public long ParseFile()
    {
        using var input = new StreamReader(_path, new UTF8Encoding(false, true), false, 1 << 16);
        var sink = new NewsData.CountingSink();
        new NTriplesReader().Read(input, sink);
        return sink.Count;
    }

    /// <summary>Our reader on text already in memory: the parser alone.</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public long ParseMemory()
    {
        var sink = new NewsData.CountingSink();
        new NTriplesReader().Read(new StringReader(_text), sink);
        return sink.Count;
    }

    /// <summary>Our writer, UTF-8 encoded, to a null stream.</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public void Write()
    {
        using var output = NewsData.NullUtf8Writer();
        var writer = new NTriplesWriter(output);
        foreach (var triple in _triples)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
    }

    /// <summary>rapper reading the same N-Triples file and writing N-Triples to /dev/null (parse and write).</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public void RapperNTriplesToNTriples() => RapperRun.Run("ntriples", "ntriples", _path);
}

/// <summary>Runs rapper on a file with its output sent to /dev/null.</summary>
internal static class RapperRun
{
    public static void Run(string from, string to, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"rapper -q -i {from} -o {to} '{path}' > /dev/null"]))
            ?? throw new InvalidOperationException("cannot start rapper");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("rapper failed (is raptor2-utils installed?)");
        }
    }
}
