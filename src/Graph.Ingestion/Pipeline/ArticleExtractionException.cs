namespace Graph.Ingestion.Pipeline;

/// <summary>The extractor failed on an article; the inner exception says how.</summary>
public sealed class ArticleExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="articleId">The article the extractor failed on.</param>
    /// <param name="inner">What the extractor threw.</param>
    public ArticleExtractionException(string articleId, Exception inner)
        : base($"article {articleId}: extraction failed: {inner?.Message}", inner)
    {
        ArticleId = articleId;
    }

    /// <summary>The article the extractor failed on.</summary>
    public string ArticleId { get; }
}
