using Graph.Neo4j.Bolt;

namespace Graph.Neo4j.Driver;

/// <summary>
/// A sequence of queries and transactions against one database, each seeing the ones before it
/// (through bookmarks). Not thread-safe: one operation at a time, as in Neo4j's drivers.
/// </summary>
public sealed class AsyncSession : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private readonly DriverConfig _config;
    private readonly SessionConfig _sessionConfig;
    private readonly long _fetchSize;
    private readonly List<string> _bookmarks;
    private ResultCursor? _openCursor;

    internal AsyncSession(ConnectionPool pool, DriverConfig config, SessionConfig sessionConfig)
    {
        _pool = pool;
        _config = config;
        _sessionConfig = sessionConfig;
        _fetchSize = sessionConfig.FetchSize ?? config.FetchSize;
        _bookmarks = [.. sessionConfig.Bookmarks];
    }

    /// <summary>The bookmark of the last committed work, or null.</summary>
    public string? LastBookmark => _bookmarks.Count > 0 ? _bookmarks[^1] : null;

    /// <summary>Runs a query in its own auto-commit transaction; values travel only as <paramref name="parameters"/>.</summary>
    public async Task<ResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await FinishOpenCursorAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.EnqueueRun(query, parameters ?? new Dictionary<string, object?>(), TransactionExtra(write: true));
            connection.EnqueuePullOrDiscard(BoltRequest.Pull, _fetchSize);
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var success = await connection.ReadSuccessAsync("RUN", cancellationToken).ConfigureAwait(false);
            _openCursor = new ResultCursor(connection, AsyncTransaction.Keys(success), _fetchSize, -1, async (summary, _) =>
            {
                if (summary?.Bookmark is { } bookmark)
                {
                    SetBookmark(bookmark);
                }

                await _pool.ReleaseAsync(connection).ConfigureAwait(false);
            });
            return _openCursor;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Begins an explicit transaction.</summary>
    public Task<AsyncTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        BeginAsync(write: true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it, retrying transient
    /// failures (and lost connections) with exponential back-off for up to
    /// <see cref="DriverConfig.MaxTransactionRetryTime"/>. The work must be safe to run again.
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, write: true, cancellationToken);

    /// <summary>As <see cref="ExecuteWriteAsync{T}"/>, for work that returns nothing.</summary>
    public Task ExecuteWriteAsync(Func<AsyncTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            async tx =>
            {
                await work(tx).ConfigureAwait(false);
                return true;
            },
            write: true,
            cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retried like <see cref="ExecuteWriteAsync{T}"/>.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, write: false, cancellationToken);

    /// <summary>Finishes an open result, returning its connection.</summary>
    public async ValueTask DisposeAsync() => await FinishOpenCursorAsync(CancellationToken.None).ConfigureAwait(false);

    private async Task<T> ExecuteAsync<T>(Func<AsyncTransaction, Task<T>> work, bool write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var retry = new RetryBackoff(_config.InitialRetryDelay, _config.MaxTransactionRetryTime);
        while (true)
        {
            AsyncTransaction? tx = null;
            try
            {
                tx = await BeginAsync(write, cancellationToken).ConfigureAwait(false);
                var result = await work(tx).ConfigureAwait(false);
                if (tx.IsOpen)
                {
                    await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
            catch (Neo4jException e) when (e.IsRetriable && retry.TryNext(out var delay))
            {
                if (tx is not null)
                {
                    await tx.DisposeAsync().ConfigureAwait(false);
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (tx is not null)
                {
                    await tx.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<AsyncTransaction> BeginAsync(bool write, CancellationToken cancellationToken)
    {
        await FinishOpenCursorAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var tx = new AsyncTransaction(connection, _fetchSize, async (c, bookmark) =>
        {
            if (bookmark is not null)
            {
                SetBookmark(bookmark);
            }

            await _pool.ReleaseAsync(c).ConfigureAwait(false);
        });
        tx.QueueBegin(TransactionExtra(write));
        return tx;
    }

    private Dictionary<string, object?> TransactionExtra(bool write)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (_sessionConfig.Database is { } database)
        {
            extra["db"] = database;
        }

        if (_bookmarks.Count > 0)
        {
            extra["bookmarks"] = _bookmarks.ToList<object?>();
        }

        if (!write)
        {
            extra["mode"] = "r";
        }

        return extra;
    }

    private void SetBookmark(string bookmark)
    {
        _bookmarks.Clear();
        _bookmarks.Add(bookmark);
    }

    private async Task FinishOpenCursorAsync(CancellationToken cancellationToken)
    {
        if (_openCursor is { IsComplete: false } open)
        {
            _openCursor = null;
            try
            {
                await open.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The failure was reported to whoever read that result; this session goes on.
            }
        }
    }
}
