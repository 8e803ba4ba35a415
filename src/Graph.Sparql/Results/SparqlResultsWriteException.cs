namespace Graph.Sparql.Results;

/// <summary>Results that cannot be expressed in the chosen format (a control character in XML, say).</summary>
public sealed class SparqlResultsWriteException : Exception
{
    /// <summary>Creates the exception with a message saying what could not be written.</summary>
    public SparqlResultsWriteException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
