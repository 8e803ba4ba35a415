using Graph.Neo4j.Bolt;

namespace Graph.Neo4j.Driver;

/// <summary>
/// An explicit transaction: BEGIN, queries, then COMMIT or ROLLBACK. Disposing a transaction that
/// was neither committed nor rolled back rolls it back.
/// </summary>
public sealed class AsyncTransaction : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, object?> NoExtra = new Dictionary<string, object?>();

    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<BoltConnection, string?, Task> _release;
    private bool _beginPending = true;
    private ResultCursor? _openCursor;
    private Exception? _failure;
    private bool _closed;

    internal AsyncTransaction(BoltConnection connection, long fetchSize, Func<BoltConnection, string?, Task> release)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _release = release;
    }

    /// <summary>True until the transaction is committed, rolled back or fails.</summary>
    public bool IsOpen => !_closed && _failure is null;

    /// <summary>Runs a query in the transaction; values travel only as <paramref name="parameters"/>.</summary>
    public async Task<ResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureUsable();
        if (_openCursor is not null)
        {
            await _openCursor.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }

        _connection.EnqueueRun(query, parameters ?? NoExtra, NoExtra);
        _connection.EnqueuePullOrDiscard(BoltRequest.Pull, _fetchSize);
        try
        {
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
            var success = await _connection.ReadSuccessAsync("RUN", cancellationToken).ConfigureAwait(false);
            var keys = Keys(success);
            var queryId = success.Get("qid") is long qid ? qid : -1;
            _openCursor = new ResultCursor(_connection, keys, _fetchSize, queryId, OnCursorCompleteAsync);
            return _openCursor;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _failure = e;
            throw;
        }
    }

    /// <summary>Commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        try
        {
            if (_openCursor is not null)
            {
                await _openCursor.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }

            _connection.Enqueue(BoltRequest.Commit);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
            var success = await _connection.ReadSuccessAsync("COMMIT", cancellationToken).ConfigureAwait(false);
            await CloseAsync(success.Get("bookmark") as string).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _failure = e;
            await CloseAsync(null).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Rolls back; after a failure the connection is RESET instead, which ends the transaction too.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            return;
        }

        try
        {
            if (_failure is null && !_connection.IsBroken && !_connection.NeedsReset)
            {
                if (_openCursor is not null && !_openCursor.IsComplete)
                {
                    await _openCursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                }

                _connection.Enqueue(BoltRequest.Rollback);
                await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
                await _connection.ReadSuccessAsync("ROLLBACK", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await CloseAsync(null).ConfigureAwait(false);
        }
    }

    /// <summary>Rolls back when still open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_closed)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The connection was already failing; it has been released as broken.
            }
        }
    }

    internal static IReadOnlyList<string> Keys(SuccessResponse success) =>
        (success.Get("fields") as IReadOnlyList<object?>)?.Select(f => f as string ?? string.Empty).ToList() ?? [];

    internal void QueueBegin(IReadOnlyDictionary<string, object?> extra) => _connection.Enqueue(BoltRequest.Begin, extra);

    private async Task ReadBeginAsync(CancellationToken cancellationToken)
    {
        if (_beginPending)
        {
            _beginPending = false;
            await _connection.ReadSuccessAsync("BEGIN", cancellationToken).ConfigureAwait(false);
        }
    }

    private Task OnCursorCompleteAsync(ResultSummary? summary, Exception? error)
    {
        if (error is not null)
        {
            _failure = error;
        }

        return Task.CompletedTask;
    }

    private void EnsureUsable()
    {
        if (_closed)
        {
            throw new InvalidOperationException("the transaction is already committed or rolled back");
        }

        if (_failure is not null)
        {
            throw new ClientException("Driver.TransactionFailed", "the transaction cannot go on: an earlier query in it failed: " + _failure.Message);
        }
    }

    private async Task CloseAsync(string? bookmark)
    {
        if (!_closed)
        {
            _closed = true;
            await _release(_connection, bookmark).ConfigureAwait(false);
        }
    }
}
