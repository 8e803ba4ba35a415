namespace Graph.Sparql.Results;

/// <summary>A results document that cannot be read: the message names the source, line and column.</summary>
public sealed class SparqlResultsFormatException : Exception
{
    /// <summary>Creates the exception for a position in a source (line and column from 1; 0 when unknown).</summary>
    public SparqlResultsFormatException(string sourceName, long line, long column, string reason, Exception? inner = null)
        : base(line > 0 ? $"{sourceName}:{line}:{column}: {reason}" : $"{sourceName}: {reason}", inner)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file name, or another name of the input.</summary>
    public string SourceName { get; }

    /// <summary>The line (from 1), or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>The column (from 1), or 0 when unknown.</summary>
    public long Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
