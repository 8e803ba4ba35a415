using System.Collections.Concurrent;
using Graph.Neo4j.Driver;

namespace Graph.Neo4j.Bolt;

/// <summary>
/// A small pool of connections to one server: idle healthy connections are reused, broken ones
/// dropped, and at most <see cref="DriverConfig.MaxConnectionPoolSize"/> are open at once.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<BoltConnection>> _open;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly SemaphoreSlim _slots;
    private bool _disposed;

    public ConnectionPool(Func<CancellationToken, Task<BoltConnection>> open, int maxSize)
    {
        _open = open;
        _slots = new SemaphoreSlim(maxSize, maxSize);
    }

    /// <summary>The number of idle connections.</summary>
    public int IdleCount => _idle.Count;

    /// <summary>Takes an idle connection or opens one, waiting for a free slot.</summary>
    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (!idle.IsBroken)
                {
                    return idle;
                }

                await idle.DisposeAsync().ConfigureAwait(false);
            }

            return await _open(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection: reset when it failed, dropped when broken.</summary>
    public async Task ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsBroken && connection.NeedsReset)
            {
                try
                {
                    await connection.ResetAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Neo4jException)
                {
                    // ResetAsync marked it broken; it is dropped below.
                }
            }

            if (connection.IsBroken || _disposed)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Closes every idle connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
