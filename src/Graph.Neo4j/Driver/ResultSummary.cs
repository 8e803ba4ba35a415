namespace Graph.Neo4j.Driver;

/// <summary>What the server said about a finished query.</summary>
/// <param name="Counters">The update counters.</param>
/// <param name="Database">The database that ran the query, when the server says.</param>
/// <param name="QueryType">The query type: <c>r</c>, <c>w</c>, <c>rw</c> or <c>s</c>.</param>
/// <param name="Bookmark">The bookmark of an auto-commit query, or null.</param>
public sealed record ResultSummary(Counters Counters, string? Database, string? QueryType, string? Bookmark)
{
    internal static ResultSummary FromMetadata(IReadOnlyDictionary<string, object?> metadata) => new(
        Counters.FromStats(metadata.TryGetValue("stats", out var stats) ? stats as IReadOnlyDictionary<string, object?> : null),
        metadata.TryGetValue("db", out var db) ? db as string : null,
        metadata.TryGetValue("type", out var type) ? type as string : null,
        metadata.TryGetValue("bookmark", out var bookmark) ? bookmark as string : null);
}

/// <summary>The update counters of a query (the <c>stats</c> of its final SUCCESS).</summary>
/// <param name="NodesCreated">Nodes created.</param>
/// <param name="NodesDeleted">Nodes deleted.</param>
/// <param name="RelationshipsCreated">Relationships created.</param>
/// <param name="RelationshipsDeleted">Relationships deleted.</param>
/// <param name="PropertiesSet">Properties set.</param>
/// <param name="LabelsAdded">Labels added.</param>
/// <param name="ConstraintsAdded">Constraints added.</param>
/// <param name="IndexesAdded">Indexes added.</param>
public sealed record Counters(long NodesCreated, long NodesDeleted, long RelationshipsCreated, long RelationshipsDeleted, long PropertiesSet, long LabelsAdded, long ConstraintsAdded, long IndexesAdded)
{
    /// <summary>True when the query changed the database.</summary>
    public bool ContainsUpdates => NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + ConstraintsAdded + IndexesAdded > 0;

    internal static Counters FromStats(IReadOnlyDictionary<string, object?>? stats)
    {
        long Get(string key) => stats is not null && stats.TryGetValue(key, out var v) && v is long l ? l : 0;
        return new Counters(Get("nodes-created"), Get("nodes-deleted"), Get("relationships-created"), Get("relationships-deleted"), Get("properties-set"), Get("labels-added"), Get("constraints-added"), Get("indexes-added"));
    }
}
