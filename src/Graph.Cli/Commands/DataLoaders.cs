using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// Reads one input file of <c>kg query</c> into an RDF sink. The command asks each registered loader in
/// turn; articles (.txt) can be supported by registering a loader that extracts them first.
/// </summary>
public interface IDataLoader
{
    /// <summary>True when this loader reads the file (by its extension, or the forced syntax).</summary>
    bool CanLoad(string path, string? format);

    /// <summary>Reads the file, pushing its quads into <paramref name="sink"/>.</summary>
    /// <exception cref="RdfSyntaxException">The file is not valid.</exception>
    void Load(string path, string? format, IRdfSink sink, Iri? baseIri);
}

/// <summary>Loads any RDF syntax of the registry, chosen by <c>--format</c> or the file extension.</summary>
public sealed class RdfFileLoader : IDataLoader
{
    /// <inheritdoc />
    public bool CanLoad(string path, string? format) =>
        format is not null ? RdfFormats.TryParse(format, out _) : RdfFormats.TryFromPath(path, out _);

    /// <inheritdoc />
    public void Load(string path, string? format, IRdfSink sink, Iri? baseIri)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!(format is not null ? RdfFormats.TryParse(format, out var syntax) : RdfFormats.TryFromPath(path, out syntax)))
        {
            throw new NotSupportedException($"cannot tell the RDF syntax of '{path}'");
        }

        using var stream = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress)
            : stream;
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var options = new RdfReaderOptions
        {
            SourceName = path,
            BaseIri = baseIri ?? Iri.Parse(new Uri(Path.GetFullPath(path)).AbsoluteUri),
        };
        RdfFormats.CreateReader(syntax).Read(reader, sink, options);
    }
}

/// <summary>A sink that puts every quad it receives into one graph (for <c>--graph NAME=FILE</c>).</summary>
internal sealed class GraphRenamingSink(IRdfSink inner, Term? graph) : IRdfSink
{
    public void HandleQuad(in Quad quad) => inner.HandleQuad(new Quad(quad.Triple, graph));

    public void HandleTriple(in Triple triple) => inner.HandleQuad(new Quad(triple, graph));
}
