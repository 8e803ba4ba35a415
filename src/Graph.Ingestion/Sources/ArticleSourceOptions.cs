namespace Graph.Ingestion.Sources;

/// <summary>How article sources read their input.</summary>
public sealed record ArticleSourceOptions
{
    /// <summary>The default limit on one article: 16 MiB of UTF-8.</summary>
    public const int DefaultMaxArticleBytes = 16 * 1024 * 1024;

    /// <summary>The publication date of articles whose record gives none (plain-text files always), or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// The largest article (a plain-text file, or one JSON Lines record) read, in bytes; larger ones
    /// are refused with <see cref="ArticleSourceError.TooLarge"/> without being loaded into memory.
    /// </summary>
    public int MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>
    /// Called for an article that cannot be read when reading should go on with the others; when
    /// null, the first such problem is thrown as an <see cref="ArticleSourceException"/>.
    /// </summary>
    public Action<ArticleSourceException>? OnSkipped { get; init; }

    /// <summary>Reports <paramref name="problem"/> to <see cref="OnSkipped"/>, or throws it when there is none.</summary>
    internal void Skip(ArticleSourceException problem)
    {
        if (OnSkipped is null)
        {
            throw problem;
        }

        OnSkipped(problem);
    }
}
