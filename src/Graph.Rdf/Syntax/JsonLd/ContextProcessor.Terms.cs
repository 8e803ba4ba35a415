namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Create Term Definition (API §4.2.2) and IRI Expansion (API §5.2.2).</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private static readonly HashSet<string> ContainerKeywords = new(StringComparer.Ordinal)
    {
        "@graph", "@id", "@index", "@language", "@list", "@set", "@type",
    };

    /// <summary>IRI Expansion (API §5.2.2), outside context processing.</summary>
    public static string? ExpandIri(ActiveContext active, string? value, bool documentRelative = false, bool vocab = false) =>
        ExpandIri(active, value, documentRelative, vocab, null, null);

    private static string? ExpandIri(ActiveContext active, string? value, bool documentRelative, bool vocab, ContextProcessor? processor, TermScope? scope)
    {
        if (value is null || JsonLdKeywords.IsKeyword(value))
        {
            return value;
        }

        if (JsonLdKeywords.HasKeywordForm(value))
        {
            return null;
        }

        if (scope is not null && scope.LocalContext.ContainsKey(value) && (!scope.Defined.TryGetValue(value, out var done) || !done))
        {
            processor!.CreateTermDefinition(active, value, scope);
        }

        var hasTerm = active.Terms.TryGetValue(value, out var definition);
        if (definition is not null && JsonLdKeywords.IsKeyword(definition.IriMapping))
        {
            return definition.IriMapping;
        }

        if (vocab && hasTerm)
        {
            return definition?.IriMapping;
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (scope is not null && scope.LocalContext.ContainsKey(prefix) && (!scope.Defined.TryGetValue(prefix, out var prefixDone) || !prefixDone))
            {
                processor!.CreateTermDefinition(active, prefix, scope);
            }

            var prefixDefinition = active.Term(prefix);
            if (prefixDefinition?.IriMapping is not null && prefixDefinition.Prefix)
            {
                return prefixDefinition.IriMapping + suffix;
            }

            if (JsonLdKeywords.IsAbsoluteIri(value))
            {
                return value;
            }
        }

        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }

        if (documentRelative)
        {
            return JsonLdKeywords.Resolve(active.BaseIri, value);
        }

        return value;
    }

    private void CreateTermDefinition(ActiveContext active, string term, TermScope scope)
    {
        if (scope.Defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException("cyclic IRI mapping", $"the term '{term}' is defined through itself");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "the empty string cannot be a term");
        }

        scope.Defined[term] = false;
        var value = scope.LocalContext[term];
        if (term == "@type" && !active.IsJsonLd10 && value is Dictionary<string, object?> typeMap && typeMap.Count > 0
            && typeMap.Keys.All(k => k is "@container" or "@protected") && (!typeMap.TryGetValue("@container", out var c) || c is "@set"))
        {
            // @type may be given @container: @set and @protected.
        }
        else if (JsonLdKeywords.IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", $"the keyword {term} cannot be redefined");
        }
        else if (JsonLdKeywords.HasKeywordForm(term))
        {
            scope.Defined[term] = true;
            return;
        }

        active.Terms.TryGetValue(term, out var previous);
        active.Terms.Remove(term);
        var simpleTerm = false;
        Dictionary<string, object?> map;
        switch (value)
        {
            case null:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = null };
                break;
            case string s:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@id"] = s };
                simpleTerm = true;
                break;
            case Dictionary<string, object?> m:
                map = m;
                break;
            default:
                throw new JsonLdException("invalid term definition", $"the definition of '{term}' must be null, a string or an object");
        }

        var definition = new TermDefinition { Protected = scope.Protected };
        if (map.TryGetValue("@protected", out var protectedValue))
        {
            if (active.IsJsonLd10)
            {
                throw new JsonLdException("invalid term definition", "@protected is not allowed in json-ld-1.0 processing mode");
            }

            definition.Protected = protectedValue as bool? ?? throw new JsonLdException("invalid @protected value", "@protected must be true or false");
        }

        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string typeString)
            {
                throw new JsonLdException("invalid type mapping", $"the @type of '{term}' must be a string");
            }

            var type = ExpandIri(active, typeString, false, true, this, scope);
            if (active.IsJsonLd10 && type is "@json" or "@none")
            {
                throw new JsonLdException("invalid type mapping", $"@type {type} is not allowed in json-ld-1.0 processing mode");
            }

            if (type is not ("@id" or "@json" or "@none" or "@vocab") && !JsonLdKeywords.IsAbsoluteIri(type))
            {
                throw new JsonLdException("invalid type mapping", $"the @type of '{term}' is not an IRI or @id, @json, @none, @vocab");
            }

            definition.TypeMapping = type;
        }

        if (map.TryGetValue("@reverse", out var reverseValue))
        {
            DefineReverse(active, term, map, reverseValue, definition, previous, scope);
            return;
        }

        if (map.TryGetValue("@id", out var idValue) && !(idValue is string sameId && sameId == term))
        {
            if (idValue is null)
            {
                definition.IriMapping = null;
            }
            else if (idValue is not string id)
            {
                throw new JsonLdException("invalid IRI mapping", $"the @id of '{term}' must be a string");
            }
            else if (!JsonLdKeywords.IsKeyword(id) && JsonLdKeywords.HasKeywordForm(id))
            {
                scope.Defined[term] = true;
                return;
            }
            else
            {
                var iri = ExpandIri(active, id, false, true, this, scope);
                if (iri is null || (!JsonLdKeywords.IsKeyword(iri) && !JsonLdKeywords.IsAbsoluteIri(iri) && !JsonLdKeywords.IsBlankNodeId(iri)))
                {
                    throw new JsonLdException("invalid IRI mapping", $"'{term}' is mapped to '{id}', which is not an IRI, blank node identifier or keyword");
                }

                if (iri == "@context")
                {
                    throw new JsonLdException("invalid keyword alias", "@context cannot be aliased");
                }

                definition.IriMapping = iri;
                var innerColon = term.Length > 1 ? term.IndexOf(':', 1) : -1;
                if ((innerColon > 0 && innerColon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    scope.Defined[term] = true;
                    if (ExpandIri(active, term, false, true, this, scope) != iri)
                    {
                        throw new JsonLdException("invalid IRI mapping", $"the term '{term}' looks like an IRI but is mapped to another one");
                    }
                }

                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (JsonLdKeywords.IsBlankNodeId(iri) || (!JsonLdKeywords.IsKeyword(iri) && JsonLdKeywords.EndsWithGenDelim(iri))))
                {
                    definition.Prefix = true;
                }
            }
        }
        else if (term.Length > 1 && term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            if (scope.LocalContext.ContainsKey(prefix))
            {
                CreateTermDefinition(active, prefix, scope);
            }

            var prefixDefinition = active.Term(prefix);
            definition.IriMapping = prefixDefinition?.IriMapping is not null ? prefixDefinition.IriMapping + term[(colon + 1)..] : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = ExpandIri(active, term, vocab: true);
            if (!JsonLdKeywords.IsAbsoluteIri(iri))
            {
                throw new JsonLdException("invalid IRI mapping", $"the term '{term}' does not expand to an IRI");
            }

            definition.IriMapping = iri;
        }
        else if (term == "@type")
        {
            definition.IriMapping = "@type";
        }
        else if (active.Vocab is not null)
        {
            definition.IriMapping = active.Vocab + term;
        }
        else
        {
            throw new JsonLdException("invalid IRI mapping", $"the term '{term}' has no @id and there is no @vocab to expand it with");
        }

        ReadTermOptions(active, term, map, definition, scope);
        Finish(active, term, definition, previous, scope);
    }

    private void DefineReverse(ActiveContext active, string term, Dictionary<string, object?> map, object? reverseValue, TermDefinition definition, TermDefinition? previous, TermScope scope)
    {
        if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
        {
            throw new JsonLdException("invalid reverse property", $"the reverse property '{term}' cannot have @id or @nest");
        }

        if (reverseValue is not string reverse)
        {
            throw new JsonLdException("invalid IRI mapping", $"the @reverse of '{term}' must be a string");
        }

        if (JsonLdKeywords.HasKeywordForm(reverse))
        {
            scope.Defined[term] = true;
            return;
        }

        var iri = ExpandIri(active, reverse, false, true, this, scope);
        if (iri is null || (!JsonLdKeywords.IsAbsoluteIri(iri) && !JsonLdKeywords.IsBlankNodeId(iri)))
        {
            throw new JsonLdException("invalid IRI mapping", $"the @reverse of '{term}' is not an IRI");
        }

        definition.IriMapping = iri;
        if (map.TryGetValue("@container", out var container))
        {
            if (container is not (null or "@set" or "@index"))
            {
                throw new JsonLdException("invalid reverse property", $"the container of the reverse property '{term}' must be @set, @index or null");
            }

            if (container is string cs)
            {
                definition.Container = [cs];
            }
        }

        definition.IsReverse = true;
        if (map.TryGetValue("@index", out var indexValue))
        {
            ReadIndex(active, term, definition, indexValue, scope);
        }

        foreach (var key in map.Keys)
        {
            if (!TermDefinitionKeys.Contains(key))
            {
                throw new JsonLdException("invalid term definition", $"the definition of '{term}' has an unknown entry {key}");
            }
        }

        Finish(active, term, definition, previous, scope);
    }

    private void ReadTermOptions(ActiveContext active, string term, Dictionary<string, object?> map, TermDefinition definition, TermScope scope)
    {
        if (map.TryGetValue("@container", out var containerValue))
        {
            definition.Container = ReadContainer(active, term, containerValue);
            if (definition.HasContainer("@type"))
            {
                definition.TypeMapping ??= "@id";
                if (definition.TypeMapping is not ("@id" or "@vocab"))
                {
                    throw new JsonLdException("invalid type mapping", $"a type map '{term}' must have @type @id or @vocab");
                }
            }
        }

        if (map.TryGetValue("@index", out var indexValue))
        {
            ReadIndex(active, term, definition, indexValue, scope);
        }

        if (map.TryGetValue("@context", out var scoped))
        {
            ReadScopedContext(active, term, definition, scoped, scope);
        }

        if (map.TryGetValue("@language", out var language) && !map.ContainsKey("@type"))
        {
            if (language is not (null or string))
            {
                throw new JsonLdException("invalid language mapping", $"the @language of '{term}' must be a string or null");
            }

            definition.HasLanguage = true;
            definition.Language = (string?)language;
        }

        if (map.TryGetValue("@direction", out var direction) && !map.ContainsKey("@type"))
        {
            if (direction is not (null or "ltr" or "rtl"))
            {
                throw new JsonLdException("invalid base direction", $"the @direction of '{term}' must be \"ltr\", \"rtl\" or null");
            }

            definition.HasDirection = true;
            definition.Direction = (string?)direction;
        }

        if (map.TryGetValue("@nest", out var nest))
        {
            if (active.IsJsonLd10)
            {
                throw new JsonLdException("invalid term definition", "@nest is not allowed in json-ld-1.0 processing mode");
            }

            if (nest is not string nestName || (JsonLdKeywords.IsKeyword(nestName) && nestName != "@nest"))
            {
                throw new JsonLdException("invalid @nest value", $"the @nest of '{term}' must be a term or @nest");
            }

            definition.Nest = nestName;
        }

        if (map.TryGetValue("@prefix", out var prefix))
        {
            if (active.IsJsonLd10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", $"@prefix is not allowed on '{term}'");
            }

            definition.Prefix = prefix as bool? ?? throw new JsonLdException("invalid @prefix value", "@prefix must be true or false");
            if (definition.Prefix && JsonLdKeywords.IsKeyword(definition.IriMapping))
            {
                throw new JsonLdException("invalid term definition", $"the keyword alias '{term}' cannot be a prefix");
            }
        }

        foreach (var key in map.Keys)
        {
            if (!TermDefinitionKeys.Contains(key))
            {
                throw new JsonLdException("invalid term definition", $"the definition of '{term}' has an unknown entry {key}");
            }
        }
    }

    private void ReadIndex(ActiveContext active, string term, TermDefinition definition, object? indexValue, TermScope scope)
    {
        if (active.IsJsonLd10 || !definition.HasContainer("@index"))
        {
            throw new JsonLdException("invalid term definition", $"@index on '{term}' needs an @index container (json-ld-1.1)");
        }

        if (indexValue is not string index || JsonLdKeywords.IsKeyword(index) || !JsonLdKeywords.IsAbsoluteIri(ExpandIri(active, index, false, true, this, scope)))
        {
            throw new JsonLdException("invalid term definition", $"the @index of '{term}' must be a term or IRI");
        }

        definition.Index = index;
    }

    private void ReadScopedContext(ActiveContext active, string term, TermDefinition definition, object? scoped, TermScope scope)
    {
        if (active.IsJsonLd10)
        {
            throw new JsonLdException("invalid term definition", "scoped contexts are not allowed in json-ld-1.0 processing mode");
        }

        try
        {
            Process(active, scoped, scope.BaseUrl, [.. scope.RemoteContexts], true, true, false);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException("invalid scoped context", $"the scoped context of '{term}' is invalid: {e.Message}", e);
        }

        definition.HasLocalContext = true;
        definition.LocalContext = scoped;
        definition.BaseUrl = scope.BaseUrl;
    }

    private static HashSet<string> ReadContainer(ActiveContext active, string term, object? value)
    {
        var invalid = new JsonLdException("invalid container mapping", $"the @container of '{term}' is not a valid container");
        if (active.IsJsonLd10)
        {
            if (value is not string s || s is "@graph" or "@id" or "@type" || !ContainerKeywords.Contains(s))
            {
                throw invalid;
            }

            return [s];
        }

        var items = value switch
        {
            string s => [s],
            List<object?> list when list.All(i => i is string) => list.Cast<string>().ToList(),
            _ => throw invalid,
        };
        var set = new HashSet<string>(items, StringComparer.Ordinal);
        if (set.Any(i => !ContainerKeywords.Contains(i)) || set.Count != items.Count)
        {
            throw invalid;
        }

        var valid = set.Count switch
        {
            0 => false,
            1 => true,
            _ => set.Contains("@list")
                ? false
                : set.Contains("@graph")
                    ? set.All(i => i is "@graph" or "@id" or "@index" or "@set") && !(set.Contains("@id") && set.Contains("@index"))
                    : set.Count == 2 && set.Contains("@set"),
        };
        return valid ? set : throw invalid;
    }

    private static void Finish(ActiveContext active, string term, TermDefinition definition, TermDefinition? previous, TermScope scope)
    {
        if (!scope.OverrideProtected && previous is not null && previous.Protected)
        {
            if (!definition.SameExceptProtected(previous))
            {
                throw new JsonLdException("protected term redefinition", $"the protected term '{term}' cannot be redefined");
            }

            definition = previous;
        }

        active.Terms[term] = definition;
        scope.Defined[term] = true;
    }
}
