namespace Graph.Neo4j.Driver;

/// <summary>Settings of a <see cref="Neo4jDriver"/>.</summary>
public sealed record DriverConfig
{
    /// <summary>How long opening a connection (TCP, TLS, handshake, authentication) may take.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most connections kept open at once.</summary>
    public int MaxConnectionPoolSize { get; init; } = 16;

    /// <summary>How long transaction functions keep retrying transient failures.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The delay before the first retry; each further retry doubles it (with ±20% jitter).</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many records a PULL asks for at a time (-1 for all).</summary>
    public long FetchSize { get; init; } = 1000;

    /// <summary>The user agent sent in HELLO.</summary>
    public string UserAgent { get; init; } = "newskg/" + (typeof(DriverConfig).Assembly.GetName().Version?.ToString(3) ?? "0");

    /// <summary>The largest chunk written (65,535 by the protocol; smaller only for tests).</summary>
    internal int MaxChunkSize { get; init; } = Bolt.ChunkedMessageWriter.MaxChunkSize;
}

/// <summary>Settings of one session.</summary>
public sealed record SessionConfig
{
    /// <summary>The database, or null for the server's default (home) database.</summary>
    public string? Database { get; init; }

    /// <summary>The fetch size for this session, or null for the driver's.</summary>
    public long? FetchSize { get; init; }

    /// <summary>Bookmarks the session's first transaction must see.</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];
}
