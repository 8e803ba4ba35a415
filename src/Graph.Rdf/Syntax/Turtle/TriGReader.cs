namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Reads TriG (RDF 1.1 and 1.2): Turtle with named graphs (<c>GRAPH g { … }</c> or <c>g { … }</c>),
/// streaming each quad into the sink as soon as it is read.
/// </summary>
public sealed class TriGReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new TurtleParser(input, sink, options ?? new RdfReaderOptions(), isTriG: true).Parse();
    }
}
