using Graph.Neo4j.Bolt;

namespace Graph.Neo4j.Driver;

/// <summary>
/// The records of a query, pulled from the server in batches of the fetch size as they are read.
/// Read with <see cref="FetchAsync"/> and <see cref="Current"/>, or <see cref="ToListAsync"/>; end with
/// <see cref="ConsumeAsync"/>, which discards what was not read.
/// </summary>
public sealed class ResultCursor
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly long _queryId;
    private readonly Func<ResultSummary?, Exception?, Task> _onComplete;
    private readonly Queue<Record> _buffered = new();
    private bool _pullOutstanding = true;
    private bool _done;
    private ResultSummary? _summary;
    private Exception? _error;
    private Record? _current;

    internal ResultCursor(BoltConnection connection, IReadOnlyList<string> keys, long fetchSize, long queryId, Func<ResultSummary?, Exception?, Task> onComplete)
    {
        _connection = connection;
        Keys = keys;
        _fetchSize = fetchSize;
        _queryId = queryId;
        _onComplete = onComplete;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The record the last successful <see cref="FetchAsync"/> moved to.</summary>
    /// <exception cref="InvalidOperationException">No record was fetched.</exception>
    public Record Current => _current ?? throw new InvalidOperationException("call FetchAsync first, and only read Current when it returned true");

    /// <summary>True once the server sent the last record (or the query failed).</summary>
    internal bool IsComplete => _done && _buffered.Count == 0;

    /// <summary>Moves to the next record; false at the end.</summary>
    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (_buffered.TryDequeue(out var buffered))
        {
            _current = buffered;
            return true;
        }

        var next = await ReadNextAsync(cancellationToken).ConfigureAwait(false);
        _current = next;
        return next is not null;
    }

    /// <summary>Reads every remaining record.</summary>
    public async Task<List<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<Record>();
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(Current);
        }

        return records;
    }

    /// <summary>Reads the one record the query must return.</summary>
    /// <exception cref="InvalidOperationException">The query returned no record or several.</exception>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1 ? records[0] : throw new InvalidOperationException($"expected exactly one record, the query returned {records.Count}");
    }

    /// <summary>Discards the records not read and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered.Clear();
        if (!_done)
        {
            // Records already on the way are read and dropped; the rest are DISCARDed unseen.
            while (!_done)
            {
                await ReadNextAsync(cancellationToken, discardRest: true).ConfigureAwait(false);
            }
        }

        if (_error is not null)
        {
            throw _error;
        }

        return _summary!;
    }

    /// <summary>Keeps the remaining records in memory so the connection can serve the next query.</summary>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            var record = await ReadNextAsync(cancellationToken).ConfigureAwait(false);
            if (record is not null)
            {
                _buffered.Enqueue(record);
            }
        }
    }

    private async Task<Record?> ReadNextAsync(CancellationToken cancellationToken, bool discardRest = false)
    {
        while (!_done)
        {
            if (!_pullOutstanding)
            {
                _connection.EnqueuePullOrDiscard(discardRest ? BoltRequest.Discard : BoltRequest.Pull, discardRest ? -1 : _fetchSize, _queryId);
                await SendAsync(cancellationToken).ConfigureAwait(false);
                _pullOutstanding = true;
            }

            BoltResponse response;
            try
            {
                response = await _connection.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Neo4jException or OperationCanceledException)
            {
                await FinishAsync(null, e).ConfigureAwait(false);
                throw;
            }

            switch (response)
            {
                case RecordResponse record:
                    return new Record(Keys, record.Values);
                case SuccessResponse success when success.Get("has_more") is true:
                    _pullOutstanding = false;
                    break;
                case SuccessResponse success:
                    _pullOutstanding = false;
                    await FinishAsync(ResultSummary.FromMetadata(success.Metadata), null).ConfigureAwait(false);
                    break;
                case FailureResponse failure:
                    var error = failure.ToException();
                    await FinishAsync(null, error).ConfigureAwait(false);
                    throw error;
                default:
                    var ignored = new ClientException("Driver.Ignored", "the server ignored the request for records because an earlier request failed");
                    await FinishAsync(null, ignored).ConfigureAwait(false);
                    throw ignored;
            }
        }

        if (_error is not null)
        {
            throw _error;
        }

        return null;
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            await FinishAsync(null, e).ConfigureAwait(false);
            throw;
        }
    }

    private async Task FinishAsync(ResultSummary? summary, Exception? error)
    {
        _done = true;
        _summary = summary;
        _error = error;
        await _onComplete(summary, error).ConfigureAwait(false);
    }
}
