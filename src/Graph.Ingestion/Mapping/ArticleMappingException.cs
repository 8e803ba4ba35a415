namespace Graph.Ingestion.Mapping;

/// <summary>An article graph that cannot be mapped to RDF as it stands (a span outside the text, a malformed Wikidata id…).</summary>
public sealed class ArticleMappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="articleId">The article whose graph is wrong.</param>
    /// <param name="reason">What is wrong.</param>
    public ArticleMappingException(string articleId, string reason)
        : base($"article {articleId}: {reason}")
    {
        ArticleId = articleId;
        Reason = reason;
    }

    /// <summary>The article whose graph is wrong.</summary>
    public string ArticleId { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
