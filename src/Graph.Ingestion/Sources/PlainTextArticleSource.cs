using Graph.Extraction.Model;

namespace Graph.Ingestion.Sources;

/// <summary>
/// One article in a plain-text UTF-8 file. The first line is the headline when a blank line follows
/// it; the rest is the body. Line ends are normalised to <c>\n</c>.
/// </summary>
public sealed class PlainTextArticleSource : IArticleSource
{
    private readonly ArticleSourceOptions _options;

    /// <summary>Creates the source for the file at <paramref name="path"/>.</summary>
    public PlainTextArticleSource(string path, ArticleSourceOptions? options = null)
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
        Article article;
        try
        {
            article = Load();
        }
        catch (ArticleSourceException e)
        {
            _options.Skip(e);
            yield break;
        }

        yield return article;
    }

    /// <summary>Splits decoded file text into headline (or null) and body (empty when there is none).</summary>
    internal static (string? Headline, string Body) SplitHeadline(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart();
        var firstEnd = normalized.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd > 0)
        {
            var secondEnd = normalized.IndexOf('\n', firstEnd + 1);
            var secondLine = secondEnd < 0 ? normalized[(firstEnd + 1)..] : normalized[(firstEnd + 1)..secondEnd];
            if (string.IsNullOrWhiteSpace(secondLine))
            {
                return (normalized[..firstEnd].Trim(), normalized[(firstEnd + 1)..].Trim());
            }
        }

        return (null, normalized.TrimEnd());
    }

    private Article Load()
    {
        var bytes = ReadBounded(Name, _options.MaxArticleBytes);
        if (bytes.Length == 0)
        {
            throw new ArticleSourceException(ArticleSourceError.Empty, "empty file: no article text", Name);
        }

        var text = Utf8Text.Decode(bytes, Name);
        var (headline, body) = SplitHeadline(text);
        if (body.Length == 0)
        {
            var reason = headline is null ? "no article text: the file holds only white space" : "a headline but no article text after it";
            throw new ArticleSourceException(ArticleSourceError.Empty, reason, Name);
        }

        return new Article(ArticleIds.ForFile(Name, text), headline, _options.Published, body);
    }

    /// <summary>Reads a whole file, refusing one larger than <paramref name="maxBytes"/> before loading it.</summary>
    internal static byte[] ReadBounded(string path, int maxBytes)
    {
        using var stream = SourceFiles.OpenRead(path);
        if (stream.Length > maxBytes)
        {
            throw new ArticleSourceException(
                ArticleSourceError.TooLarge,
                $"the article is {stream.Length:N0} bytes, over the limit of {maxBytes:N0} bytes per article; split it",
                path);
        }

        var bytes = new byte[stream.Length];
        try
        {
            stream.ReadExactly(bytes);
        }
        catch (IOException e)
        {
            throw new ArticleSourceException(ArticleSourceError.Unreadable, "cannot read the file: " + e.Message, path, inner: e);
        }

        return bytes;
    }
}
