using Graph.Neo4j.Driver;
using Graph.Neo4j.Loading;
using Graph.Neo4j.Projection;
using Graph.Neo4j.Tests.Bolt.Stub;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Vocabularies;
using static Graph.Neo4j.Tests.Projection.SampleGraphs;

namespace Graph.Neo4j.Tests.Loading;

public sealed class GraphLoaderTests
{
    [Fact]
    public async Task The_loader_creates_the_schema_first_then_merges_each_batch_in_its_own_transaction_with_parameters()
    {
        var d = new Dataset();
        d.Add(new Triple(R("ann"), Vocab.Rdf.Type, Vocab.Schema.Term("Person")));
        d.Add(new Triple(R("ann"), Vocab.Schema.Term("name"), Literal.String("Ann")));
        d.Add(new Triple(R("ann"), Iri.FromTrusted("https://example.org/born"), Literal.Date(new DateOnly(1990, 5, 17))));
        d.Add(new Triple(R("ann"), Iri.FromTrusted("https://example.org/knows"), R("bob")));
        var graph = PropertyGraphBuilder.Project(d);
        var progress = new List<LoadProgress>();

        await using var server = BoltStubServer.Start("loader.script");
        LoadReport report;
        await using (var driver = GraphDatabase.Driver(server.Uri, AuthTokens.Basic("neo4j", "secret")))
        {
            report = await new GraphLoader(driver).LoadAsync(graph, new SynchronousProgress(progress), TestContext.Current.CancellationToken);
        }

        await server.AssertPlayedAsync();
        Assert.Equal(new LoadReport(Nodes: 2, Relationships: 1, NodesCreated: 2, RelationshipsCreated: 1, PropertiesSet: 4, LabelsAdded: 3, Transactions: 5), report);
        Assert.Equal(new LoadProgress(2, 2, 1, 1), progress[^1]);
        Assert.Equal(3, progress.Count);
    }

    [Fact]
    public void Batches_split_nodes_by_label_set_and_relationships_by_type()
    {
        var graph = PropertyGraphBuilder.Project(Officials());

        var nodeBatches = CypherStatements.NodeBatches(graph, batchSize: 1).ToList();
        var relationshipBatches = CypherStatements.RelationshipBatches(graph, batchSize: 100).ToList();

        Assert.Equal(graph.Nodes.Count, nodeBatches.Count);
        Assert.Contains(nodeBatches, b => b.Labels.SequenceEqual(["Event", "Meeting"]));
        Assert.Equal(graph.Relationships.Select(r => r.Type).Distinct().Order(), relationshipBatches.Select(b => b.Type).Order());
    }

    [Fact]
    public void Statements_quote_labels_and_types_so_no_name_can_break_out()
    {
        var statement = CypherStatements.MergeNodes(["Person", "a`b) DETACH DELETE n //"], "$rows");

        Assert.Equal("UNWIND $rows AS row MERGE (n:Resource {uri: row.uri}) SET n += row.props SET n:`Person`:`a``b) DETACH DELETE n //`", statement);
        Assert.Equal(
            "UNWIND $rows AS row MATCH (s:Resource {uri: row.s}) MATCH (o:Resource {uri: row.o}) MERGE (s)-[:`POST_IN`]->(o)",
            CypherStatements.MergeRelationships("POST_IN", "$rows"));
    }

    private sealed class SynchronousProgress(List<LoadProgress> sink) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => sink.Add(value);
    }
}
