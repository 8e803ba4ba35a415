using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Sources;
using Graph.Rdf.Syntax;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// Articles in, RDF out: each article of the sources goes through the extractor and the mapping
/// into the sink, one at a time, so memory does not grow with the corpus. One mapper serves the whole
/// run, so an entity named in many articles resolves to one IRI with one canonical name.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly Func<Article, ArticleGraph> _extract;
    private readonly ArticleGraphMapper _mapper;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="extract">The extractor: text to an article graph (e.g. <c>new ArticleExtractor().Extract</c>).</param>
    /// <param name="mapping">How to write RDF; defaults when null.</param>
    public IngestionPipeline(Func<Article, ArticleGraph> extract, MappingOptions? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(extract);
        _extract = extract;
        _mapper = new ArticleGraphMapper(mapping);
    }

    /// <summary>The mapper, whose registry holds the entities seen so far.</summary>
    public ArticleGraphMapper Mapper => _mapper;

    /// <summary>Reads every article of <paramref name="sources"/> in order and writes its statements into <paramref name="sink"/>.</summary>
    /// <remarks>Calls <see cref="IRdfSink.StartRdf"/> first and <see cref="IRdfSink.EndRdf"/> only when every article went through.</remarks>
    /// <exception cref="ArticleSourceException">A source cannot be read, and its options do not say to go on.</exception>
    /// <exception cref="ArticleExtractionException">The extractor failed on an article.</exception>
    /// <exception cref="ArticleMappingException">The extractor gave a graph that cannot be mapped.</exception>
    public IngestionReport Run(IEnumerable<IArticleSource> sources, IRdfSink sink)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(sink);
        sink.StartRdf();
        var articles = 0;
        long statements = 0;
        foreach (var source in sources)
        {
            foreach (var article in source.Read())
            {
                statements += _mapper.Map(Extract(article), sink);
                articles++;
            }
        }

        sink.EndRdf();
        return new IngestionReport(articles, statements, _mapper.Registry.EntityCount);
    }

    private ArticleGraph Extract(Article article)
    {
        ArticleGraph graph;
        try
        {
            graph = _extract(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not swallowed: rethrown with the article that caused it, which the extractor's own message lacks.
            throw new ArticleExtractionException(article.Id, e);
        }

        return graph ?? throw new ArticleExtractionException(article.Id, new InvalidOperationException("the extractor returned no graph"));
    }
}
