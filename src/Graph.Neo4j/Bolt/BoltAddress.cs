using System.Globalization;

namespace Graph.Neo4j.Bolt;

/// <summary>How a connection is encrypted.</summary>
public enum BoltEncryption
{
    /// <summary>Plain TCP (<c>bolt://</c>, <c>neo4j://</c>).</summary>
    None,

    /// <summary>TLS with the certificate checked against the system's trusted roots (<c>bolt+s://</c>, <c>neo4j+s://</c>).</summary>
    Verified,

    /// <summary>TLS accepting a self-signed certificate (<c>bolt+ssc://</c>, <c>neo4j+ssc://</c>).</summary>
    SelfSigned,
}

/// <summary>
/// A server address parsed from a URI. <c>neo4j://</c> addresses are treated as direct connections
/// to the one server named (this client does no cluster routing).
/// </summary>
/// <param name="Host">The host name or address.</param>
/// <param name="Port">The port (7687 when the URI gives none).</param>
/// <param name="Encryption">The encryption the scheme asks for.</param>
/// <param name="Scheme">The scheme as given.</param>
public sealed record BoltAddress(string Host, int Port, BoltEncryption Encryption, string Scheme)
{
    /// <summary>The default Bolt port.</summary>
    public const int DefaultPort = 7687;

    /// <summary>Parses <c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> and their <c>neo4j</c> twins.</summary>
    /// <exception cref="ArgumentException">The URI is not such an address.</exception>
    public static BoltAddress Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new ArgumentException($"'{uri}' is not a Neo4j address such as bolt://localhost:7687", nameof(uri));
        }

        var encryption = parsed.Scheme switch
        {
            "bolt" or "neo4j" => BoltEncryption.None,
            "bolt+s" or "neo4j+s" => BoltEncryption.Verified,
            "bolt+ssc" or "neo4j+ssc" => BoltEncryption.SelfSigned,
            _ => throw new ArgumentException($"the scheme '{parsed.Scheme}' of '{uri}' is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", nameof(uri)),
        };
        if (parsed.AbsolutePath is not ("/" or "") || (parsed.Query.Length > 0 && !parsed.Scheme.StartsWith("neo4j", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{uri}' has a path or query, which a bolt address cannot have", nameof(uri));
        }

        var host = parsed.HostNameType == UriHostNameType.IPv6 ? parsed.Host.Trim('[', ']') : parsed.Host;
        return new BoltAddress(host, parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort : parsed.Port, encryption, parsed.Scheme);
    }

    /// <inheritdoc />
    public override string ToString() => Scheme + "://" + (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);
}
