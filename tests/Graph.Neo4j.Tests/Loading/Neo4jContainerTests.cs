using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Neo4j.Driver;
using Graph.Neo4j.Loading;
using Graph.Neo4j.Projection;
using Graph.Testing;
using static Graph.Neo4j.Tests.Projection.SampleGraphs;

namespace Graph.Neo4j.Tests.Loading;

/// <summary>
/// Against a real Neo4j 5 in a container (Testcontainers): load an article's graph, answer the
/// Cypher competency questions of ontology/queries, load again and find nothing changed. Skipped,
/// with the reason, where no Docker engine answers.
/// </summary>
public sealed class Neo4jContainerTests
{
    private const string Password = "kg-test-password";

    [Fact]
    public async Task Loading_an_article_into_Neo4j_5_answers_the_competency_questions_and_loading_again_changes_nothing()
    {
        var token = TestContext.Current.CancellationToken;
        IContainer container;
        try
        {
            container = new ContainerBuilder("neo4j:5-community")
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + Password)
                .WithPortBinding(7687, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Started."))
                .Build();
        }
        catch (DockerUnavailableException e)
        {
            Assert.Skip("no Docker engine answers, so no Neo4j container can run: " + e.Message.Split('\n')[0]);
            return;
        }

        await using (container)
        {
            await container.StartAsync(token);
            var uri = $"bolt://{container.Hostname}:{container.GetMappedPublicPort(7687)}";
            await using var driver = GraphDatabase.Driver(uri, AuthTokens.Basic("neo4j", Password));
            var graph = PropertyGraphBuilder.Project(Article());
            var loader = new GraphLoader(driver, new LoaderOptions { BatchSize = 3 });

            var first = await loader.LoadAsync(graph, cancellationToken: token);
            var before = await SnapshotAsync(driver, token);
            var answers = await CompetencyAnswersAsync(driver, token);
            var second = await loader.LoadAsync(graph, cancellationToken: token);
            var after = await SnapshotAsync(driver, token);

            Assert.Equal(graph.Nodes.Count, first.NodesCreated);
            Assert.Equal(graph.Relationships.Count, first.RelationshipsCreated);
            Assert.Equal((0L, 0L), (second.NodesCreated, second.RelationshipsCreated));
            Assert.Equal(before, after);

            Assert.Contains(("Didier Reynders", "Foreign Minister", "Belgium"), answers.Officials);
            Assert.Contains(("Meeting", "Brussels", new DateOnly(2015, 11, 21), "Didier Reynders"), answers.Events);
            Assert.Contains(("Country", "Belgium", "http://www.wikidata.org/entity/Q31"), answers.Places);
            Assert.Contains(("Didier Reynders", "We stand together."), answers.Quotations);
            Assert.Contains(("Didier Reynders", 10L, 25L), answers.Mentions);
        }
    }

    private static async Task<string> SnapshotAsync(Neo4jDriver driver, CancellationToken token)
    {
        await using var session = driver.AsyncSession();
        var cursor = await session.RunAsync(
            "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
            + "WITH n.uri AS uri, labels(n) AS labels, properties(n) AS props, collect(type(r) + '>' + m.uri) AS out "
            + "RETURN uri, labels, props, out ORDER BY uri",
            cancellationToken: token);
        var records = await cursor.ToListAsync(token);
        return string.Join('\n', records.Select(r => r.ToString()));
    }

    private static async Task<Answers> CompetencyAnswersAsync(Neo4jDriver driver, CancellationToken token)
    {
        async Task<List<Graph.Neo4j.Driver.Record>> Run(string file)
        {
            var text = File.ReadAllText(System.IO.Path.Combine(SharedData.RepositoryRoot!, "ontology", "queries", file));
            await using var session = driver.AsyncSession();
            return await (await session.RunAsync(text.TrimEnd().TrimEnd(';'), cancellationToken: token)).ToListAsync(token);
        }

        return new Answers(
            (await Run("01-officials.cypher")).Select(r => (r.Get<string>("name"), r.Get<string>("title"), r.Get<string>("institutionName"))).ToList(),
            (await Run("02-events.cypher")).Select(r => (r.Get<string>("type"), r.Get<string>("placeName"), r.Get<DateOnly>("date"), r.Get<string>("actorName"))).ToList(),
            (await Run("03-places-and-institutions.cypher")).Select(r => (r.Get<string>("kind"), r.Get<string>("name"), r["wikidata"] as string)).ToList(),
            (await Run("04-quotations.cypher")).Select(r => (r.Get<string>("speakerName"), r.Get<string>("text"))).ToList(),
            (await Run("05-provenance.cypher")).Where(r => r["anchor"] is not null).Select(r => (r.Get<string>("anchor"), r.Get<long>("begin"), r.Get<long>("end"))).ToList());
    }

    private sealed record Answers(
        List<(string, string, string)> Officials,
        List<(string, string, DateOnly, string)> Events,
        List<(string, string, string?)> Places,
        List<(string, string)> Quotations,
        List<(string, long, long)> Mentions);
}
