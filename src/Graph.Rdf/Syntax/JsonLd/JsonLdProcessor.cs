using System.Text.Json;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// The JSON-LD 1.1 API's algorithms over JSON text: expansion, compaction, and the conversions to and from RDF.
/// </summary>
public static class JsonLdProcessor
{
    /// <summary>Expands a JSON-LD document (JSON-LD 1.1 API, expand()).</summary>
    /// <param name="json">The document's JSON text.</param>
    /// <param name="options">The options; <see cref="JsonLdOptions.Base"/> is the document's base IRI.</param>
    /// <returns>The expanded document as JSON text (an array).</returns>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD.</exception>
    public static string Expand(string json, JsonLdOptions? options = null) =>
        JsonLdJson.Serialize(Expand(ParseDocument(json), options ?? new JsonLdOptions()), indented: true);

    /// <summary>Turns a JSON-LD document into RDF quads (JSON-LD 1.1 API, toRdf()).</summary>
    /// <param name="json">The document's JSON text.</param>
    /// <param name="options">The options; <see cref="JsonLdOptions.Base"/> is the document's base IRI.</param>
    /// <returns>The quads, in the order the algorithm produces them.</returns>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD.</exception>
    public static IReadOnlyList<Quad> ToRdf(string json, JsonLdOptions? options = null)
    {
        var quads = new List<Quad>();
        ToRdf(ParseDocument(json), options ?? new JsonLdOptions(), quads.Add);
        return quads;
    }

    /// <summary>Turns a document of the JSON model into RDF, handing each quad to <paramref name="emit"/>.</summary>
    internal static void ToRdf(object? document, JsonLdOptions options, Action<Quad> emit)
    {
        var expanded = Expand(document, options);
        new JsonLdToRdf(options, new BlankNodeIssuer(), emit).Convert(expanded);
    }

    /// <summary>Turns RDF quads into expanded JSON-LD (JSON-LD 1.1 API, fromRdf()).</summary>
    /// <param name="quads">The dataset.</param>
    /// <param name="options">The options (useNativeTypes, useRdfType, rdfDirection).</param>
    /// <returns>The expanded JSON-LD document as JSON text.</returns>
    public static string FromRdf(IEnumerable<Quad> quads, JsonLdOptions? options = null) =>
        JsonLdJson.Serialize(FromRdfModel(quads, options ?? new JsonLdOptions()), indented: true);

    /// <summary>Turns RDF quads into expanded JSON-LD in the JSON model.</summary>
    internal static List<object?> FromRdfModel(IEnumerable<Quad> quads, JsonLdOptions options)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var converter = new RdfToJsonLd(options);
        foreach (var quad in quads)
        {
            converter.Add(quad);
        }

        return converter.Result();
    }

    /// <summary>Compacts a JSON-LD document with a context (JSON-LD 1.1 API, compact()).</summary>
    /// <param name="json">The document's JSON text.</param>
    /// <param name="context">The context: a JSON object, array or IRI string, or a document with an @context entry.</param>
    /// <param name="options">The options; <see cref="JsonLdOptions.Base"/> is the document's base IRI.</param>
    /// <returns>The compacted document as JSON text.</returns>
    /// <exception cref="JsonLdException">The document or the context is not valid JSON-LD.</exception>
    public static string Compact(string json, string context, JsonLdOptions? options = null)
    {
        options ??= new JsonLdOptions();
        return JsonLdJson.Serialize(Compact(Expand(ParseDocument(json), options), ParseDocument(context), options), indented: true);
    }

    /// <summary>Compacts expanded JSON-LD of the JSON model with a context of the JSON model.</summary>
    internal static Dictionary<string, object?> Compact(List<object?> expanded, object? context, JsonLdOptions options, bool compactArrays = true)
    {
        if (context is Dictionary<string, object?> wrapper && wrapper.TryGetValue("@context", out var inner))
        {
            context = inner;
        }

        var contexts = new ContextProcessor(options);
        var active = contexts.Process(new ActiveContext(options.Base, options.Base, options), context, options.Base);
        var compacted = new Compactor(contexts, compactArrays).Compact(active, null, expanded);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var hasContext = context switch
        {
            null => false,
            Dictionary<string, object?> map => map.Count > 0,
            List<object?> list => list.Count > 0,
            _ => true,
        };
        if (hasContext)
        {
            result["@context"] = context;
        }

        if (compacted is List<object?> list2)
        {
            if (list2.Count > 0)
            {
                result[Compactor.CompactIri(active, "@graph", vocab: true)!] = list2;
            }
        }
        else if (compacted is Dictionary<string, object?> node)
        {
            foreach (var (key, value) in node)
            {
                result[key] = value;
            }
        }

        return result;
    }

    /// <summary>Parses JSON text, reporting a JSON syntax error as <c>loading document failed</c>.</summary>
    internal static object? ParseDocument(string json)
    {
        try
        {
            return JsonLdJson.Parse(json);
        }
        catch (JsonException e)
        {
            throw new JsonLdException("loading document failed", $"the document is not JSON (line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}): {e.Message}", e);
        }
    }

    /// <summary>Expands a document of the JSON model.</summary>
    internal static List<object?> Expand(object? document, JsonLdOptions options)
    {
        var contexts = new ContextProcessor(options);
        var active = new ActiveContext(options.Base, options.Base, options);
        if (options.ExpandContext is not null)
        {
            var expandContext = ParseDocument(options.ExpandContext);
            if (expandContext is Dictionary<string, object?> map && map.TryGetValue("@context", out var inner))
            {
                expandContext = inner;
            }

            active = contexts.Process(active, expandContext, options.Base);
        }

        return new Expander(contexts).ExpandDocument(active, document, options.Base);
    }
}
