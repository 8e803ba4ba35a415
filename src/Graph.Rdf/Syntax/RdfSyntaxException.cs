namespace Graph.Rdf.Syntax;

/// <summary>An RDF document that is not valid in its syntax, with the place of the error.</summary>
public sealed class RdfSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and what was expected.</param>
    /// <param name="sourceName">The file name, or a description of the input.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    public RdfSyntaxException(string message, string sourceName, int line, int column)
        : base(Format(message, sourceName, line, column))
    {
        Reason = message;
        SourceName = sourceName;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }

    /// <summary>The file name, or a description of the input.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    private static string Format(string message, string sourceName, int line, int column) =>
        line > 0 ? $"{sourceName}:{line}:{column}: {message}" : $"{sourceName}: {message}";
}

/// <summary>A term or statement that the target syntax cannot represent (e.g. a lone surrogate).</summary>
public sealed class RdfWriteException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RdfWriteException(string message)
        : base(message)
    {
    }
}
