namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Writes Turtle a person wants to read: <c>@prefix</c> lines for the prefixes in use (from
/// <see cref="RdfWriterOptions.Prefixes"/>, then those the source declared), statements grouped by
/// subject with <c>;</c> and <c>,</c>, <c>a</c> for <c>rdf:type</c>, bare numbers and booleans,
/// long strings for text with line breaks, blank nodes used once written in place as <c>[ … ]</c>,
/// RDF lists as <c>( … )</c>, and a fixed order so the same graph always gives the same bytes.
/// The statements are held (compactly) until <see cref="IRdfSink.EndRdf"/>, which writes the document.
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    private readonly TextWriter _output;
    private readonly RdfWriterOptions _options;
    private readonly List<(string Prefix, string Namespace)> _declared = [];
    private TurtleStatementBuffer _buffer = new();

    /// <summary>Creates a writer that writes to <paramref name="output"/> when the document ends.</summary>
    public TurtleWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = options ?? new RdfWriterOptions();
    }

    /// <inheritdoc />
    public void HandlePrefix(string prefix, Iri ns) => _declared.Add((prefix, ns.Value));

    /// <inheritdoc />
    public void HandleTriple(in Triple triple) => _buffer.Add(triple.Subject, triple.Predicate, triple.Object, null);

    /// <inheritdoc />
    /// <exception cref="RdfWriteException">The quad is in a named graph, which Turtle cannot carry.</exception>
    public void HandleQuad(in Quad quad)
    {
        if (quad.Graph is not null)
        {
            throw new RdfWriteException($"Turtle has no named graphs: the quad in graph {quad.Graph} cannot be written (use TriG or N-Quads)");
        }

        HandleTriple(quad.Triple);
    }

    /// <inheritdoc />
    /// <exception cref="RdfWriteException">A term cannot be written; nothing has been written then.</exception>
    public void EndRdf()
    {
        TurtleDocument.Write(_buffer, _options, _declared, _output);
        _buffer = new TurtleStatementBuffer();
    }
}

/// <summary>The end-of-document step shared by the Turtle and TriG writers.</summary>
internal static class TurtleDocument
{
    public static void Write(TurtleStatementBuffer buffer, RdfWriterOptions options, IEnumerable<(string, string)> declared, TextWriter output)
    {
        var prefixes = (options.Prefixes?.Entries ?? []).Concat(declared);
        var text = new RdfTextOutput(output);
        new TurtleDocumentWriter(buffer, new TurtleTermWriter(prefixes), text).Write();
        text.Flush();
    }
}
