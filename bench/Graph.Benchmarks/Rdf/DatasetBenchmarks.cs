using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Datasets;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// Building the indexed dataset from the 1,000,000-triple news data, and the pattern counts the
/// SPARQL planner asks for. Op/s of <see cref="Build"/> is triples per second. Memory per triple is
/// measured by <c>dotnet run -c Release --project bench/Graph.Benchmarks -- memory</c> (<see cref="RdfMemoryReport"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RdfBenchmarkConfig))]
public class DatasetBenchmarks
{
    private List<Triple> _triples = [];
    private Dataset _dataset = new();
    private int _type;
    private int _person;

    [GlobalSetup]
    public void Setup()
    {
        _triples = NewsData.Load(NewsData.NTriplesPath());
        _dataset = Build();
        _dataset.Terms.TryGetId(Graph.Rdf.Vocabularies.Vocab.Rdf.Type, out _type);
        _dataset.Terms.TryGetId(Iri.Parse("http://schema.org/Person"), out _person);
    }

    /// <summary>Adds every triple to a new dataset and merges the write buffer into the indexes.</summary>
    [Benchmark(OperationsPerInvoke = NewsData.Triples)]
    public Dataset Build()
    {
        var dataset = new Dataset();
        foreach (var triple in _triples)
        {
            dataset.Add(triple);
        }

        dataset.Optimize();
        return dataset;
    }

    /// <summary>A thousand pattern counts of the kinds a join planner asks (? rdf:type schema:Person, ? rdf:type ?, s ? ?).</summary>
    [Benchmark(OperationsPerInvoke = 3000)]
    public long CountIds()
    {
        long total = 0;
        for (var i = 1; i <= 1000; i++)
        {
            total += _dataset.CountIds(Dataset.Any, _type, _person, Dataset.Any);
            total += _dataset.CountIds(Dataset.Any, _type, Dataset.Any, Dataset.Any);
            total += _dataset.CountIds(i, Dataset.Any, Dataset.Any, Dataset.Any);
        }

        return total;
    }
}
