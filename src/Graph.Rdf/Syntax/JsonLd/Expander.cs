namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>The Expansion algorithm of the JSON-LD 1.1 API (§5.1.2): removes the context, leaving full IRIs and explicit values.</summary>
internal sealed partial class Expander
{
    private const int MaxDepth = 1000;

    private readonly ContextProcessor _contexts;
    private int _depth;

    public Expander(ContextProcessor contexts) => _contexts = contexts;

    /// <summary>Expands a whole document: the result is always an array of node objects.</summary>
    public List<object?> ExpandDocument(ActiveContext active, object? document, string? baseUrl)
    {
        var expanded = Expand(active, null, document, baseUrl, fromMap: false);
        if (expanded is Dictionary<string, object?> map && map.Count == 1 && map.TryGetValue("@graph", out var graph))
        {
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            List<object?> list => list,
            _ => [expanded],
        };
    }

    /// <summary>Expands one element under an active property.</summary>
    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap)
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonLdException("invalid local context", $"the document nests deeper than {MaxDepth} levels");
        }

        try
        {
            return ExpandElement(active, activeProperty, element, baseUrl, fromMap);
        }
        finally
        {
            _depth--;
        }
    }

    private object? ExpandElement(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap)
    {
        if (element is null)
        {
            return null;
        }

        var propertyDefinition = activeProperty is null ? null : active.Term(activeProperty);
        if (element is not (Dictionary<string, object?> or List<object?>))
        {
            if (activeProperty is null or "@graph")
            {
                return null;
            }

            if (propertyDefinition is { HasLocalContext: true })
            {
                active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl);
            }

            return ExpandValue(active, activeProperty, element);
        }

        if (element is List<object?> array)
        {
            var result = new List<object?>();
            foreach (var item in array)
            {
                var expandedItem = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (propertyDefinition is not null && propertyDefinition.HasContainer("@list") && expandedItem is List<object?> nested)
                {
                    expandedItem = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@list"] = nested };
                }

                if (expandedItem is List<object?> items)
                {
                    result.AddRange(items);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }

            return result;
        }

        return ExpandMap(active, activeProperty, (Dictionary<string, object?>)element, baseUrl, fromMap, propertyDefinition);
    }

    private object? ExpandMap(ActiveContext active, string? activeProperty, Dictionary<string, object?> element, string? baseUrl, bool fromMap, TermDefinition? propertyDefinition)
    {
        if (active.PreviousContext is not null && !fromMap && !RevertsNot(active, element))
        {
            active = active.PreviousContext;
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        if (element.TryGetValue("@context", out var localContext))
        {
            active = _contexts.Process(active, localContext, baseUrl);
        }

        var typeScoped = active;
        string? inputType = null;
        foreach (var key in element.Keys.Order(StringComparer.Ordinal))
        {
            if (ContextProcessor.ExpandIri(active, key, vocab: true) != "@type")
            {
                continue;
            }

            var types = JsonLdJson.AsList(element[key]);
            foreach (var type in types.OfType<string>().Order(StringComparer.Ordinal))
            {
                if (typeScoped.Term(type) is { HasLocalContext: true } typeDefinition)
                {
                    active = _contexts.Process(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                }
            }

            if (inputType is null && types.Count > 0 && types[^1] is string last)
            {
                inputType = ContextProcessor.ExpandIri(active, last, vocab: true);
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var frame = new MapFrame(active, typeScoped, activeProperty, baseUrl, inputType);
        ExpandEntries(frame, element, result);
        return Finish(result, activeProperty);
    }

    /// <summary>True when a non-propagated context stays in force: the map is a value object or a lone @id reference.</summary>
    private static bool RevertsNot(ActiveContext active, Dictionary<string, object?> element)
    {
        var expandedKeys = element.Keys.Select(k => ContextProcessor.ExpandIri(active, k, vocab: true)).ToList();
        return expandedKeys.Contains("@value") || (expandedKeys.Count == 1 && expandedKeys[0] == "@id");
    }

    private static object? Finish(Dictionary<string, object?> result, string? activeProperty)
    {
        if (result.TryGetValue("@value", out var value))
        {
            if (result.Keys.Any(k => k is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                || (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction"))))
            {
                throw new JsonLdException("invalid value object", "a value object may only have @value, @type or @language/@direction, and @index");
            }

            var type = result.GetValueOrDefault("@type");
            if (type is not "@json")
            {
                if (value is null)
                {
                    return null;
                }

                if (!JsonLdJson.IsScalar(value))
                {
                    throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null");
                }

                if (value is not string && result.ContainsKey("@language"))
                {
                    throw new JsonLdException("invalid language-tagged value", "only a string can have a language");
                }

                if (result.ContainsKey("@type") && (type is not string t || !JsonLdKeywords.IsWellFormedIri(t)))
                {
                    throw new JsonLdException("invalid typed value", "the @type of a value must be an IRI");
                }
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not List<object?>)
        {
            result["@type"] = new List<object?> { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "a @set or @list object may only have @index besides");
            }

            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            return null;
        }

        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list"))
            {
                return null;
            }

            if (result.Count == 1 && result.ContainsKey("@id"))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>Value Expansion (API §5.3.2).</summary>
    private static Dictionary<string, object?> ExpandValue(ActiveContext active, string? activeProperty, object? value)
    {
        var definition = activeProperty is null ? null : active.Term(activeProperty);
        var typeMapping = definition?.TypeMapping;
        if (typeMapping == "@id" && value is string id)
        {
            return new(StringComparer.Ordinal) { ["@id"] = ContextProcessor.ExpandIri(active, id, documentRelative: true) };
        }

        if (typeMapping == "@vocab" && value is string vocabId)
        {
            return new(StringComparer.Ordinal) { ["@id"] = ContextProcessor.ExpandIri(active, vocabId, documentRelative: true, vocab: true) };
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@value"] = value };
        if (typeMapping is not null and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = typeMapping;
        }
        else if (value is string)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
            var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
            if (language is not null)
            {
                result["@language"] = language;
            }

            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }

        return result;
    }

    /// <summary>Adds a value to an entry of a map, as an array (API "add value" with as array true).</summary>
    internal static void AddValue(Dictionary<string, object?> map, string key, object? value, bool asArray = true)
    {
        if (!map.TryGetValue(key, out var existing))
        {
            if (value is List<object?> values)
            {
                map[key] = new List<object?>(values);
            }
            else
            {
                map[key] = asArray ? new List<object?> { value } : value;
            }

            return;
        }

        if (existing is not List<object?> list)
        {
            list = [existing];
            map[key] = list;
        }

        if (value is List<object?> more)
        {
            list.AddRange(more);
        }
        else
        {
            list.Add(value);
        }
    }

    /// <summary>What the entries of one map are expanded with.</summary>
    private sealed record MapFrame(ActiveContext Active, ActiveContext TypeScoped, string? ActiveProperty, string? BaseUrl, string? InputType);
}
