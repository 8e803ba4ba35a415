using Graph.Neo4j.Bolt;

namespace Graph.Neo4j.Driver;

/// <summary>
/// The entry point, shaped like Neo4j.Driver's <c>IDriver</c>: it owns a pool of connections to one
/// server and hands out sessions. Create it with <see cref="GraphDatabase.Driver"/>; one per
/// application, disposed at the end.
/// </summary>
public sealed class Neo4jDriver : IAsyncDisposable
{
    private readonly ConnectionPool _pool;

    private Neo4jDriver(BoltAddress address, ConnectionPool pool, DriverConfig config)
    {
        Address = address;
        _pool = pool;
        Config = config;
    }

    /// <summary>The server address.</summary>
    public BoltAddress Address { get; }

    /// <summary>The settings.</summary>
    public DriverConfig Config { get; }

    /// <summary>Creates a driver for a <c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> or <c>neo4j://</c> address.</summary>
    public static Neo4jDriver Create(string uri, AuthToken auth, DriverConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var address = BoltAddress.Parse(uri);
        config ??= new DriverConfig();
        var settings = config;
        var pool = new ConnectionPool(ct => BoltConnection.OpenAsync(address, auth, settings, ct), config.MaxConnectionPoolSize);
        return new Neo4jDriver(address, pool, config);
    }

    /// <summary>Creates a driver over a caller-supplied stream factory (in-memory servers for benchmarks).</summary>
    internal static Neo4jDriver CreateOnStreams(Func<CancellationToken, Task<Stream>> connect, AuthToken auth, DriverConfig? config = null)
    {
        config ??= new DriverConfig();
        var settings = config;
        var pool = new ConnectionPool(
            async ct => await BoltConnection.OpenOnStreamAsync(await connect(ct).ConfigureAwait(false), auth, settings, ct).ConfigureAwait(false),
            config.MaxConnectionPoolSize);
        return new Neo4jDriver(new BoltAddress("memory", 0, BoltEncryption.None, "bolt"), pool, config);
    }

    /// <summary>Opens a session.</summary>
    public AsyncSession AsyncSession(SessionConfig? config = null) => new(_pool, Config, config ?? new SessionConfig());

    /// <summary>Opens a session configured by <paramref name="configure"/>.</summary>
    public AsyncSession AsyncSession(Func<SessionConfig, SessionConfig> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AsyncSession(configure(new SessionConfig()));
    }

    /// <summary>Connects and authenticates once, so that a wrong address or password shows up early.</summary>
    /// <returns>The server's agent string and the negotiated Bolt version.</returns>
    public async Task<(string? ServerAgent, BoltVersion Version)> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var result = (connection.ServerAgent, connection.Version);
        await _pool.ReleaseAsync(connection).ConfigureAwait(false);
        return result;
    }

    /// <summary>Closes the pooled connections.</summary>
    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}

/// <summary>The factory of drivers, named as in Neo4j's drivers.</summary>
public static class GraphDatabase
{
    /// <summary>Creates a driver; see <see cref="Neo4jDriver.Create"/>.</summary>
    public static Neo4jDriver Driver(string uri, AuthToken auth, DriverConfig? config = null) => Neo4jDriver.Create(uri, auth, config);
}
