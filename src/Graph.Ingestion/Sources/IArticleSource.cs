using Graph.Extraction.Model;

namespace Graph.Ingestion.Sources;

/// <summary>A source of articles: a plain-text file, a folder of them, or a JSON Lines corpus.</summary>
public interface IArticleSource
{
    /// <summary>The file or folder, as the user named it.</summary>
    string Name { get; }

    /// <summary>Reads the articles lazily, one at a time, in a stable order.</summary>
    /// <exception cref="ArticleSourceException">The source, or an article of it, cannot be read and the options do not say to go on.</exception>
    IEnumerable<Article> Read();
}
