namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// Writes RDF as JSON-LD 1.1 (the Serialize RDF as JSON-LD algorithm): expanded by default, compacted
/// when <see cref="RdfWriterOptions.JsonLdContext"/> gives a context. The document is written at
/// <see cref="EndRdf"/>, since JSON-LD groups statements by subject.
/// </summary>
public sealed class JsonLdWriter : IRdfWriter
{
    private readonly TextWriter _output;
    private readonly RdfWriterOptions _options;
    private readonly JsonLdOptions _jsonLdOptions;
    private readonly RdfToJsonLd _converter;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where the document goes.</param>
    /// <param name="options">Writer options; <see cref="RdfWriterOptions.JsonLdContext"/> selects compacted output.</param>
    /// <param name="jsonLdOptions">JSON-LD options (useNativeTypes, rdfDirection, the loader for remote contexts).</param>
    public JsonLdWriter(TextWriter output, RdfWriterOptions? options = null, JsonLdOptions? jsonLdOptions = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? new RdfWriterOptions();
        _jsonLdOptions = jsonLdOptions ?? new JsonLdOptions();
        _converter = new RdfToJsonLd(_jsonLdOptions);
    }

    /// <inheritdoc/>
    public void HandleQuad(in Quad quad)
    {
        if (quad.Subject is TripleTerm || quad.Object is TripleTerm || quad.Graph is TripleTerm)
        {
            throw new RdfWriteException($"JSON-LD 1.1 cannot represent the triple term in {quad}");
        }

        _converter.Add(quad);
    }

    /// <inheritdoc/>
    public void EndRdf()
    {
        object? document = _converter.Result();
        if (_options.JsonLdContext is not null)
        {
            try
            {
                document = JsonLdProcessor.Compact((List<object?>)document, JsonLdProcessor.ParseDocument(_options.JsonLdContext), _jsonLdOptions with { Base = _options.BaseIri?.Value ?? _jsonLdOptions.Base });
            }
            catch (JsonLdException e)
            {
                throw new RdfWriteException($"cannot compact with the given JSON-LD context: {e.Message}");
            }
        }

        _output.Write(JsonLdJson.Serialize(document, indented: true));
        _output.Write('\n');
        _output.Flush();
    }
}
