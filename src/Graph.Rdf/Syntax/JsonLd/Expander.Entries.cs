namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Steps 13 and 14 of Expansion: each entry of a map, keywords, containers, nesting.</summary>
internal sealed partial class Expander
{
    private void ExpandEntries(MapFrame frame, Dictionary<string, object?> element, Dictionary<string, object?> result)
    {
        var active = frame.Active;
        var nests = new List<string>();
        foreach (var key in element.Keys.Order(StringComparer.Ordinal))
        {
            if (key == "@context")
            {
                continue;
            }

            var value = element[key];
            var property = ContextProcessor.ExpandIri(active, key, vocab: true);
            if (property is null || (!property.Contains(':', StringComparison.Ordinal) && !JsonLdKeywords.IsKeyword(property)))
            {
                continue;
            }

            if (JsonLdKeywords.IsKeyword(property))
            {
                if (property == "@nest")
                {
                    if (frame.ActiveProperty == "@reverse")
                    {
                        throw new JsonLdException("invalid reverse property map", "@nest is not allowed in a reverse property map");
                    }

                    nests.Add(key);
                    continue;
                }

                ExpandKeyword(frame, key, property, value, result);
                continue;
            }

            ExpandProperty(frame, key, property, value, result);
        }

        foreach (var nestKey in nests)
        {
            var nestFrame = frame;
            if (active.Term(nestKey) is { HasLocalContext: true } nestDefinition)
            {
                nestFrame = frame with { Active = _contexts.Process(active, nestDefinition.LocalContext, nestDefinition.BaseUrl, overrideProtected: true) };
            }

            foreach (var nested in JsonLdJson.AsList(element[nestKey]))
            {
                if (nested is not Dictionary<string, object?> nestedMap
                    || nestedMap.Keys.Any(k => ContextProcessor.ExpandIri(active, k, vocab: true) == "@value"))
                {
                    throw new JsonLdException("invalid @nest value", "the value of a nesting property must be node objects");
                }

                ExpandEntries(nestFrame, nestedMap, result);
            }
        }
    }

    private void ExpandKeyword(MapFrame frame, string key, string property, object? value, Dictionary<string, object?> result)
    {
        var active = frame.Active;
        if (frame.ActiveProperty == "@reverse")
        {
            throw new JsonLdException("invalid reverse property map", $"the keyword {key} is not allowed in a reverse property map");
        }

        if (result.ContainsKey(property) && (active.IsJsonLd10 || property is not ("@included" or "@type")))
        {
            throw new JsonLdException("colliding keywords", $"two entries expand to {property}");
        }

        object? expanded;
        switch (property)
        {
            case "@id":
                if (value is not string id)
                {
                    throw new JsonLdException("invalid @id value", "@id must be a string");
                }

                expanded = ContextProcessor.ExpandIri(active, id, documentRelative: true);
                break;
            case "@type":
                if (value is not string && (value is not List<object?> typeList || !typeList.All(t => t is string)))
                {
                    throw new JsonLdException("invalid type value", "@type must be a string or an array of strings");
                }

                var types = JsonLdJson.AsList(value).Select(t => (object?)ContextProcessor.ExpandIri(frame.TypeScoped, (string)t!, documentRelative: true, vocab: true)).ToList();
                expanded = value is string ? types[0] : types;
                if (result.TryGetValue("@type", out var existingTypes))
                {
                    var all = JsonLdJson.AsList(existingTypes).ToList();
                    all.AddRange(types);
                    expanded = all;
                }

                break;
            case "@graph":
                expanded = JsonLdJson.AsList(Expand(active, "@graph", value, frame.BaseUrl, fromMap: false));
                break;
            case "@included":
                if (active.IsJsonLd10)
                {
                    return;
                }

                var included = JsonLdJson.AsList(Expand(active, null, value, frame.BaseUrl, fromMap: false));
                if (included.Any(i => i is not Dictionary<string, object?> node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set")))
                {
                    throw new JsonLdException("invalid @included value", "@included must hold node objects");
                }

                if (result.TryGetValue("@included", out var existingIncluded))
                {
                    included = [.. (List<object?>)existingIncluded!, .. included];
                }

                expanded = included;
                break;
            case "@value":
                if (frame.InputType == "@json")
                {
                    if (active.IsJsonLd10)
                    {
                        throw new JsonLdException("invalid value object value", "@json is not allowed in json-ld-1.0 processing mode");
                    }

                    expanded = value;
                    break;
                }

                if (value is not null && !JsonLdJson.IsScalar(value))
                {
                    throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null");
                }

                result["@value"] = value;
                return;
            case "@language":
                if (value is not string language)
                {
                    throw new JsonLdException("invalid language-tagged string", "@language must be a string");
                }

                expanded = language;
                break;
            case "@direction":
                if (active.IsJsonLd10)
                {
                    return;
                }

                if (value is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException("invalid base direction", "@direction must be \"ltr\" or \"rtl\"");
                }

                expanded = value;
                break;
            case "@index":
                if (value is not string)
                {
                    throw new JsonLdException("invalid @index value", "@index must be a string");
                }

                expanded = value;
                break;
            case "@list":
                if (frame.ActiveProperty is null or "@graph")
                {
                    return;
                }

                expanded = JsonLdJson.AsList(Expand(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false));
                break;
            case "@set":
                expanded = Expand(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false);
                break;
            case "@reverse":
                ExpandReverse(frame, value, result);
                return;
            default:
                return;
        }

        if (expanded is not null || property is "@id" || (property == "@value" && frame.InputType == "@json"))
        {
            result[property] = expanded;
        }
    }

    private void ExpandReverse(MapFrame frame, object? value, Dictionary<string, object?> result)
    {
        if (value is not Dictionary<string, object?>)
        {
            throw new JsonLdException("invalid @reverse value", "@reverse must be an object");
        }

        if (Expand(frame.Active, "@reverse", value, frame.BaseUrl, fromMap: false) is not Dictionary<string, object?> expanded)
        {
            return;
        }

        if (expanded.TryGetValue("@reverse", out var doubleReverse) && doubleReverse is Dictionary<string, object?> forward)
        {
            foreach (var (property, item) in forward)
            {
                AddValue(result, property, item);
            }
        }

        foreach (var (property, items) in expanded)
        {
            if (property == "@reverse")
            {
                continue;
            }

            if (!result.TryGetValue("@reverse", out var reverseMapValue) || reverseMapValue is not Dictionary<string, object?> reverseMap)
            {
                reverseMap = new Dictionary<string, object?>(StringComparer.Ordinal);
                result["@reverse"] = reverseMap;
            }

            foreach (var item in JsonLdJson.AsList(items))
            {
                if (item is Dictionary<string, object?> m && (m.ContainsKey("@value") || m.ContainsKey("@list")))
                {
                    throw new JsonLdException("invalid reverse property value", "a reverse property cannot have a value or list");
                }

                AddValue(reverseMap, property, item);
            }
        }
    }

    private void ExpandProperty(MapFrame frame, string key, string property, object? value, Dictionary<string, object?> result)
    {
        var active = frame.Active;
        var definition = active.Term(key);
        object? expanded;
        if (definition?.TypeMapping == "@json")
        {
            expanded = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@value"] = value, ["@type"] = "@json" };
        }
        else if (definition is not null && definition.HasContainer("@language") && value is Dictionary<string, object?> languageMap)
        {
            expanded = ExpandLanguageMap(active, definition, languageMap);
        }
        else if (definition is not null && (definition.HasContainer("@index") || definition.HasContainer("@type") || definition.HasContainer("@id"))
            && value is Dictionary<string, object?> indexMap)
        {
            expanded = ExpandIndexMap(frame, key, definition, indexMap);
        }
        else
        {
            expanded = Expand(active, key, value, frame.BaseUrl, fromMap: false);
        }

        if (expanded is null)
        {
            return;
        }

        if (definition is not null && definition.HasContainer("@list") && !(expanded is Dictionary<string, object?> listObject && listObject.ContainsKey("@list")))
        {
            expanded = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@list"] = JsonLdJson.AsList(expanded) };
        }

        if (definition is not null && definition.HasContainer("@graph") && !definition.HasContainer("@id") && !definition.HasContainer("@index"))
        {
            expanded = JsonLdJson.AsList(expanded)
                .Select(ev => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["@graph"] = JsonLdJson.AsList(ev) })
                .ToList();
        }

        if (definition is { IsReverse: true })
        {
            if (!result.TryGetValue("@reverse", out var reverseMapValue) || reverseMapValue is not Dictionary<string, object?> reverseMap)
            {
                reverseMap = new Dictionary<string, object?>(StringComparer.Ordinal);
                result["@reverse"] = reverseMap;
            }

            foreach (var item in JsonLdJson.AsList(expanded))
            {
                if (item is Dictionary<string, object?> m && (m.ContainsKey("@value") || m.ContainsKey("@list")))
                {
                    throw new JsonLdException("invalid reverse property value", $"the reverse property '{key}' cannot have a value or list");
                }

                AddValue(reverseMap, property, item);
            }

            return;
        }

        AddValue(result, property, expanded);
    }

    private static List<object?> ExpandLanguageMap(ActiveContext active, TermDefinition definition, Dictionary<string, object?> languageMap)
    {
        var result = new List<object?>();
        var direction = definition.HasDirection ? definition.Direction : active.DefaultDirection;
        foreach (var language in languageMap.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var item in JsonLdJson.AsList(languageMap[language]))
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not string text)
                {
                    throw new JsonLdException("invalid language map value", $"the value for language '{language}' must be a string");
                }

                var value = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@value"] = text };
                if (language != "@none" && ContextProcessor.ExpandIri(active, language, vocab: true) != "@none")
                {
                    value["@language"] = language;
                }

                if (direction is not null)
                {
                    value["@direction"] = direction;
                }

                result.Add(value);
            }
        }

        return result;
    }

    private List<object?> ExpandIndexMap(MapFrame frame, string key, TermDefinition definition, Dictionary<string, object?> indexMap)
    {
        var active = frame.Active;
        var result = new List<object?>();
        var indexKey = definition.Index ?? "@index";
        var idOrType = definition.HasContainer("@id") || definition.HasContainer("@type");
        foreach (var index in indexMap.Keys.Order(StringComparer.Ordinal))
        {
            var mapContext = idOrType ? active.PreviousContext ?? active : active;
            if (definition.HasContainer("@type") && mapContext.Term(index) is { HasLocalContext: true } typeDefinition)
            {
                mapContext = _contexts.Process(mapContext, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
            }
            else if (!idOrType)
            {
                mapContext = active;
            }

            var expandedIndex = ContextProcessor.ExpandIri(active, index, vocab: true);
            var items = JsonLdJson.AsList(Expand(mapContext, key, JsonLdJson.AsList(indexMap[index]), frame.BaseUrl, fromMap: true));
            foreach (var rawItem in items)
            {
                var item = rawItem;
                if (definition.HasContainer("@graph") && !(item is Dictionary<string, object?> g && IsGraphObject(g)))
                {
                    item = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@graph"] = JsonLdJson.AsList(item) };
                }

                if (item is not Dictionary<string, object?> node)
                {
                    continue;
                }

                if (definition.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    if (node.ContainsKey("@value"))
                    {
                        throw new JsonLdException("invalid value object", $"a property-valued index '{key}' cannot index a value");
                    }

                    var reExpanded = ExpandValue(active, indexKey, index);
                    var indexProperty = ContextProcessor.ExpandIri(active, indexKey, vocab: true)!;
                    var values = new List<object?> { reExpanded };
                    if (node.TryGetValue(indexProperty, out var existing))
                    {
                        values.AddRange(JsonLdJson.AsList(existing));
                    }

                    node[indexProperty] = values;
                }
                else if (definition.HasContainer("@index") && !node.ContainsKey("@index") && expandedIndex != "@none")
                {
                    node["@index"] = index;
                }
                else if (definition.HasContainer("@id") && !node.ContainsKey("@id") && expandedIndex != "@none")
                {
                    node["@id"] = ContextProcessor.ExpandIri(active, index, documentRelative: true);
                }
                else if (definition.HasContainer("@type") && expandedIndex != "@none")
                {
                    var types = new List<object?> { expandedIndex };
                    if (node.TryGetValue("@type", out var existing))
                    {
                        types.AddRange(JsonLdJson.AsList(existing));
                    }

                    node["@type"] = types;
                }

                result.Add(node);
            }
        }

        return result;
    }

    /// <summary>True for a graph object: @graph with at most @id and @index besides.</summary>
    internal static bool IsGraphObject(Dictionary<string, object?> map) =>
        map.ContainsKey("@graph") && map.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");
}
