using Graph.Extraction.Model;

namespace Graph.Ingestion.Sources;

/// <summary>
/// A folder of articles: its <c>.txt</c> files as plain-text articles and its <c>.jsonl</c> files as
/// corpora, in ordinal order of their names, so every run reads them in the same order.
/// Sub-folders are not entered.
/// </summary>
public sealed class FolderArticleSource : IArticleSource
{
    private readonly ArticleSourceOptions _options;

    /// <summary>Creates the source for the folder at <paramref name="path"/>.</summary>
    public FolderArticleSource(string path, ArticleSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Name = path;
        _options = options ?? new ArticleSourceOptions();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<Article> Read()
    {
        var files = ArticleFiles();
        if (files.Count == 0)
        {
            _options.Skip(new ArticleSourceException(ArticleSourceError.Empty, "the folder holds no .txt article or .jsonl corpus", Name));
            yield break;
        }

        foreach (var file in files)
        {
            foreach (var article in ArticleSources.OpenFile(file, _options).Read())
            {
                yield return article;
            }
        }
    }

    private List<string> ArticleFiles()
    {
        if (!Directory.Exists(Name))
        {
            throw new ArticleSourceException(ArticleSourceError.Missing, "no such folder", Name);
        }

        try
        {
            return Directory.EnumerateFiles(Name)
                .Where(ArticleSources.IsArticleFile)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ArticleSourceException(ArticleSourceError.Unreadable, "cannot list the folder: " + e.Message, Name, inner: e);
        }
    }
}
