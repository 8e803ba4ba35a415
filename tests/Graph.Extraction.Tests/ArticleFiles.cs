using Graph.Extraction.Model;

namespace Graph.Extraction.Tests;

/// <summary>Reads plain-text articles the way the ingestion does: a first line followed by a blank line is the headline.</summary>
internal static class ArticleFiles
{
    public static Article Read(string path, DateOnly? published)
    {
        var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blank = raw.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank > 0 && !raw[..blank].Contains('\n', StringComparison.Ordinal))
        {
            return new Article(Path.GetFileNameWithoutExtension(path), raw[..blank].Trim(), published, raw[(blank + 2)..]);
        }

        return new Article(Path.GetFileNameWithoutExtension(path), null, published, raw);
    }

    /// <summary>The seed article (published 2015-01-19) from the shared folder; skips when it is absent.</summary>
    public static Article Seed() => Read(Graph.Testing.SharedData.PathOf("seed/article.txt"), new DateOnly(2015, 1, 19));
}
