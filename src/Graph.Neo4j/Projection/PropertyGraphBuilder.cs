using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Vocabularies;

namespace Graph.Neo4j.Projection;

/// <summary>
/// Projects RDF to a property graph the way neosemantics (n10s) imports it: every IRI or blank node
/// is a node with a <c>uri</c>; <c>rdf:type</c> gives labels; a literal gives a property; a link
/// to another resource gives a relationship. It is a sink, so a reader streams straight into it;
/// named graphs are merged (a statement in several graphs is one fact here).
/// </summary>
public sealed class PropertyGraphBuilder : IRdfSink
{
    private readonly ProjectionOptions _options;
    private readonly GraphNaming _naming;
    private readonly PrefixMap _prefixes;
    private readonly Dictionary<string, NodeState> _nodes = new(StringComparer.Ordinal);
    private readonly List<NodeState> _order = [];
    private readonly HashSet<GraphRelationship> _relationshipSet = [];
    private readonly List<GraphRelationship> _relationships = [];
    private long _skipped;

    /// <summary>Creates a builder; <paramref name="prefixes"/> names namespaces under SHORTEN (documents' own prefixes are added as read).</summary>
    public PropertyGraphBuilder(ProjectionOptions? options = null, PrefixMap? prefixes = null)
    {
        _options = options ?? new ProjectionOptions();
        _prefixes = prefixes ?? PrefixMap.WellKnown();
        _naming = new GraphNaming(_options.Vocabulary, _prefixes);
    }

    /// <summary>Projects a whole dataset.</summary>
    public static PropertyGraph Project(Graph.Rdf.Datasets.Dataset dataset, ProjectionOptions? options = null, PrefixMap? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var builder = new PropertyGraphBuilder(options, prefixes);
        foreach (var quad in dataset.Match(graph: Graph.Rdf.Datasets.GraphFilter.Any))
        {
            builder.HandleQuad(quad);
        }

        return builder.Build();
    }

    /// <inheritdoc />
    public void HandlePrefix(string prefix, Iri ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        if (prefix.Length > 0 && _prefixes.Namespace(prefix) is null)
        {
            _prefixes.Set(prefix, ns.Value);
        }
    }

    /// <inheritdoc />
    public void HandleQuad(in Quad quad)
    {
        var subjectUri = UriOf(quad.Subject);
        if (subjectUri is null || quad.Object is TripleTerm)
        {
            _skipped++;
            return;
        }

        var subject = NodeFor(subjectUri);
        switch (quad.Object)
        {
            case Literal literal:
                if (LiteralValues.Convert(literal, _options) is { } value)
                {
                    subject.AddProperty(_naming.Name(quad.Predicate.Value), value, _options.Multivalues);
                }

                break;
            case Iri type when quad.Predicate == Vocab.Rdf.Type:
                subject.AddLabel(_naming.Name(type.Value));
                break;
            default:
                var objectUri = UriOf(quad.Object)!;
                NodeFor(objectUri);
                var relationship = new GraphRelationship(subjectUri, _naming.RelationshipType(quad.Predicate.Value), objectUri);
                if (_relationshipSet.Add(relationship))
                {
                    _relationships.Add(relationship);
                }

                break;
        }
    }

    /// <summary>The graph projected so far.</summary>
    public PropertyGraph Build() => new(
        _order.Select(n => n.ToNode()).ToList(),
        _relationships.ToList(),
        new Dictionary<string, string>(_naming.UsedPrefixes, StringComparer.Ordinal),
        _skipped);

    private NodeState NodeFor(string uri)
    {
        if (!_nodes.TryGetValue(uri, out var node))
        {
            node = new NodeState(uri);
            _nodes.Add(uri, node);
            _order.Add(node);
        }

        return node;
    }

    private static string? UriOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "bnode://" + blank.Label,
        _ => null,
    };

    private sealed class NodeState(string uri)
    {
        private readonly List<string> _labels = [];
        private readonly Dictionary<string, List<object>> _properties = new(StringComparer.Ordinal);

        public void AddLabel(string label)
        {
            if (label != ProjectionOptions.ResourceLabel && !_labels.Contains(label))
            {
                _labels.Add(label);
            }
        }

        public void AddProperty(string name, object value, MultivalueHandling multivalues)
        {
            if (!_properties.TryGetValue(name, out var values))
            {
                _properties[name] = [value];
            }
            else if (multivalues == MultivalueHandling.Overwrite)
            {
                values[0] = value;
            }
            else if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        public GraphNode ToNode() => new(
            uri,
            _labels.ToList(),
            _properties.ToDictionary(p => p.Key, p => p.Value.Count == 1 ? p.Value[0] : HomogeneousList(p.Value), StringComparer.Ordinal));

        // Neo4j arrays hold one type: values of mixed types are kept as their text.
        private static object HomogeneousList(List<object> values) =>
            values.All(v => v.GetType() == values[0].GetType())
                ? values.ToList()
                : values.Select(v => v is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : v.ToString() ?? string.Empty).Cast<object>().ToList();
    }
}
