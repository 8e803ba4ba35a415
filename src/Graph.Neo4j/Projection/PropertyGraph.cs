namespace Graph.Neo4j.Projection;

/// <summary>A node of the projected graph.</summary>
/// <param name="Uri">The resource's IRI (or <c>bnode://label</c> for a blank node): its identity.</param>
/// <param name="Labels">Its labels from <c>rdf:type</c>, besides <see cref="ProjectionOptions.ResourceLabel"/>.</param>
/// <param name="Properties">
/// Its properties: strings, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/>, <see cref="DateTime"/> (local date-times), or lists of these.
/// </param>
public sealed record GraphNode(string Uri, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object> Properties);

/// <summary>A relationship of the projected graph, identified by its ends and type.</summary>
/// <param name="StartUri">The subject's uri.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="EndUri">The object's uri.</param>
public sealed record GraphRelationship(string StartUri, string Type, string EndUri);

/// <summary>An RDF dataset projected to a property graph.</summary>
/// <param name="Nodes">The nodes, in the order their resources first appeared.</param>
/// <param name="Relationships">The relationships, without duplicates, in reading order.</param>
/// <param name="Prefixes">The prefixes used by <see cref="VocabularyHandling.Shorten"/> (prefix → namespace); empty otherwise.</param>
/// <param name="SkippedStatements">Statements with no property-graph form (RDF 1.2 triple terms), left out.</param>
public sealed record PropertyGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships, IReadOnlyDictionary<string, string> Prefixes, long SkippedStatements)
{
    /// <summary>Nodes plus relationships.</summary>
    public long ElementCount => Nodes.Count + (long)Relationships.Count;
}
