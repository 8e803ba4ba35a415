using BenchmarkDotNet.Attributes;
using Graph.Neo4j.Driver;
using Graph.Neo4j.Loading;
using Graph.Neo4j.Projection;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Benchmarks.Neo4j;

/// <summary>
/// Loader throughput into a Bolt server that accepts everything (<see cref="AcceptingBoltServer"/>):
/// projection done beforehand; measured are the MERGE batches' encoding as PackStream, chunking,
/// transactions (BEGIN, RUN, PULL, COMMIT) and loopback I/O. One invocation loads every node and
/// relationship once, so the time per operation is per element.
/// Run: <c>dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*LoaderThroughput*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class LoaderThroughputBenchmark
{
    private const int People = 20_000;

    private AcceptingBoltServer _server = null!;
    private Neo4jDriver _driver = null!;
    private PropertyGraph _graph = null!;
    private List<Quad> _quads = null!;

    /// <summary>Nodes (people, posts, a hundred countries) plus relationships (HOLDS, POST_IN) loaded by one invocation.</summary>
    public const int Elements = (People * 2) + 100 + (People * 2);

    [GlobalSetup]
    public void Setup()
    {
        _server = new AcceptingBoltServer();
        _driver = GraphDatabase.Driver(_server.Uri, AuthTokens.Basic("neo4j", "bench"));
        _quads = SyntheticNews(People);
        var builder = new PropertyGraphBuilder();
        foreach (var quad in _quads)
        {
            builder.HandleQuad(quad);
        }

        _graph = builder.Build();
        if (_graph.ElementCount != Elements)
        {
            throw new InvalidOperationException($"expected {Elements} elements, the projection gave {_graph.ElementCount}");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _driver.DisposeAsync();
        _server.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Elements)]
    public Task<LoadReport> LoadIntoStub() => new GraphLoader(_driver).LoadAsync(_graph);

    [Benchmark(OperationsPerInvoke = Elements)]
    public PropertyGraph ProjectRdf()
    {
        var builder = new PropertyGraphBuilder();
        foreach (var quad in _quads)
        {
            builder.HandleQuad(quad);
        }

        return builder.Build();
    }

    /// <summary>People with a name, a birth date and a post in one of a hundred countries.</summary>
    private static List<Quad> SyntheticNews(int people)
    {
        const string resource = "https://w3id.org/newskg/resource/";
        var quads = new List<Quad>(people * 7);
        var holds = Vocab.Org.Term("holds");
        var postIn = Vocab.Org.Term("postIn");
        var name = Vocab.Schema.Term("name");
        var birthDate = Vocab.Schema.Term("birthDate");
        var person = Vocab.Schema.Term("Person");
        var post = Vocab.Org.Term("Post");
        for (var i = 0; i < people; i++)
        {
            var p = Iri.FromTrusted(resource + "person/" + i);
            var office = Iri.FromTrusted(resource + "post/" + i);
            var country = Iri.FromTrusted(resource + "country/" + (i % 100));
            quads.Add(new Quad(p, Vocab.Rdf.Type, person, null));
            quads.Add(new Quad(p, name, Literal.String("Person number " + i), null));
            quads.Add(new Quad(p, birthDate, Literal.Date(new DateOnly(1950, 1, 1).AddDays(i % 20000)), null));
            quads.Add(new Quad(p, holds, office, null));
            quads.Add(new Quad(office, Vocab.Rdf.Type, post, null));
            quads.Add(new Quad(office, name, Literal.String("Minister " + i), null));
            quads.Add(new Quad(office, postIn, country, null));
        }

        return quads;
    }
}
