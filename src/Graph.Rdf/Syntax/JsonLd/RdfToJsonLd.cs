using System.Globalization;
using System.Text.Json;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Serialize RDF as JSON-LD (JSON-LD 1.1 API §8.2.2) with RDF to Object (§8.4.2): quads to expanded JSON-LD.</summary>
internal sealed class RdfToJsonLd
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private const string RdfFirst = Vocab.Rdf.Namespace + "first";
    private const string RdfRest = Vocab.Rdf.Namespace + "rest";
    private const string RdfNil = Vocab.Rdf.Namespace + "nil";
    private const string RdfValue = Vocab.Rdf.Namespace + "value";
    private const string RdfLanguage = Vocab.Rdf.Namespace + "language";
    private const string RdfDirection = Vocab.Rdf.Namespace + "direction";
    private const string RdfList = Vocab.Rdf.Namespace + "List";

    private readonly JsonLdOptions _options;
    private readonly Dictionary<string, GraphState> _graphs = new(StringComparer.Ordinal);
    private readonly HashSet<Quad> _seen = [];

    /// <summary>Blank nodes used once as an object, in any graph (their usage), or null when used more than once.</summary>
    private readonly Dictionary<string, Usage?> _referencedOnce = new(StringComparer.Ordinal);

    public RdfToJsonLd(JsonLdOptions options)
    {
        _options = options;
        _graphs["@default"] = new GraphState();
    }

    /// <summary>Adds one quad.</summary>
    public void Add(in Quad quad)
    {
        if (!_seen.Add(quad))
        {
            return;
        }

        var name = quad.Graph is null ? "@default" : Id(quad.Graph);
        if (!_graphs.TryGetValue(name, out var graph))
        {
            graph = new GraphState();
            _graphs[name] = graph;
        }

        if (name != "@default")
        {
            _graphs["@default"].Node(name);
        }

        var subject = Id(quad.Subject);
        var node = graph.Node(subject);
        var predicate = quad.Predicate.Value;
        if (_options.RdfDirection == "compound-literal" && predicate == RdfDirection)
        {
            graph.CompoundLiterals.Add(subject);
        }

        var isResource = quad.Object is Iri or BlankNode;
        if (isResource)
        {
            graph.Node(Id(quad.Object));
        }

        if (predicate == Vocab.Rdf.Type.Value && !_options.UseRdfType && isResource)
        {
            AddUnique(node, "@type", Id(quad.Object));
            return;
        }

        var value = ToObject(quad.Object);
        if (_options.UseNativeTypes)
        {
            // Distinct literals may convert to the same native value ("1" and "01" as xsd:integer).
            AddUnique(node, predicate, value);
        }
        else
        {
            // Quads are distinct (see _seen), so their values are too: no search for duplicates.
            Expander.AddValue(node, predicate, value);
        }
        if (quad.Object is Iri { Value: RdfNil })
        {
            graph.NilUsages.Add(new Usage(node, predicate, value));
        }
        else if (quad.Object is BlankNode)
        {
            var objectId = Id(quad.Object);
            _referencedOnce[objectId] = _referencedOnce.ContainsKey(objectId) ? null : new Usage(node, predicate, value);
        }
    }

    /// <summary>The expanded JSON-LD document of everything added.</summary>
    public List<object?> Result()
    {
        foreach (var graph in _graphs.Values)
        {
            FoldCompoundLiterals(graph);
            FoldLists(graph);
        }

        var result = new List<object?>();
        var defaultGraph = _graphs["@default"];
        foreach (var subject in defaultGraph.Nodes.Keys.Order(StringComparer.Ordinal))
        {
            var node = defaultGraph.Nodes[subject];
            if (_graphs.TryGetValue(subject, out var named) && subject != "@default")
            {
                node["@graph"] = named.Nodes.Keys.Order(StringComparer.Ordinal)
                    .Select(k => named.Nodes[k])
                    .Where(n => n.Count > 1 || !n.ContainsKey("@id"))
                    .Cast<object?>()
                    .ToList();
            }

            if (node.Count > 1 || !node.ContainsKey("@id"))
            {
                result.Add(node);
            }
        }

        return result;
    }

    private static string Id(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "_:" + blank.Label,
        _ => throw new JsonLdException("invalid RDF term", $"{term} cannot be a JSON-LD node identifier"),
    };

    private Dictionary<string, object?> ToObject(Term term)
    {
        if (term is not Literal literal)
        {
            return new(StringComparer.Ordinal) { ["@id"] = Id(term) };
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        object? converted = literal.LexicalForm;
        string? type = null;
        var datatype = literal.Datatype.Value;
        if (_options.UseNativeTypes && datatype == Vocab.Xsd.String.Value)
        {
        }
        else if (_options.UseNativeTypes && datatype == Vocab.Xsd.Boolean.Value)
        {
            converted = literal.LexicalForm switch { "true" or "1" => true, "false" or "0" => false, _ => converted };
            type = converted is bool ? null : datatype;
        }
        else if (_options.UseNativeTypes && datatype == Vocab.Xsd.Integer.Value && IsInteger(literal.LexicalForm))
        {
            converted = double.Parse(literal.LexicalForm, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else if (_options.UseNativeTypes && datatype == Vocab.Xsd.Double.Value
            && double.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            converted = number;
        }
        else if (_options.ProcessingMode != JsonLdOptions.JsonLd10 && datatype == Vocab.Rdf.Json.Value)
        {
            try
            {
                converted = JsonLdJson.Parse(literal.LexicalForm);
            }
            catch (JsonException e)
            {
                throw new JsonLdException("invalid JSON literal", $"the rdf:JSON literal is not JSON: {e.Message}", e);
            }

            type = "@json";
        }
        else if (datatype.StartsWith(I18nNamespace, StringComparison.Ordinal) && _options.RdfDirection == "i18n-datatype")
        {
            var fragment = datatype[I18nNamespace.Length..];
            var underscore = fragment.IndexOf('_', StringComparison.Ordinal);
            if (underscore > 0)
            {
                result["@language"] = fragment[..underscore];
            }

            if (underscore >= 0 && underscore + 1 < fragment.Length)
            {
                result["@direction"] = fragment[(underscore + 1)..];
            }
        }
        else if (literal.Language is not null)
        {
            result["@language"] = literal.Language;
            if (literal.Direction is not null)
            {
                result["@direction"] = literal.Direction;
            }
        }
        else if (datatype != Vocab.Xsd.String.Value)
        {
            type = datatype;
        }

        result["@value"] = converted;
        if (type is not null)
        {
            result["@type"] = type;
        }

        return result;
    }

    private static bool IsInteger(string text)
    {
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        return text.Length > start && text.AsSpan(start).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private void FoldCompoundLiterals(GraphState graph)
    {
        foreach (var id in graph.CompoundLiterals)
        {
            if (!_referencedOnce.TryGetValue(id, out var usage) || usage is null || !graph.Nodes.Remove(id, out var literalNode))
            {
                continue;
            }

            foreach (var reference in JsonLdJson.AsList(usage.Node[usage.Property]).OfType<Dictionary<string, object?>>())
            {
                if (reference.GetValueOrDefault("@id") as string != id)
                {
                    continue;
                }

                reference.Remove("@id");
                reference["@value"] = FirstValue(literalNode, RdfValue);
                if (FirstValue(literalNode, RdfLanguage) is string language)
                {
                    reference["@language"] = language;
                }

                if (FirstValue(literalNode, RdfDirection) is string direction)
                {
                    if (direction is not ("ltr" or "rtl"))
                    {
                        throw new JsonLdException("invalid base direction", $"the compound literal {id} has direction '{direction}'");
                    }

                    reference["@direction"] = direction;
                }
            }
        }
    }

    private static object? FirstValue(Dictionary<string, object?> node, string property) =>
        node.TryGetValue(property, out var values) && JsonLdJson.AsList(values).FirstOrDefault() is Dictionary<string, object?> first
            ? first.GetValueOrDefault("@value")
            : null;

    private void FoldLists(GraphState graph)
    {
        foreach (var usage in graph.NilUsages)
        {
            var node = usage.Node;
            var property = usage.Property;
            var head = usage.Value;
            var list = new List<object?>();
            var listNodes = new List<string>();
            while (property == RdfRest && IsListNode(graph, node))
            {
                list.Add(((List<object?>)node[RdfFirst]!)[0]);
                var id = (string)node["@id"]!;
                listNodes.Add(id);
                var next = _referencedOnce[id]!;
                node = next.Node;
                property = next.Property;
                head = next.Value;
                if (!JsonLdKeywords.IsBlankNodeId(node["@id"] as string))
                {
                    break;
                }
            }

            head.Remove("@id");
            list.Reverse();
            head["@list"] = list;
            foreach (var id in listNodes)
            {
                graph.Nodes.Remove(id);
            }
        }
    }

    private bool IsListNode(GraphState graph, Dictionary<string, object?> node)
    {
        if (node.GetValueOrDefault("@id") is not string id || !JsonLdKeywords.IsBlankNodeId(id)
            || !_referencedOnce.TryGetValue(id, out var usage) || usage is null)
        {
            return false;
        }

        foreach (var (key, value) in node)
        {
            var ok = key switch
            {
                "@id" => true,
                RdfFirst or RdfRest => value is List<object?> { Count: 1 },
                "@type" => value is List<object?> { Count: 1 } types && types[0] is RdfList,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return node.ContainsKey(RdfFirst) && node.ContainsKey(RdfRest);
    }

    private static void AddUnique(Dictionary<string, object?> node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing))
        {
            node[property] = new List<object?> { value };
            return;
        }

        var list = (List<object?>)existing!;
        if (!list.Any(item => JsonLdJson.DeepEquals(item, value)))
        {
            list.Add(value);
        }
    }

    /// <summary>Where a node is used as an object: the using node, the property, and the value object that refers to it.</summary>
    private sealed record Usage(Dictionary<string, object?> Node, string Property, Dictionary<string, object?> Value);

    /// <summary>The node map of one graph and what list folding needs to know about it.</summary>
    private sealed class GraphState
    {
        public Dictionary<string, Dictionary<string, object?>> Nodes { get; } = new(StringComparer.Ordinal);

        public List<Usage> NilUsages { get; } = [];

        public HashSet<string> CompoundLiterals { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, object?> Node(string id)
        {
            if (!Nodes.TryGetValue(id, out var node))
            {
                node = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = id };
                Nodes[id] = node;
            }

            return node;
        }
    }
}
