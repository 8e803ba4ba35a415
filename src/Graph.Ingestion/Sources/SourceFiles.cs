namespace Graph.Ingestion.Sources;

/// <summary>Opens source files, turning the file system's failures into <see cref="ArticleSourceException"/>s that name the file.</summary>
internal static class SourceFiles
{
    /// <exception cref="ArticleSourceException">The file is missing or cannot be read.</exception>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArticleSourceException(ArticleSourceError.Missing, "no such file", path, inner: e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ArticleSourceException(ArticleSourceError.Unreadable, "cannot read the file: " + e.Message, path, inner: e);
        }
    }
}
