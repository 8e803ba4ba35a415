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
            builder.Clear();
            builder.Append('[');
            for (var i = 0; i < nodes.Count; i++)
            {
                builder.Append(i == 0 ? "\n  " : ",\n  ").Append("{uri: ");
                CypherLiteral.Append(builder, nodes[i].Uri);
                builder.Append(", props: ");
                CypherLiteral.Append(builder, nodes[i].Properties);
                builder.Append('}');
            }

            builder.Append("\n]");
            output.Write(CypherStatements.MergeNodes(labels, builder.ToString()));
            output.WriteLine(';');
        }

        foreach (var (type, relationships) in CypherStatements.RelationshipBatches(graph, batchSize))
        {
            builder.Clear();
            builder.Append('[');
            for (var i = 0; i < relationships.Count; i++)
            {
                builder.Append(i == 0 ? "\n  " : ",\n  ").Append("{s: ");
                CypherLiteral.Append(builder, relationships[i].StartUri);
                builder.Append(", o: ");
                CypherLiteral.Append(builder, relationships[i].EndUri);
                builder.Append('}');
            }

            builder.Append("\n]");
            output.Write(CypherStatements.MergeRelationships(type, builder.ToString()));
            output.WriteLine(';');
        }
    }
}
