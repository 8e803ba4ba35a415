namespace Graph.Sparql.Syntax;

/// <summary>A query that is not valid SPARQL 1.1, with the place of the error.</summary>
public sealed class SparqlSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and what was expected.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    public SparqlSyntaxException(string message, int line, int column)
        : base(line > 0 ? $"line {line}, column {column}: {message}" : message)
    {
        Reason = message;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }
}
