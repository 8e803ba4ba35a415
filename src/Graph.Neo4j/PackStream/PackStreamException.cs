namespace Graph.Neo4j.PackStream;

/// <summary>Bytes that are not valid PackStream, or a value PackStream cannot carry.</summary>
public sealed class PackStreamException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackStreamException(string message)
        : base(message)
    {
    }
}
