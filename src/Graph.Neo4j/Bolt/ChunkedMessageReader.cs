using Graph.Neo4j.Driver;

namespace Graph.Neo4j.Bolt;

/// <summary>
/// Reassembles messages from chunks read off a stream: chunks are concatenated until the empty
/// end marker; an empty chunk before any data is a no-op (a keep-alive) and is skipped.
/// </summary>
internal sealed class ChunkedMessageReader
{
    private readonly Stream _stream;
    private readonly byte[] _input = new byte[1 << 16];
    private int _inputStart;
    private int _inputEnd;
    private byte[] _message = new byte[1 << 12];

    public ChunkedMessageReader(Stream stream) => _stream = stream;

    /// <summary>Reads the next whole message; the memory is valid until the next call.</summary>
    /// <exception cref="ServiceUnavailableException">The connection closed before the message was whole.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            var size = (_input[_inputStart] << 8) | _input[_inputStart + 1];
            _inputStart += 2;
            if (size == 0)
            {
                if (length == 0)
                {
                    continue;
                }

                return _message.AsMemory(0, length);
            }

            if (length + size > _message.Length)
            {
                Array.Resize(ref _message, Math.Max(_message.Length * 2, length + size));
            }

            while (size > 0)
            {
                await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(size, _inputEnd - _inputStart);
                Buffer.BlockCopy(_input, _inputStart, _message, length, take);
                _inputStart += take;
                length += take;
                size -= take;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes (the handshake answer).</summary>
    public async ValueTask<byte[]> ReadRawAsync(int count, CancellationToken cancellationToken)
    {
        await FillAsync(count, cancellationToken).ConfigureAwait(false);
        var bytes = _input.AsSpan(_inputStart, count).ToArray();
        _inputStart += count;
        return bytes;
    }

    private async ValueTask FillAsync(int needed, CancellationToken cancellationToken)
    {
        if (_inputEnd - _inputStart >= needed)
        {
            return;
        }

        if (_inputStart > 0)
        {
            Buffer.BlockCopy(_input, _inputStart, _input, 0, _inputEnd - _inputStart);
            _inputEnd -= _inputStart;
            _inputStart = 0;
        }

        while (_inputEnd < needed)
        {
            int read;
            try
            {
                read = await _stream.ReadAsync(_input.AsMemory(_inputEnd), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new ServiceUnavailableException("the connection to the server failed while reading: " + e.Message, e);
            }

            if (read == 0)
            {
                throw new ServiceUnavailableException("the server closed the connection before its reply was complete");
            }

            _inputEnd += read;
        }
    }
}
