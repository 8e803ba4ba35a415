using System.Text.Json;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// Reads JSON-LD 1.1 as RDF: expansion, then the Deserialize JSON-LD to RDF algorithm. Remote contexts
/// are loaded through <see cref="JsonLdOptions.DocumentLoader"/>, which by default refuses the network.
/// </summary>
public sealed class JsonLdReader : IRdfReader
{
    private readonly JsonLdOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">JSON-LD options (document loader, processing mode, rdfDirection); the base IRI comes from the read options.</param>
    public JsonLdReader(JsonLdOptions? options = null) => _options = options ?? new JsonLdOptions();

    /// <inheritdoc/>
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new RdfReaderOptions();
        var text = input.ReadToEnd();
        object? document;
        try
        {
            document = JsonLdJson.Parse(text);
        }
        catch (JsonException e)
        {
            throw new RdfSyntaxException($"not JSON: {e.Message}", options.SourceName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }

        var jsonLdOptions = _options with { Base = options.BaseIri?.Value ?? _options.Base };
        sink.StartRdf();
        ReportPrefixes(document, sink);
        try
        {
            JsonLdProcessor.ToRdf(document, jsonLdOptions, quad => sink.HandleQuad(quad));
        }
        catch (JsonLdException e)
        {
            throw new RdfSyntaxException($"invalid JSON-LD: {e.Message}", options.SourceName, 0, 0);
        }

        sink.EndRdf();
    }

    /// <summary>
    /// Tells the sink the prefixes the document's top-level inline context declares (terms mapped to
    /// an IRI ending in / or #), so a writer downstream can reuse them.
    /// </summary>
    private static void ReportPrefixes(object? document, IRdfSink sink)
    {
        if (document is not Dictionary<string, object?> map || !map.TryGetValue("@context", out var context))
        {
            return;
        }

        foreach (var item in JsonLdJson.AsList(context))
        {
            if (item is not Dictionary<string, object?> definitions)
            {
                continue;
            }

            foreach (var (term, value) in definitions)
            {
                if (value is string iri && !term.StartsWith('@') && !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal)
                    && iri.Length > 0 && iri[^1] is '/' or '#' && Iri.TryParse(iri, out var ns, out _))
                {
                    sink.HandlePrefix(term, ns!);
                }
            }
        }
    }
}
