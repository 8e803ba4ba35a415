namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>The Compaction algorithm of the JSON-LD 1.1 API (§6.1): expanded JSON-LD shortened with a context.</summary>
internal sealed partial class Compactor
{
    private readonly ContextProcessor _contexts;
    private readonly bool _compactArrays;

    public Compactor(ContextProcessor contexts, bool compactArrays = true)
    {
        _contexts = contexts;
        _compactArrays = compactArrays;
    }

    /// <summary>Compacts an element under an active property.</summary>
    public object? Compact(ActiveContext active, string? activeProperty, object? element)
    {
        if (element is List<object?> array)
        {
            var result = new List<object?>();
            foreach (var item in array)
            {
                var compacted = Compact(active, activeProperty, item);
                if (compacted is not null)
                {
                    result.Add(compacted);
                }
            }

            var definition = activeProperty is null ? null : active.Term(activeProperty);
            if (result.Count != 1 || !_compactArrays || activeProperty is "@graph" or "@set"
                || (definition is not null && (definition.HasContainer("@list") || definition.HasContainer("@set"))))
            {
                return result;
            }

            return result[0];
        }

        if (element is not Dictionary<string, object?> map)
        {
            return element;
        }

        return CompactMap(active, activeProperty, map);
    }

    private object? CompactMap(ActiveContext active, string? activeProperty, Dictionary<string, object?> element)
    {
        var typeScoped = active;
        if (active.PreviousContext is not null && !element.ContainsKey("@value") && !(element.Count == 1 && element.ContainsKey("@id")))
        {
            active = active.PreviousContext;
        }

        if (activeProperty is not null && typeScoped.Term(activeProperty) is { HasLocalContext: true } propertyDefinition)
        {
            active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        if (element.ContainsKey("@value") || element.ContainsKey("@id"))
        {
            var value = CompactValue(active, activeProperty, element);
            if (value is not Dictionary<string, object?> || (activeProperty is not null && active.Term(activeProperty)?.TypeMapping == "@json"))
            {
                return value;
            }
        }

        if (element.TryGetValue("@list", out var listValue) && activeProperty is not null && active.Term(activeProperty) is { } listDefinition
            && listDefinition.HasContainer("@list"))
        {
            return Compact(active, activeProperty, listValue);
        }

        var insideReverse = activeProperty == "@reverse";
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (element.TryGetValue("@type", out var expandedTypes) && !element.ContainsKey("@value"))
        {
            var compactedTypes = JsonLdJson.AsList(expandedTypes).OfType<string>().Select(t => CompactIri(active, t, vocab: true)!).Order(StringComparer.Ordinal).ToList();
            foreach (var term in compactedTypes)
            {
                if (typeScoped.Term(term) is { HasLocalContext: true } typeDefinition)
                {
                    active = _contexts.Process(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                }
            }
        }

        foreach (var expandedProperty in element.Keys.Order(StringComparer.Ordinal))
        {
            CompactEntry(active, typeScoped, activeProperty, insideReverse, expandedProperty, element[expandedProperty], element, result);
        }

        return result;
    }

    private void CompactEntry(
        ActiveContext active, ActiveContext typeScoped, string? activeProperty, bool insideReverse, string expandedProperty, object? expandedValue,
        Dictionary<string, object?> element, Dictionary<string, object?> result)
    {
        switch (expandedProperty)
        {
            case "@id":
                result[Alias(active, "@id")] = expandedValue is string id ? CompactIri(active, id) : expandedValue;
                return;
            case "@type":
                object? compactedType = expandedValue is string single
                    ? CompactIri(typeScoped, single, vocab: true)
                    : JsonLdJson.AsList(expandedValue).Select(t => (object?)(t is string s ? CompactIri(typeScoped, s, vocab: true) : t)).ToList();
                var typeAlias = Alias(active, "@type");
                var typeAsArray = (!active.IsJsonLd10 && active.Term(typeAlias) is { } typeDefinition && typeDefinition.HasContainer("@set")) || !_compactArrays;
                AddValue(result, typeAlias, compactedType, typeAsArray);
                return;
            case "@reverse":
                if (Compact(active, "@reverse", expandedValue) is Dictionary<string, object?> compactedReverse)
                {
                    foreach (var (property, value) in compactedReverse.ToList())
                    {
                        if (active.Term(property) is { IsReverse: true } reverseDefinition)
                        {
                            AddValue(result, property, value, reverseDefinition.HasContainer("@set") || !_compactArrays);
                            compactedReverse.Remove(property);
                        }
                    }

                    if (compactedReverse.Count > 0)
                    {
                        result[Alias(active, "@reverse")] = compactedReverse;
                    }
                }

                return;
            case "@preserve":
                return;
            case "@index" when activeProperty is not null && active.Term(activeProperty) is { } indexDefinition && indexDefinition.HasContainer("@index"):
                return;
            case "@direction" or "@index" or "@language" or "@value":
                result[Alias(active, expandedProperty)] = expandedValue;
                return;
        }

        if (expandedValue is List<object?> { Count: 0 })
        {
            var itemProperty = CompactIri(active, expandedProperty, expandedValue, vocab: true, reverse: insideReverse)!;
            AddValue(NestResult(active, itemProperty, result), itemProperty, new List<object?>(), asArray: true);
        }

        foreach (var expandedItem in JsonLdJson.AsList(expandedValue))
        {
            CompactItem(active, insideReverse, expandedProperty, expandedItem, result);
        }
    }

    private void CompactItem(ActiveContext active, bool insideReverse, string expandedProperty, object? expandedItem, Dictionary<string, object?> result)
    {
        var itemProperty = CompactIri(active, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
        var nestResult = NestResult(active, itemProperty, result);
        var definition = active.Term(itemProperty);
        var asArray = (definition is not null && definition.HasContainer("@set")) || itemProperty is "@graph" or "@list" || !_compactArrays;
        var item = expandedItem as Dictionary<string, object?>;
        var isList = item is not null && item.ContainsKey("@list");
        var isGraph = item is not null && Expander.IsGraphObject(item);
        var inner = isList ? item!["@list"] : isGraph ? item!["@graph"] : expandedItem;
        var compactedItem = Compact(active, itemProperty, inner);
        bool Has(string keyword) => definition is not null && definition.HasContainer(keyword);

        if (isList)
        {
            compactedItem = JsonLdJson.AsList(compactedItem);
            if (!Has("@list"))
            {
                var wrapped = new Dictionary<string, object?>(StringComparer.Ordinal) { [Alias(active, "@list")] = compactedItem };
                if (item!.TryGetValue("@index", out var listIndex))
                {
                    wrapped[Alias(active, "@index")] = listIndex;
                }

                AddValue(nestResult, itemProperty, wrapped, asArray);
            }
            else
            {
                nestResult[itemProperty] = compactedItem;
            }

            return;
        }

        if (isGraph)
        {
            CompactGraphItem(active, item!, itemProperty, compactedItem, nestResult, asArray, Has);
            return;
        }

        if ((Has("@language") || Has("@index") || Has("@id") || Has("@type")) && !Has("@graph"))
        {
            CompactMapItem(active, item, itemProperty, definition!, compactedItem, nestResult, asArray);
            return;
        }

        AddValue(nestResult, itemProperty, compactedItem, asArray);
    }

    private void CompactGraphItem(
        ActiveContext active, Dictionary<string, object?> item, string itemProperty, object? compactedItem,
        Dictionary<string, object?> nestResult, bool asArray, Func<string, bool> has)
    {
        var simple = !item.ContainsKey("@id");
        if (has("@graph") && has("@id"))
        {
            var mapObject = MapObject(nestResult, itemProperty);
            var key = item.GetValueOrDefault("@id") is string graphId ? CompactIri(active, graphId) : Alias(active, "@none");
            AddValue(mapObject, key!, compactedItem, asArray);
        }
        else if (has("@graph") && has("@index") && simple)
        {
            var mapObject = MapObject(nestResult, itemProperty);
            var key = item.GetValueOrDefault("@index") as string ?? Alias(active, "@none");
            AddValue(mapObject, key, compactedItem, asArray);
        }
        else if (has("@graph") && simple)
        {
            if (compactedItem is List<object?> { Count: > 1 })
            {
                compactedItem = new Dictionary<string, object?>(StringComparer.Ordinal) { [Alias(active, "@included")] = compactedItem };
            }

            AddValue(nestResult, itemProperty, compactedItem, asArray);
        }
        else
        {
            var wrapped = new Dictionary<string, object?>(StringComparer.Ordinal) { [Alias(active, "@graph")] = compactedItem };
            if (item.GetValueOrDefault("@id") is string id)
            {
                wrapped[Alias(active, "@id")] = CompactIri(active, id);
            }

            if (item.TryGetValue("@index", out var index))
            {
                wrapped[Alias(active, "@index")] = index;
            }

            AddValue(nestResult, itemProperty, wrapped, asArray);
        }
    }

    private void CompactMapItem(
        ActiveContext active, Dictionary<string, object?>? item, string itemProperty, TermDefinition definition, object? compactedItem,
        Dictionary<string, object?> nestResult, bool asArray)
    {
        var mapObject = MapObject(nestResult, itemProperty);
        var containerKey = Alias(active, definition.HasContainer("@language") ? "@language" : definition.HasContainer("@index") ? "@index" : definition.HasContainer("@id") ? "@id" : "@type");
        var indexKey = definition.Index ?? "@index";
        string? mapKey = null;
        if (definition.HasContainer("@language") && item is not null && item.TryGetValue("@value", out var languageValue))
        {
            compactedItem = languageValue;
            mapKey = item.GetValueOrDefault("@language") as string;
        }
        else if (definition.HasContainer("@index") && indexKey == "@index")
        {
            mapKey = item?.GetValueOrDefault("@index") as string;
        }
        else if (definition.HasContainer("@index"))
        {
            containerKey = compactedItem is Dictionary<string, object?> withKey && withKey.ContainsKey(indexKey)
                ? indexKey
                : CompactIri(active, ContextProcessor.ExpandIri(active, indexKey, vocab: true), vocab: true)!;
            if (compactedItem is Dictionary<string, object?> compactedMap && compactedMap.TryGetValue(containerKey, out var keys))
            {
                var values = JsonLdJson.AsList(keys);
                if (values.Count > 0 && values[0] is string first)
                {
                    mapKey = first;
                    values = values.Skip(1).ToList();
                }

                compactedMap.Remove(containerKey);
                if (values.Count > 0)
                {
                    AddValue(compactedMap, containerKey, values.Count == 1 ? values[0] : values, asArray: false);
                }
            }
        }
        else if (definition.HasContainer("@id"))
        {
            if (compactedItem is Dictionary<string, object?> compactedMap && compactedMap.Remove(containerKey, out var idKey))
            {
                mapKey = idKey as string;
            }
        }
        else if (compactedItem is Dictionary<string, object?> typedMap && typedMap.TryGetValue(containerKey, out var typeKeys))
        {
            var types = JsonLdJson.AsList(typeKeys);
            mapKey = types.FirstOrDefault() as string;
            typedMap.Remove(containerKey);
            if (types.Count > 1)
            {
                typedMap[containerKey] = types.Count == 2 ? types[1] : types.Skip(1).ToList();
            }

            if (typedMap.Count == 1 && typedMap.ContainsKey(Alias(active, "@id")) && item?.GetValueOrDefault("@id") is string nodeId)
            {
                compactedItem = Compact(active, itemProperty, new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = nodeId });
            }
        }

        AddValue(mapObject, mapKey ?? Alias(active, "@none"), compactedItem, asArray);
    }

    private static Dictionary<string, object?> NestResult(ActiveContext active, string itemProperty, Dictionary<string, object?> result)
    {
        if (active.Term(itemProperty)?.Nest is not { } nestTerm)
        {
            return result;
        }

        if (nestTerm != "@nest" && ContextProcessor.ExpandIri(active, nestTerm, vocab: true) != "@nest")
        {
            throw new JsonLdException("invalid @nest value", $"the @nest of '{itemProperty}' is not @nest or a term for it");
        }

        return MapObject(result, nestTerm);
    }

    private static Dictionary<string, object?> MapObject(Dictionary<string, object?> parent, string key)
    {
        if (parent.TryGetValue(key, out var existing) && existing is Dictionary<string, object?> map)
        {
            return map;
        }

        map = new Dictionary<string, object?>(StringComparer.Ordinal);
        parent[key] = map;
        return map;
    }

    private static string Alias(ActiveContext active, string keyword) => CompactIri(active, keyword, vocab: true)!;

    /// <summary>Add value (API): as an array when asked, else a single value that becomes an array on the second.</summary>
    private static void AddValue(Dictionary<string, object?> map, string key, object? value, bool asArray)
    {
        if (asArray && (!map.TryGetValue(key, out var present) || present is not List<object?>))
        {
            map[key] = map.TryGetValue(key, out var single) ? new List<object?> { single } : new List<object?>();
        }

        if (value is List<object?> values)
        {
            foreach (var item in values)
            {
                AddValue(map, key, item, asArray);
            }

            if (values.Count == 0 && !map.ContainsKey(key))
            {
                map[key] = new List<object?>();
            }

            return;
        }

        if (!map.TryGetValue(key, out var existing))
        {
            map[key] = value;
        }
        else if (existing is List<object?> list)
        {
            list.Add(value);
        }
        else
        {
            map[key] = new List<object?> { existing, value };
        }
    }
}
