using System.Buffers.Binary;

namespace Graph.Neo4j.Bolt;

/// <summary>
/// Frames messages for the wire: each message is cut into chunks of at most 65,535 bytes, each
/// preceded by its two-byte big-endian size, and the message ends with an empty chunk (<c>00 00</c>).
/// Messages accumulate in a buffer so that pipelined requests leave in one write.
/// </summary>
internal sealed class ChunkedMessageWriter
{
    /// <summary>The largest chunk the protocol allows.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    private readonly int _chunkSize;
    private byte[] _buffer = new byte[8192];
    private int _length;

    /// <summary>Creates a writer; a smaller chunk size is for tests.</summary>
    public ChunkedMessageWriter(int chunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, MaxChunkSize);
        _chunkSize = chunkSize;
    }

    /// <summary>The framed bytes waiting to be sent.</summary>
    public ReadOnlyMemory<byte> Pending => _buffer.AsMemory(0, _length);

    /// <summary>True when nothing waits to be sent.</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>Appends one message, framed.</summary>
    public void Append(ReadOnlySpan<byte> message)
    {
        var chunks = (message.Length + _chunkSize - 1) / _chunkSize;
        Ensure((chunks * 2) + message.Length + 2);
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, _chunkSize);
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(_length), (ushort)size);
            message[..size].CopyTo(_buffer.AsSpan(_length + 2));
            _length += size + 2;
            message = message[size..];
        }

        _buffer[_length++] = 0;
        _buffer[_length++] = 0;
    }

    /// <summary>Forgets the pending bytes once they are sent.</summary>
    public void Clear() => _length = 0;

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
