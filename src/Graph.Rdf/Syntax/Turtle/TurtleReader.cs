namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Reads Turtle (RDF 1.1, and RDF 1.2 with triple terms, reifiers, annotations, <c>VERSION</c> and
/// directional language tags), streaming each triple into the sink as soon as it is read.
/// </summary>
public sealed class TurtleReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new TurtleParser(input, sink, options ?? new RdfReaderOptions(), isTriG: false).Parse();
    }
}
