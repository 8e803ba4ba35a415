using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;
using Graph.Sparql.Evaluation;
using Graph.Sparql.Syntax;

namespace Graph.Benchmarks.Sparql;

/// <summary>
/// Load + the three shared queries of ../shared/bench (q1_join, q2_groupby, q3_typecount) on the
/// news-shaped Turtle file made by gen_news_ttl.py. The file comes from KG_BENCH_TTL, or is generated
/// (1,000,000 triples by default, KG_BENCH_TRIPLES) into the temporary folder. Compare with Jena in the
/// same run with bench/sparql-vs-jena.sh.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SparqlQueryBenchmarks
{
    private string _dataPath = string.Empty;
    private Dataset _dataset = new();
    private SparqlQuery _q1 = null!;
    private SparqlQuery _q2 = null!;
    private SparqlQuery _q3 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shared = BenchData.SharedBenchFolder();
        _dataPath = BenchData.TurtleFile();
        _dataset = Load(_dataPath);
        _q1 = SparqlQuery.Parse(File.ReadAllText(Path.Combine(shared, "q1_join.rq")));
        _q2 = SparqlQuery.Parse(File.ReadAllText(Path.Combine(shared, "q2_groupby.rq")));
        _q3 = SparqlQuery.Parse(File.ReadAllText(Path.Combine(shared, "q3_typecount.rq")));
    }

    [Benchmark]
    public int LoadTurtle() => Load(_dataPath).Count;

    [Benchmark]
    public int Q1Join() => QueryEngine.Execute(_q1, _dataset).ResultSet.Solutions.Count();

    [Benchmark]
    public int Q2GroupBy() => QueryEngine.Execute(_q2, _dataset).ResultSet.Solutions.Count();

    [Benchmark]
    public int Q3TypeCount() => QueryEngine.Execute(_q3, _dataset).ResultSet.Solutions.Count();

    private static Dataset Load(string path)
    {
        var dataset = new Dataset();
        using var reader = new StreamReader(path);
        RdfFormats.CreateReader(RdfFormat.Turtle).Read(reader, dataset, new RdfReaderOptions { BaseIri = Iri.Parse("http://example.org/"), SourceName = path });
        return dataset;
    }
}

/// <summary>Finds the shared bench folder and the Turtle file the SPARQL benchmarks read.</summary>
internal static class BenchData
{
    public static string SharedBenchFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "bench");
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("KG_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "bench");
        }

        throw new InvalidOperationException("the shared bench folder (../shared/bench beside Graph.sln, or KG_SHARED_DIR) is absent");
    }

    public static string TurtleFile() =>
        NewsTurtle.File("KG_BENCH_TTL", int.Parse(Environment.GetEnvironmentVariable("KG_BENCH_TRIPLES") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture));
}
