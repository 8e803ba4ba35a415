namespace Graph.Ingestion.Sources;

/// <summary>Chooses the source for a path: a folder, a JSON Lines corpus (<c>.jsonl</c>, <c>.ndjson</c>) or a plain-text article.</summary>
public static class ArticleSources
{
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>The source for <paramref name="path"/>; a missing path is reported when it is read.</summary>
    public static IArticleSource Open(string path, ArticleSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Directory.Exists(path) ? new FolderArticleSource(path, options) : OpenFile(path, options);
    }

    /// <summary>The source for a file, chosen by its extension.</summary>
    public static IArticleSource OpenFile(string path, ArticleSourceOptions? options = null) =>
        IsJsonLines(path) ? new JsonLinesArticleSource(path, options) : new PlainTextArticleSource(path, options);

    /// <summary>True for the files a folder source reads: <c>.txt</c> articles and JSON Lines corpora.</summary>
    public static bool IsArticleFile(string path) =>
        IsJsonLines(path) || Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonLines(string path) =>
        JsonLinesExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
