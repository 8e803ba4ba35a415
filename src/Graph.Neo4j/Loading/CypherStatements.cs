using Graph.Neo4j.Projection;

namespace Graph.Neo4j.Loading;

/// <summary>
/// The Cypher the loader runs and the script export writes. Values never appear in the text: it
/// reads them from a rows expression (<c>$rows</c> for the loader). Labels and types are identifiers,
/// which Cypher cannot take as parameters; they are always quoted with backticks.
/// </summary>
public static class CypherStatements
{
    /// <summary>The name of the uniqueness constraint on <c>Resource.uri</c> (the one n10s creates).</summary>
    public const string ConstraintName = "n10s_unique_uri";

    /// <summary>The schema statements, run before any data.</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        $"CREATE CONSTRAINT {ConstraintName} IF NOT EXISTS FOR (r:{ProjectionOptions.ResourceLabel}) REQUIRE r.uri IS UNIQUE",
        $"CREATE INDEX resource_name IF NOT EXISTS FOR (r:{ProjectionOptions.ResourceLabel}) ON (r.name)",
    ];

    /// <summary>Merges nodes that share one label set; each row is <c>{uri, props}</c>.</summary>
    public static string MergeNodes(IReadOnlyList<string> labels, string rows)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var setLabels = labels.Count == 0 ? string.Empty : " SET n:" + string.Join(':', labels.Select(Quote));
        return $"UNWIND {rows} AS row MERGE (n:{ProjectionOptions.ResourceLabel} {{uri: row.uri}}) SET n += row.props{setLabels}";
    }

    /// <summary>Merges relationships of one type; each row is <c>{s, o}</c>, the uris of their ends.</summary>
    public static string MergeRelationships(string type, string rows) =>
        $"UNWIND {rows} AS row MATCH (s:{ProjectionOptions.ResourceLabel} {{uri: row.s}}) MATCH (o:{ProjectionOptions.ResourceLabel} {{uri: row.o}}) MERGE (s)-[:{Quote(type)}]->(o)";

    /// <summary>Records the prefixes of SHORTEN names on one node, as n10s does.</summary>
    public static string MergePrefixes(string prefixes) => $"MERGE (p:_NsPrefDef) SET p += {prefixes}";

    /// <summary>Quotes an identifier with backticks, doubling any backtick inside.</summary>
    public static string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    /// <summary>The node rows grouped by label set, in batches.</summary>
    public static IEnumerable<(IReadOnlyList<string> Labels, IReadOnlyList<GraphNode> Nodes)> NodeBatches(PropertyGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var group in graph.Nodes.GroupBy(n => string.Join('\u0001', n.Labels.Order(StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            var labels = group.First().Labels.Order(StringComparer.Ordinal).ToList();
            foreach (var chunk in group.Chunk(batchSize))
            {
                yield return (labels, chunk);
            }
        }
    }

    /// <summary>The relationship rows grouped by type, in batches.</summary>
    public static IEnumerable<(string Type, IReadOnlyList<GraphRelationship> Relationships)> RelationshipBatches(PropertyGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var group in graph.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Chunk(batchSize))
            {
                yield return (group.Key, chunk);
            }
        }
    }
}
