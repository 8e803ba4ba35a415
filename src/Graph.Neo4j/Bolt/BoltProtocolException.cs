using Graph.Neo4j.Driver;

namespace Graph.Neo4j.Bolt;

/// <summary>The server or the bytes broke the Bolt protocol (not a Neo4j error: the connection is unusable).</summary>
public sealed class BoltProtocolException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public BoltProtocolException(string message, Exception? inner = null)
        : base("Bolt.Protocol", message, inner)
    {
    }
}
