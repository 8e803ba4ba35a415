namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Writes TriG: the default graph first, then each named graph as <c>name { … }</c>, each laid
/// out like <see cref="TurtleWriter"/> (prefixes, grouping, <c>[ … ]</c>, lists, fixed order).
/// </summary>
public sealed class TriGWriter : IRdfWriter
{
    private readonly TextWriter _output;
    private readonly RdfWriterOptions _options;
    private readonly List<(string Prefix, string Namespace)> _declared = [];
    private TurtleStatementBuffer _buffer = new();

    /// <summary>Creates a writer that writes to <paramref name="output"/> when the document ends.</summary>
    public TriGWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = options ?? new RdfWriterOptions();
    }

    /// <inheritdoc />
    public void HandlePrefix(string prefix, Iri ns) => _declared.Add((prefix, ns.Value));

    /// <inheritdoc />
    public void HandleTriple(in Triple triple) => _buffer.Add(triple.Subject, triple.Predicate, triple.Object, null);

    /// <inheritdoc />
    public void HandleQuad(in Quad quad) => _buffer.Add(quad.Subject, quad.Predicate, quad.Object, quad.Graph);

    /// <inheritdoc />
    /// <exception cref="RdfWriteException">A term cannot be written; nothing has been written then.</exception>
    public void EndRdf()
    {
        TurtleDocument.Write(_buffer, _options, _declared, _output);
        _buffer = new TurtleStatementBuffer();
    }
}
