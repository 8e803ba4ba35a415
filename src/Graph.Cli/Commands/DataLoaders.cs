using Graph.Cli.Infrastructure;
using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Sources;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// Reads one input of <c>kg query</c> into an RDF sink. The command asks each of its loaders in turn;
/// the first that can load an input does.
/// </summary>
public interface IDataLoader
{
    /// <summary>True when this loader reads the input (by its extension, or the forced syntax).</summary>
    bool CanLoad(string path, string? format);

    /// <summary>Reads the input, pushing its quads into <paramref name="sink"/>.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid.</exception>
    void Load(string path, string? format, IRdfSink sink, Iri? baseIri);
}

/// <summary>
/// Loads any RDF syntax of the registry, chosen by <c>--format</c> or the file extension, through
/// <see cref="RdfFile"/> (gzip, strict UTF-8, <c>-</c> for standard input).
/// </summary>
public sealed class RdfFileLoader : IDataLoader
{
    /// <inheritdoc />
    public bool CanLoad(string path, string? format) => RdfFile.TryDetectFormat(path, format, out _, out _);

    /// <inheritdoc />
    public void Load(string path, string? format, IRdfSink sink, Iri? baseIri)
    {
        if (!RdfFile.TryDetectFormat(path, format, out var syntax, out var error))
        {
            throw new NotSupportedException(error);
        }

        RdfFile.Read(path, syntax, sink, baseIri, CommandInputs.StandardInput);
    }
}

/// <summary>
/// Loads news articles (a plain-text article, a folder of them, a JSON Lines corpus) by extracting their
/// knowledge graph first, exactly as <c>kg extract</c> does; every statement goes into the default graph.
/// One mapper serves every input of a run, so an entity named in several articles is one resource.
/// </summary>
/// <param name="createExtractor">Makes the extractor when the first article is loaded.</param>
/// <param name="published">The publication date of articles whose record gives none.</param>
/// <param name="resourceBase">The namespace of the minted resources (<c>--base-iri</c>).</param>
internal sealed class ArticleLoader(Func<Func<Article, ArticleGraph>> createExtractor, DateOnly? published, string resourceBase) : IDataLoader
{
    private IngestionPipeline? _pipeline;

    /// <inheritdoc />
    public bool CanLoad(string path, string? format) =>
        format is null && path != RdfFile.StandardInputPath && (Directory.Exists(path) || ArticleSources.IsArticleFile(path));

    /// <inheritdoc />
    /// <exception cref="CliException">An article cannot be read (exit code 65) or none is found.</exception>
    public void Load(string path, string? format, IRdfSink sink, Iri? baseIri)
    {
        _pipeline ??= new IngestionPipeline(createExtractor(), new MappingOptions { ResourceBase = resourceBase });
        var report = ArticleInputs.Ingest(_pipeline, [path], new ArticleSourceOptions { Published = published }, sink);
        if (report.Articles == 0)
        {
            throw new CliException($"{path}: no article found", ExitCodes.DataError);
        }
    }
}

/// <summary>A sink that puts every quad it receives into one graph (for <c>--graph NAME=FILE</c>).</summary>
internal sealed class GraphRenamingSink(IRdfSink inner, Term? graph) : IRdfSink
{
    public void HandleQuad(in Quad quad) => inner.HandleQuad(new Quad(quad.Triple, graph));

    public void HandleTriple(in Triple triple) => inner.HandleQuad(new Quad(triple, graph));
}
