namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// The inverse context (JSON-LD 1.1 API §4.3): for each IRI, container and type or language, the term
/// to compact it to. Built once per active context, on first use by compaction.
/// </summary>
internal sealed class InverseContext
{
    /// <summary>IRI → container key → ("@language" | "@type" | "@any") → value → term.</summary>
    private readonly Dictionary<string, Dictionary<string, Entry>> _byIri = new(StringComparer.Ordinal);

    private InverseContext()
    {
    }

    /// <summary>The terms of one IRI and container, by language (or direction) and by type.</summary>
    internal sealed class Entry
    {
        public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Type { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Any { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Of(string typeOrLanguage) => typeOrLanguage switch
        {
            "@language" => Language,
            "@type" => Type,
            _ => Any,
        };
    }

    /// <summary>True when some term maps to <paramref name="iri"/>.</summary>
    public bool Contains(string iri) => _byIri.ContainsKey(iri);

    /// <summary>Term Selection (API §4.4): the first term found for the containers and preferred values, in order.</summary>
    public string? SelectTerm(string iri, IEnumerable<string> containers, string typeOrLanguage, IEnumerable<string> preferredValues)
    {
        if (!_byIri.TryGetValue(iri, out var containerMap))
        {
            return null;
        }

        var preferred = preferredValues.ToList();
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var entry))
            {
                continue;
            }

            var valueMap = entry.Of(typeOrLanguage);
            foreach (var item in preferred)
            {
                if (valueMap.TryGetValue(item, out var term))
                {
                    return term;
                }
            }
        }

        return null;
    }

    /// <summary>Inverse Context Creation (API §4.3).</summary>
    public static InverseContext Create(ActiveContext active)
    {
        var result = new InverseContext();
        var defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var terms = active.Terms.Where(t => t.Value is not null && t.Value.IriMapping is not null)
            .Select(t => t.Key)
            .OrderBy(t => t.Length)
            .ThenBy(t => t, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var definition = active.Terms[term]!;
            var container = definition.Container is { Count: > 0 } set ? string.Concat(set.Order(StringComparer.Ordinal)) : "@none";
            var iri = definition.IriMapping!;
            if (!result._byIri.TryGetValue(iri, out var containerMap))
            {
                containerMap = new Dictionary<string, Entry>(StringComparer.Ordinal);
                result._byIri[iri] = containerMap;
            }

            if (!containerMap.TryGetValue(container, out var entry))
            {
                entry = new Entry();
                entry.Any["@none"] = term;
                containerMap[container] = entry;
            }

            var languages = entry.Language;
            var types = entry.Type;
            if (definition.IsReverse)
            {
                types.TryAdd("@reverse", term);
            }
            else if (definition.TypeMapping == "@none")
            {
                languages.TryAdd("@any", term);
                types.TryAdd("@any", term);
            }
            else if (definition.TypeMapping is not null)
            {
                types.TryAdd(definition.TypeMapping, term);
            }
            else if (definition.HasLanguage && definition.HasDirection)
            {
                var key = (definition.Language, definition.Direction) switch
                {
                    (not null, not null) => definition.Language.ToLowerInvariant() + "_" + definition.Direction,
                    (not null, null) => definition.Language.ToLowerInvariant(),
                    (null, not null) => "_" + definition.Direction,
                    _ => "@null",
                };
                languages.TryAdd(key, term);
            }
            else if (definition.HasLanguage)
            {
                languages.TryAdd(definition.Language?.ToLowerInvariant() ?? "@null", term);
            }
            else if (definition.HasDirection)
            {
                languages.TryAdd(definition.Direction is null ? "@none" : "_" + definition.Direction, term);
            }
            else if (active.DefaultDirection is not null)
            {
                var key = (active.DefaultLanguage?.ToLowerInvariant() ?? string.Empty) + "_" + active.DefaultDirection;
                languages.TryAdd(key, term);
                languages.TryAdd("@none", term);
                types.TryAdd("@none", term);
            }
            else
            {
                languages.TryAdd(defaultLanguage, term);
                languages.TryAdd("@none", term);
                types.TryAdd("@none", term);
            }
        }

        return result;
    }
}
