namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// The Context Processing algorithm and IRI Expansion of the JSON-LD 1.1 API: turns local contexts
/// (inline, remote, imported, scoped) into active contexts.
/// </summary>
internal sealed partial class ContextProcessor
{
    private const int MaxRemoteContexts = 64;

    private readonly JsonLdOptions _options;
    private readonly Dictionary<string, JsonLdRemoteDocument> _remoteCache = new(StringComparer.Ordinal);

    public ContextProcessor(JsonLdOptions options) => _options = options;

    /// <summary>Processes a local context against an active context (API §4.1.2).</summary>
    public ActiveContext Process(
        ActiveContext active, object? localContext, string? baseUrl, List<string>? remoteContexts = null,
        bool overrideProtected = false, bool propagate = true, bool validateScopedContext = true)
    {
        remoteContexts ??= [];
        var result = active.Clone();
        if (localContext is Dictionary<string, object?> map && map.TryGetValue("@propagate", out var p) && p is bool pb)
        {
            propagate = pb;
        }

        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = active;
        }

        foreach (var context in JsonLdJson.AsList(localContext))
        {
            switch (context)
            {
                case null:
                    if (!overrideProtected && result.Terms.Values.Any(t => t is not null && t.Protected))
                    {
                        throw new JsonLdException("invalid context nullification", "a context with protected terms cannot be set to null");
                    }

                    var previous = result;
                    result = new ActiveContext(active.OriginalBaseUrl, active.OriginalBaseUrl, _options);
                    if (!propagate)
                    {
                        result.PreviousContext = previous;
                    }

                    continue;
                case string reference:
                    result = ProcessRemote(result, reference, baseUrl, remoteContexts, validateScopedContext);
                    continue;
                case Dictionary<string, object?> definitions:
                    ProcessMap(result, definitions, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
                    continue;
                default:
                    throw new JsonLdException("invalid local context", "a context must be null, a string (IRI) or an object");
            }
        }

        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, string reference, string? baseUrl, List<string> remoteContexts, bool validateScopedContext)
    {
        string url;
        try
        {
            url = JsonLdKeywords.Resolve(baseUrl, reference);
        }
        catch (IriFormatException e)
        {
            throw new JsonLdException("loading remote context failed", $"the context reference '{reference}' is not a valid IRI", e);
        }

        if (!validateScopedContext && remoteContexts.Contains(url))
        {
            return result;
        }

        if (remoteContexts.Contains(url))
        {
            throw new JsonLdException("recursive context inclusion", $"the context <{url}> includes itself");
        }

        if (remoteContexts.Count >= MaxRemoteContexts)
        {
            throw new JsonLdException("context overflow", $"more than {MaxRemoteContexts} nested remote contexts");
        }

        remoteContexts.Add(url);
        var (documentUrl, loaded) = LoadContextDocument(url);
        return Process(result, JsonLdJson.Clone(loaded), documentUrl, [.. remoteContexts], false, true, validateScopedContext);
    }

    /// <summary>Loads a remote context document and returns its @context entry.</summary>
    private (string DocumentUrl, object? Context) LoadContextDocument(string url)
    {
        if (!_remoteCache.TryGetValue(url, out var document))
        {
            try
            {
                document = _options.DocumentLoader.Load(url);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException("loading remote context failed", $"<{url}>: {e.Message}", e);
            }

            _remoteCache[url] = document;
        }

        object? parsed;
        try
        {
            parsed = JsonLdJson.Parse(document.Text);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new JsonLdException("loading remote context failed", $"<{url}> is not JSON: {e.Message}", e);
        }

        if (parsed is not Dictionary<string, object?> map || !map.TryGetValue("@context", out var context))
        {
            throw new JsonLdException("invalid remote context", $"<{url}> is not an object with an @context entry");
        }

        return (document.DocumentUrl, context);
    }

    private void ProcessMap(ActiveContext result, Dictionary<string, object?> context, string? baseUrl, List<string> remoteContexts, bool overrideProtected, bool validateScopedContext)
    {
        if (context.TryGetValue("@version", out var version))
        {
            if (version is not double v || v != 1.1)
            {
                throw new JsonLdException("invalid @version value", "@version must be the number 1.1");
            }

            if (result.IsJsonLd10)
            {
                throw new JsonLdException("processing mode conflict", "@version 1.1 in json-ld-1.0 processing mode");
            }
        }

        if (context.TryGetValue("@import", out var import))
        {
            context = MergeImport(result, context, import, baseUrl);
        }

        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            switch (baseValue)
            {
                case null:
                    result.BaseIri = null;
                    break;
                case string s when JsonLdKeywords.IsAbsoluteIri(s):
                    result.BaseIri = s;
                    break;
                case string s when result.BaseIri is not null:
                    result.BaseIri = JsonLdKeywords.Resolve(result.BaseIri, s);
                    break;
                default:
                    throw new JsonLdException("invalid base IRI", "@base must be null, an absolute IRI, or a relative IRI with a base to resolve against");
            }
        }

        if (context.TryGetValue("@vocab", out var vocab))
        {
            switch (vocab)
            {
                case null:
                    result.Vocab = null;
                    break;
                case string s when JsonLdKeywords.IsBlankNodeId(s) || JsonLdKeywords.IsAbsoluteIri(s) || !result.IsJsonLd10:
                    var expanded = ExpandIri(result, s, documentRelative: true, vocab: true);
                    if (expanded is null || (!JsonLdKeywords.IsBlankNodeId(expanded) && !JsonLdKeywords.IsAbsoluteIri(expanded)))
                    {
                        throw new JsonLdException("invalid vocab mapping", $"@vocab '{s}' is not an IRI or blank node identifier");
                    }

                    result.Vocab = expanded;
                    break;
                default:
                    throw new JsonLdException("invalid vocab mapping", "@vocab must be null, an IRI or a blank node identifier");
            }
        }

        if (context.TryGetValue("@language", out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string s => s,
                _ => throw new JsonLdException("invalid default language", "@language must be a string or null"),
            };
        }

        if (context.TryGetValue("@direction", out var direction))
        {
            if (result.IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@direction is not allowed in json-ld-1.0 processing mode");
            }

            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException("invalid base direction", "@direction must be \"ltr\", \"rtl\" or null"),
            };
        }

        if (context.TryGetValue("@propagate", out var propagateValue))
        {
            if (result.IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@propagate is not allowed in json-ld-1.0 processing mode");
            }

            if (propagateValue is not bool)
            {
                throw new JsonLdException("invalid @propagate value", "@propagate must be true or false");
            }
        }

        var isProtected = false;
        if (context.TryGetValue("@protected", out var protectedValue))
        {
            if (result.IsJsonLd10)
            {
                throw new JsonLdException("invalid context entry", "@protected is not allowed in json-ld-1.0 processing mode");
            }

            isProtected = protectedValue as bool? ?? throw new JsonLdException("invalid @protected value", "@protected must be true or false");
        }

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var scope = new TermScope(context, defined, baseUrl, isProtected, overrideProtected, remoteContexts, validateScopedContext);
        foreach (var key in context.Keys)
        {
            if (key is "@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab")
            {
                continue;
            }

            CreateTermDefinition(result, key, scope);
        }
    }

    private Dictionary<string, object?> MergeImport(ActiveContext result, Dictionary<string, object?> context, object? import, string? baseUrl)
    {
        if (result.IsJsonLd10)
        {
            throw new JsonLdException("invalid context entry", "@import is not allowed in json-ld-1.0 processing mode");
        }

        if (import is not string reference)
        {
            throw new JsonLdException("invalid @import value", "@import must be a string");
        }

        var url = JsonLdKeywords.Resolve(baseUrl, reference);
        var (_, imported) = LoadContextDocument(url);
        if (imported is not Dictionary<string, object?> importedMap)
        {
            throw new JsonLdException("invalid remote context", $"the imported context <{url}> is not an object");
        }

        if (importedMap.ContainsKey("@import"))
        {
            throw new JsonLdException("invalid context entry", $"the imported context <{url}> itself has @import");
        }

        var merged = (Dictionary<string, object?>)JsonLdJson.Clone(importedMap)!;
        foreach (var (key, value) in context)
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>What a run of Create Term Definition shares: the local context and the terms defined so far.</summary>
    private sealed record TermScope(
        Dictionary<string, object?> LocalContext, Dictionary<string, bool> Defined, string? BaseUrl, bool Protected,
        bool OverrideProtected, List<string> RemoteContexts, bool ValidateScopedContext);
}
