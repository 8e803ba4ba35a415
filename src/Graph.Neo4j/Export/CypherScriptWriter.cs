using System.Text;
using Graph.Neo4j.Loading;
using Graph.Neo4j.Projection;

namespace Graph.Neo4j.Export;

/// <summary>
/// Writes a projected graph as a Cypher script that <c>cypher-shell -f</c> runs, or that can be
/// pasted into Neo4j Browser: the same statements the loader runs, with the rows written as
/// escaped literals (a script cannot take parameters). Running it twice changes nothing.
/// </summary>
public static class CypherScriptWriter
{
    /// <summary>Writes the script.</summary>
    public static void Write(PropertyGraph graph, TextWriter output, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"// {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships projected from RDF (n10s style).");
        output.WriteLine("// Run with: cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher  (or paste into Neo4j Browser).");
        output.WriteLine("// Every statement MERGEs on Resource.uri, so running the script again changes nothing.");
        foreach (var statement in CypherStatements.Schema)
        {
            output.Write(statement);
            output.WriteLine(';');
        }

        var builder = new StringBuilder();
        if (graph.Prefixes.Count > 0)
        {
            CypherLiteral.Append(builder, graph.Prefixes.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
            output.Write(CypherStatements.MergePrefixes(builder.ToString()));
            output.WriteLine(';');
        }

        foreach (var (labels, nodes) in CypherStatements.NodeBatches(graph, batchSize))
        {
            var rows = ListLiteral(builder, nodes, (b, node) =>
            {
                b.Append("{uri: ");
                CypherLiteral.Append(b, node.Uri);
                b.Append(", props: ");
                CypherLiteral.Append(b, node.Properties);
                b.Append('}');
            });
            output.Write(CypherStatements.MergeNodes(labels, rows));
            output.WriteLine(';');
        }

        foreach (var (type, relationships) in CypherStatements.RelationshipBatches(graph, batchSize))
        {
            var rows = ListLiteral(builder, relationships, (b, relationship) =>
            {
                b.Append("{s: ");
                CypherLiteral.Append(b, relationship.StartUri);
                b.Append(", o: ");
                CypherLiteral.Append(b, relationship.EndUri);
                b.Append('}');
            });
            output.Write(CypherStatements.MergeRelationships(type, rows));
            output.WriteLine(';');
        }
    }

    /// <summary>A Cypher list literal of the rows, one a line, the way the script shows batches.</summary>
    private static string ListLiteral<T>(StringBuilder builder, IReadOnlyList<T> rows, Action<StringBuilder, T> appendRow)
    {
        builder.Clear();
        builder.Append('[');
        for (var i = 0; i < rows.Count; i++)
        {
            builder.Append(i == 0 ? "\n  " : ",\n  ");
            appendRow(builder, rows[i]);
        }

        builder.Append("\n]");
        return builder.ToString();
    }
}
