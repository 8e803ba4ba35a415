namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>IRI Compaction (API §6.2) and Value Compaction (API §6.3).</summary>
internal sealed partial class Compactor
{
    /// <summary>Compacts an IRI to a term, compact IRI, vocabulary-relative or base-relative IRI.</summary>
    public static string? CompactIri(ActiveContext active, string? iri, object? value = null, bool vocab = false, bool reverse = false)
    {
        if (iri is null)
        {
            return null;
        }

        active.Inverse ??= InverseContext.Create(active);
        if (vocab && active.Inverse.Contains(iri))
        {
            var term = SelectTerm(active, iri, value, reverse);
            if (term is not null)
            {
                return term;
            }
        }

        if (vocab && active.Vocab is not null && iri.StartsWith(active.Vocab, StringComparison.Ordinal) && iri.Length > active.Vocab.Length)
        {
            var suffix = iri[active.Vocab.Length..];
            if (!active.Terms.ContainsKey(suffix))
            {
                return suffix;
            }
        }

        string? compactIri = null;
        foreach (var (term, definition) in active.Terms)
        {
            if (definition?.IriMapping is not { } prefixIri || prefixIri == iri || !definition.Prefix
                || !iri.StartsWith(prefixIri, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = term + ":" + iri[prefixIri.Length..];
            var better = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && string.CompareOrdinal(candidate, compactIri) < 0);
            if (better && (!active.Terms.TryGetValue(candidate, out var existing) || (existing?.IriMapping == iri && value is null)))
            {
                compactIri = candidate;
            }
        }

        if (compactIri is not null)
        {
            return compactIri;
        }

        var schemeLength = IriSyntax.SchemeLength(iri);
        if (schemeLength > 0 && active.Term(iri[..schemeLength]) is { Prefix: true } && !iri.AsSpan(schemeLength + 1).StartsWith("//"))
        {
            throw new JsonLdException("IRI confused with prefix", $"<{iri}> would be read back as a compact IRI");
        }

        return vocab || active.BaseIri is null || !active.Options.CompactToRelative ? iri : IriRelativizer.Relativize(active.BaseIri, iri);
    }

    private static string? SelectTerm(ActiveContext active, string iri, object? value, bool reverse)
    {
        var defaultLanguage = active.DefaultDirection is not null
            ? (active.DefaultLanguage ?? string.Empty).ToLowerInvariant() + "_" + active.DefaultDirection
            : active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var map = value as Dictionary<string, object?>;
        var containers = new List<string>();
        var typeOrLanguage = "@language";
        string? typeOrLanguageValue = "@null";
        if (map is not null && map.ContainsKey("@index") && !Expander.IsGraphObject(map))
        {
            containers.Add("@index");
            containers.Add("@index@set");
        }

        if (reverse)
        {
            typeOrLanguage = "@type";
            typeOrLanguageValue = "@reverse";
            containers.Add("@set");
        }
        else if (map is not null && map.TryGetValue("@list", out var listValue))
        {
            if (!map.ContainsKey("@index"))
            {
                containers.Add("@list");
            }

            (typeOrLanguage, typeOrLanguageValue) = ListTypeOrLanguage(JsonLdJson.AsList(listValue), defaultLanguage);
        }
        else if (map is not null && Expander.IsGraphObject(map))
        {
            if (map.ContainsKey("@index"))
            {
                containers.AddRange(["@graph@index", "@graph@index@set"]);
            }

            if (map.ContainsKey("@id"))
            {
                containers.AddRange(["@graph@id", "@graph@id@set"]);
            }

            containers.AddRange(["@graph", "@graph@set", "@set"]);
            if (!map.ContainsKey("@index"))
            {
                containers.AddRange(["@graph@index", "@graph@index@set"]);
            }

            if (!map.ContainsKey("@id"))
            {
                containers.AddRange(["@graph@id", "@graph@id@set"]);
            }

            containers.AddRange(["@index", "@index@set"]);
            typeOrLanguage = "@type";
            typeOrLanguageValue = "@id";
        }
        else
        {
            if (map is not null && map.ContainsKey("@value"))
            {
                if (map.TryGetValue("@direction", out var direction) && !map.ContainsKey("@index"))
                {
                    typeOrLanguageValue = ((map.GetValueOrDefault("@language") as string) ?? string.Empty).ToLowerInvariant() + "_" + direction;
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (map.TryGetValue("@language", out var language) && !map.ContainsKey("@index"))
                {
                    typeOrLanguageValue = ((string)language!).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (map.TryGetValue("@type", out var type))
                {
                    typeOrLanguage = "@type";
                    typeOrLanguageValue = (string?)type;
                }
            }
            else
            {
                typeOrLanguage = "@type";
                typeOrLanguageValue = "@id";
                containers.AddRange(["@id", "@id@set", "@type", "@set@type"]);
            }

            containers.Add("@set");
        }

        containers.Add("@none");
        if (!active.IsJsonLd10)
        {
            if (map is null || !map.ContainsKey("@index"))
            {
                containers.AddRange(["@index", "@index@set"]);
            }

            if (map is not null && map.Count == 1 && map.ContainsKey("@value"))
            {
                containers.AddRange(["@language", "@language@set"]);
            }
        }

        typeOrLanguageValue ??= "@null";
        var preferred = new List<string>();
        if (typeOrLanguageValue == "@reverse")
        {
            preferred.Add("@reverse");
        }

        if (typeOrLanguageValue is "@id" or "@reverse" && map is not null && map.GetValueOrDefault("@id") is string id)
        {
            var compacted = CompactIri(active, id, vocab: true);
            if (active.Term(compacted!)?.IriMapping == id)
            {
                preferred.AddRange(["@vocab", "@id", "@none"]);
            }
            else
            {
                preferred.AddRange(["@id", "@vocab", "@none"]);
            }
        }
        else
        {
            preferred.AddRange([typeOrLanguageValue, "@none"]);
            if (map is not null && map.TryGetValue("@list", out var emptyList) && emptyList is List<object?> { Count: 0 })
            {
                typeOrLanguage = "@any";
            }
        }

        preferred.Add("@any");
        foreach (var item in preferred.ToList())
        {
            var underscore = item.IndexOf('_', StringComparison.Ordinal);
            if (underscore >= 0)
            {
                preferred.Add(item[underscore..]);
            }
        }

        return active.Inverse!.SelectTerm(iri, containers, typeOrLanguage, preferred);
    }

    private static (string TypeOrLanguage, string Value) ListTypeOrLanguage(List<object?> list, string defaultLanguage)
    {
        string? commonType = null;
        string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
        foreach (var item in list)
        {
            var itemLanguage = "@none";
            var itemType = "@none";
            var isValue = item is Dictionary<string, object?> m && m.ContainsKey("@value");
            if (isValue)
            {
                var value = (Dictionary<string, object?>)item!;
                if (value.TryGetValue("@direction", out var direction))
                {
                    itemLanguage = ((value.GetValueOrDefault("@language") as string) ?? string.Empty).ToLowerInvariant() + "_" + direction;
                }
                else if (value.TryGetValue("@language", out var language))
                {
                    itemLanguage = ((string)language!).ToLowerInvariant();
                }
                else if (value.TryGetValue("@type", out var type))
                {
                    itemType = (string)type!;
                }
                else
                {
                    itemLanguage = "@null";
                }
            }
            else
            {
                itemType = "@id";
            }

            if (commonLanguage is null)
            {
                commonLanguage = itemLanguage;
            }
            else if (itemLanguage != commonLanguage && isValue)
            {
                commonLanguage = "@none";
            }

            if (commonType is null)
            {
                commonType = itemType;
            }
            else if (itemType != commonType)
            {
                commonType = "@none";
            }

            if (commonLanguage == "@none" && commonType == "@none")
            {
                break;
            }
        }

        commonLanguage ??= "@none";
        commonType ??= "@none";
        return commonType != "@none" ? ("@type", commonType) : ("@language", commonLanguage);
    }

    /// <summary>Value Compaction (API §6.3).</summary>
    private static object? CompactValue(ActiveContext active, string? activeProperty, Dictionary<string, object?> value)
    {
        active.Inverse ??= InverseContext.Create(active);
        var definition = activeProperty is null ? null : active.Term(activeProperty);
        var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
        var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
        var typeMapping = definition?.TypeMapping;
        var indexed = value.ContainsKey("@index") && definition is not null && definition.HasContainer("@index");
        object? result = value;
        if (value.TryGetValue("@id", out var id) && value.Keys.All(k => k is "@id" or "@index"))
        {
            if (typeMapping == "@id" && (!value.ContainsKey("@index") || indexed))
            {
                result = CompactIri(active, (string?)id);
            }
            else if (typeMapping == "@vocab" && (!value.ContainsKey("@index") || indexed))
            {
                result = CompactIri(active, (string?)id, vocab: true);
            }
        }
        else if (value.TryGetValue("@type", out var type) && type is string t && t == typeMapping && (!value.ContainsKey("@index") || indexed))
        {
            result = value["@value"];
        }
        else if (typeMapping == "@none" || (value.TryGetValue("@type", out var otherType) && !Equals(otherType, typeMapping)))
        {
            var copy = new Dictionary<string, object?>(value, StringComparer.Ordinal);
            if (copy.TryGetValue("@type", out var typeValue))
            {
                copy["@type"] = typeValue is string ts ? CompactIri(active, ts, vocab: true) : typeValue;
            }

            result = copy;
        }
        else if (value.TryGetValue("@value", out var v) && v is not string)
        {
            if (!value.ContainsKey("@index") || indexed)
            {
                result = v;
            }
        }
        else if (value.ContainsKey("@value") && string.Equals(value.GetValueOrDefault("@language") as string, language, StringComparison.OrdinalIgnoreCase)
            && (value.GetValueOrDefault("@direction") as string) == direction && (!value.ContainsKey("@index") || indexed))
        {
            result = value["@value"];
        }

        if (result is Dictionary<string, object?> resultMap)
        {
            var aliased = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, item) in resultMap)
            {
                aliased[CompactIri(active, key, vocab: true)!] = item;
            }

            result = aliased;
        }

        return result;
    }
}
