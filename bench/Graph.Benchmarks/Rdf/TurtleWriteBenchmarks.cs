using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.Turtle;
using Graph.Rdf.Vocabularies;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// Writing the 1,000,000-triple news data as Turtle (prefixes, grouping, sorting, <c>[ ]</c>): our
/// writer beside rapper turning the N-Triples file into Turtle, in the same run. Op/s is triples per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RdfBenchmarkConfig))]
public class TurtleWriteBenchmarks
{
    private string _path = string.Empty;
    private List<Triple> _triples = [];
    private readonly PrefixMap _prefixes = new(NewsGraphGenerator.Prefixes);

    [GlobalSetup]
    public void Setup()
    {
        _path = NewsData.NTriplesPath();
        _triples = NewsData.Load(_path);
    }

    /// <summary>Our Turtle writer, UTF-8 encoded, to a null stream.</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public void Write()
    {
        using var output = NewsData.NullUtf8Writer();
        var writer = new TurtleWriter(output, new RdfWriterOptions { Prefixes = _prefixes });
        foreach (var triple in _triples)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
    }

    /// <summary>rapper reading the N-Triples file and writing Turtle to /dev/null (parse and write).</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public void RapperNTriplesToTurtle() => RapperRun.Run("ntriples", "turtle", _path);
}
