namespace Graph.Ingestion.Sources;

/// <summary>What is wrong with an article source.</summary>
public enum ArticleSourceError
{
    /// <summary>The file or folder does not exist.</summary>
    Missing,

    /// <summary>The file could not be read (permissions, I/O).</summary>
    Unreadable,

    /// <summary>The file, record or folder holds no article text.</summary>
    Empty,

    /// <summary>The file holds binary data (a NUL byte, or a UTF-16/UTF-32 byte-order mark).</summary>
    Binary,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>A JSON Lines record is not valid JSON or lacks a required field.</summary>
    MalformedRecord,

    /// <summary>The article is larger than the limit per article.</summary>
    TooLarge,
}

/// <summary>
/// An article source that cannot be read, with the place of the problem: the file, and where it
/// applies the 1-based line and the 0-based byte offset.
/// </summary>
public sealed class ArticleSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What kind of problem it is.</param>
    /// <param name="reason">What is wrong, without the place.</param>
    /// <param name="sourceName">The file or folder.</param>
    /// <param name="line">The 1-based line, or 0 when it does not apply.</param>
    /// <param name="byteOffset">The 0-based byte offset in the file, or -1 when it does not apply.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ArticleSourceException(ArticleSourceError error, string reason, string sourceName, int line = 0, long byteOffset = -1, Exception? inner = null)
        : base(Format(reason, sourceName, line, byteOffset), inner)
    {
        Error = error;
        Reason = reason;
        SourceName = sourceName;
        Line = line;
        ByteOffset = byteOffset;
    }

    /// <summary>What kind of problem it is.</summary>
    public ArticleSourceError Error { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }

    /// <summary>The file or folder.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line, or 0 when it does not apply.</summary>
    public int Line { get; }

    /// <summary>The 0-based byte offset in the file, or -1 when it does not apply.</summary>
    public long ByteOffset { get; }

    private static string Format(string reason, string sourceName, int line, long byteOffset)
    {
        var place = line > 0 ? $"{sourceName}:{line}" : sourceName;
        var offset = byteOffset >= 0 ? $" (byte offset {byteOffset})" : string.Empty;
        return $"{place}: {reason}{offset}";
    }
}
