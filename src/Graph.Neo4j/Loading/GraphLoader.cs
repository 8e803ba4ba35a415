using Graph.Neo4j.Driver;
using Graph.Neo4j.Projection;

namespace Graph.Neo4j.Loading;

/// <summary>Progress of a load.</summary>
/// <param name="NodesDone">Nodes written so far.</param>
/// <param name="NodesTotal">Nodes to write.</param>
/// <param name="RelationshipsDone">Relationships written so far.</param>
/// <param name="RelationshipsTotal">Relationships to write.</param>
public sealed record LoadProgress(long NodesDone, long NodesTotal, long RelationshipsDone, long RelationshipsTotal);

/// <summary>What a load changed, summed from the servers' counters.</summary>
/// <param name="Nodes">Nodes sent.</param>
/// <param name="Relationships">Relationships sent.</param>
/// <param name="NodesCreated">Nodes the database created (0 when the data was already there).</param>
/// <param name="RelationshipsCreated">Relationships the database created.</param>
/// <param name="PropertiesSet">Properties set.</param>
/// <param name="LabelsAdded">Labels added.</param>
/// <param name="Transactions">Transactions committed.</param>
public sealed record LoadReport(long Nodes, long Relationships, long NodesCreated, long RelationshipsCreated, long PropertiesSet, long LabelsAdded, int Transactions);

/// <summary>Settings of a load.</summary>
public sealed record LoaderOptions
{
    /// <summary>The database, or null for the default one.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 5000;
}

/// <summary>
/// Loads a projected graph into Neo4j: the uniqueness constraint and index first, then nodes and
/// relationships with <c>UNWIND $rows … MERGE</c>, one transaction per batch, each retried on
/// transient errors. MERGE makes it idempotent: loading the same graph twice changes nothing, and
/// a load that was interrupted completes without duplicates when run again.
/// </summary>
public sealed class GraphLoader
{
    private readonly Neo4jDriver _driver;
    private readonly LoaderOptions _options;

    /// <summary>Creates a loader.</summary>
    public GraphLoader(Neo4jDriver driver, LoaderOptions? options = null)
    {
        _driver = driver ?? throw new ArgumentNullException(nameof(driver));
        _options = options ?? new LoaderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
    }

    /// <summary>Loads <paramref name="graph"/>.</summary>
    public async Task<LoadReport> LoadAsync(PropertyGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var session = _driver.AsyncSession(new SessionConfig { Database = _options.Database });
        var totals = new Totals();

        // Schema changes may not share a transaction with data: each runs on its own.
        foreach (var statement in CypherStatements.Schema)
        {
            await RunBatchAsync(session, statement, null, totals, cancellationToken).ConfigureAwait(false);
        }

        if (graph.Prefixes.Count > 0)
        {
            var prefixes = graph.Prefixes.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
            await RunBatchAsync(session, CypherStatements.MergePrefixes("$prefixes"), new Dictionary<string, object?> { ["prefixes"] = prefixes }, totals, cancellationToken).ConfigureAwait(false);
        }

        long nodesDone = 0, relationshipsDone = 0;
        foreach (var (labels, nodes) in CypherStatements.NodeBatches(graph, _options.BatchSize))
        {
            var rows = nodes.Select(NodeRow).ToList();
            await RunBatchAsync(session, CypherStatements.MergeNodes(labels, "$rows"), new Dictionary<string, object?> { ["rows"] = rows }, totals, cancellationToken).ConfigureAwait(false);
            nodesDone += nodes.Count;
            progress?.Report(new LoadProgress(nodesDone, graph.Nodes.Count, 0, graph.Relationships.Count));
        }

        foreach (var (type, relationships) in CypherStatements.RelationshipBatches(graph, _options.BatchSize))
        {
            var rows = relationships.Select(RelationshipRow).ToList();
            await RunBatchAsync(session, CypherStatements.MergeRelationships(type, "$rows"), new Dictionary<string, object?> { ["rows"] = rows }, totals, cancellationToken).ConfigureAwait(false);
            relationshipsDone += relationships.Count;
            progress?.Report(new LoadProgress(nodesDone, graph.Nodes.Count, relationshipsDone, graph.Relationships.Count));
        }

        return new LoadReport(graph.Nodes.Count, graph.Relationships.Count, totals.NodesCreated, totals.RelationshipsCreated, totals.PropertiesSet, totals.LabelsAdded, totals.Transactions);
    }

    private static Dictionary<string, object?> NodeRow(GraphNode node) => new(2, StringComparer.Ordinal)
    {
        ["uri"] = node.Uri,
        ["props"] = node.Properties,
    };

    private static Dictionary<string, object?> RelationshipRow(GraphRelationship relationship) => new(2, StringComparer.Ordinal)
    {
        ["s"] = relationship.StartUri,
        ["o"] = relationship.EndUri,
    };

    private static async Task RunBatchAsync(AsyncSession session, string query, IReadOnlyDictionary<string, object?>? parameters, Totals totals, CancellationToken cancellationToken)
    {
        var counters = await session.ExecuteWriteAsync(
            async tx =>
            {
                var cursor = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
                return (await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false)).Counters;
            },
            cancellationToken).ConfigureAwait(false);
        totals.Add(counters);
    }

    private sealed class Totals
    {
        public long NodesCreated { get; private set; }

        public long RelationshipsCreated { get; private set; }

        public long PropertiesSet { get; private set; }

        public long LabelsAdded { get; private set; }

        public int Transactions { get; private set; }

        public void Add(Counters counters)
        {
            NodesCreated += counters.NodesCreated;
            RelationshipsCreated += counters.RelationshipsCreated;
            PropertiesSet += counters.PropertiesSet;
            LabelsAdded += counters.LabelsAdded;
            Transactions++;
        }
    }
}
