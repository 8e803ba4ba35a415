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
