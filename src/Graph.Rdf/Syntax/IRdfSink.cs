using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax;

/// <summary>
/// Receives what a reader parses, as it parses it: a dataset, a writer or a counter implement this,
/// so a file streams to its destination without an intermediate copy.
/// </summary>
public interface IRdfSink
{
    /// <summary>Called once before anything else.</summary>
    void StartRdf()
    {
    }

    /// <summary>Called for each prefix declaration.</summary>
    void HandlePrefix(string prefix, Iri ns)
    {
    }

    /// <summary>Called when the base IRI changes.</summary>
    void HandleBase(Iri baseIri)
    {
    }

    /// <summary>Called for each quad (a triple in the default graph has a null graph).</summary>
    void HandleQuad(in Quad quad);

    /// <summary>Called for each triple of the default graph.</summary>
    void HandleTriple(in Triple triple) => HandleQuad(new Quad(triple, null));

    /// <summary>Called once after the last statement; writers flush here.</summary>
    void EndRdf()
    {
    }
}

/// <summary>Options every reader understands.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI against which relative IRIs are resolved, or null.</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>The name of the input (a file path, or <c>-</c> for standard input), used in error messages.</summary>
    public string SourceName { get; init; } = "<input>";

    /// <summary>The prefixes known before the document starts, or null.</summary>
    public PrefixMap? InitialPrefixes { get; init; }

    /// <summary>
    /// When set, a reader that can recover reports each syntax error here and goes on with the next
    /// statement, so a validator can list every error of a file; the statements read after an error
    /// are still delivered. When null (the default), the first error is thrown.
    /// </summary>
    public Action<RdfSyntaxException>? OnSyntaxError { get; init; }
}

/// <summary>A reader of one RDF syntax.</summary>
public interface IRdfReader
{
    /// <summary>Reads a document, pushing everything it finds into <paramref name="sink"/>.</summary>
    /// <exception cref="RdfSyntaxException">The document is not valid in this syntax.</exception>
    void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null);
}

/// <summary>A writer of one RDF syntax: a sink that writes what it receives.</summary>
public interface IRdfWriter : IRdfSink
{
}
