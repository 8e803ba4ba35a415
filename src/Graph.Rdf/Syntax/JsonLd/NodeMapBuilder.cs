namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Node Map Generation (JSON-LD 1.1 API §7.2.2): flattens expanded JSON-LD into graph name → subject → node.</summary>
internal sealed class NodeMapBuilder
{
    private readonly BlankNodeIssuer _issuer;

    public NodeMapBuilder(BlankNodeIssuer issuer) => _issuer = issuer;

    /// <summary>The node map: graph name (@default for the default graph) → node identifier → node object.</summary>
    public Dictionary<string, Dictionary<string, Dictionary<string, object?>>> NodeMap { get; } =
        new(StringComparer.Ordinal) { ["@default"] = new(StringComparer.Ordinal) };

    /// <summary>Adds an expanded element to the node map.</summary>
    public void Add(object? element, string activeGraph = "@default", object? activeSubject = null, string? activeProperty = null, Dictionary<string, object?>? list = null)
    {
        if (element is List<object?> array)
        {
            foreach (var item in array)
            {
                Add(item, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not Dictionary<string, object?> map || (map.TryGetValue("@id", out var nullId) && nullId is null))
        {
            // An @id that expanded to null (a keyword-like string) names nothing: the node is left out.
            return;
        }

        if (!NodeMap.TryGetValue(activeGraph, out var graph))
        {
            graph = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
            NodeMap[activeGraph] = graph;
        }

        var subjectNode = activeSubject is string subject ? graph[subject] : null;
        if (map.TryGetValue("@type", out var types) && !map.ContainsKey("@value"))
        {
            map["@type"] = JsonLdJson.AsList(types).Select(t => t is string s && JsonLdKeywords.IsBlankNodeId(s) ? _issuer.Issue(s) : t).ToList();
        }

        if (map.ContainsKey("@value"))
        {
            if (list is null)
            {
                if (subjectNode is not null && activeProperty is not null)
                {
                    AddUnique(subjectNode, activeProperty, map);
                }
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(map);
            }

            return;
        }

        if (map.TryGetValue("@list", out var listItems))
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@list"] = new List<object?>() };
            Add(listItems, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                if (subjectNode is not null && activeProperty is not null)
                {
                    Expander.AddValue(subjectNode, activeProperty, result);
                }
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(result);
            }

            return;
        }

        AddNode(map, graph, activeGraph, activeSubject, activeProperty, subjectNode, list);
    }

    private void AddNode(
        Dictionary<string, object?> map, Dictionary<string, Dictionary<string, object?>> graph, string activeGraph,
        object? activeSubject, string? activeProperty, Dictionary<string, object?>? subjectNode, Dictionary<string, object?>? list)
    {
        var id = map.GetValueOrDefault("@id") as string;
        id = id is null ? _issuer.Issue() : JsonLdKeywords.IsBlankNodeId(id) ? _issuer.Issue(id) : id;
        if (!graph.TryGetValue(id, out var node))
        {
            node = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = id };
            graph[id] = node;
        }

        if (activeSubject is Dictionary<string, object?> reverseSubject)
        {
            AddUnique(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = id };
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty, reference);
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(reference);
            }
        }

        if (map.TryGetValue("@type", out var types))
        {
            foreach (var type in JsonLdJson.AsList(types))
            {
                AddUnique(node, "@type", type);
            }
        }

        if (map.TryGetValue("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existing) && !JsonLdJson.DeepEquals(existing, index))
            {
                throw new JsonLdException("conflicting indexes", $"the node {id} has two different @index values");
            }

            node["@index"] = index;
        }

        if (map.TryGetValue("@reverse", out var reverse) && reverse is Dictionary<string, object?> reverseMap)
        {
            var referenced = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = id };
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in JsonLdJson.AsList(values))
                {
                    Add(value, activeGraph, referenced, property);
                }
            }
        }

        if (map.TryGetValue("@graph", out var nested))
        {
            Add(nested, id);
        }

        if (map.TryGetValue("@included", out var included))
        {
            Add(included, activeGraph);
        }

        foreach (var property in map.Keys.Order(StringComparer.Ordinal))
        {
            if (property is "@id" or "@type" or "@index" or "@reverse" or "@graph" or "@included")
            {
                continue;
            }

            var name = JsonLdKeywords.IsBlankNodeId(property) ? _issuer.Issue(property) : property;
            if (!node.ContainsKey(name))
            {
                node[name] = new List<object?>();
            }

            Add(map[property], activeGraph, id, name);
        }
    }

    private static void AddUnique(Dictionary<string, object?> node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing))
        {
            node[property] = new List<object?> { value };
            return;
        }

        var list = existing as List<object?>;
        if (list is null)
        {
            list = [existing];
            node[property] = list;
        }

        if (!list.Any(item => JsonLdJson.DeepEquals(item, value)))
        {
            list.Add(value);
        }
    }
}
