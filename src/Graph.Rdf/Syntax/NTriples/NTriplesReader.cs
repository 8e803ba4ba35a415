namespace Graph.Rdf.Syntax.NTriples;

/// <summary>
/// Reads N-Triples (RDF 1.1, with the RDF 1.2 additions: triple terms <c>&lt;&lt;( s p o )&gt;&gt;</c>,
/// language tags with a base direction, <c>VERSION</c>) in constant memory, pushing each triple
/// into the sink as it is read. Blank node labels are kept as written.
/// </summary>
public sealed class NTriplesReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new NTriplesParser(input, sink, (options ?? new RdfReaderOptions()).SourceName, quads: false).Run();
    }
}

/// <summary>Reads N-Quads, streaming, like <see cref="NTriplesReader"/>; a fourth term names the graph.</summary>
public sealed class NQuadsReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new NTriplesParser(input, sink, (options ?? new RdfReaderOptions()).SourceName, quads: true).Run();
    }
}
