namespace Graph.Rdf.Datasets;

/// <summary>
/// Append-only storage for many small byte strings, in 1 MiB chunks so that growing never copies
/// and never leaves more than one chunk's slack. An entry is a varint length then its bytes; its
/// handle is (chunk, offset) packed in a long.
/// </summary>
internal sealed class ByteArena
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;

    /// <summary>The bytes held, chunks included, for memory accounting.</summary>
    public long AllocatedBytes => (long)_chunks.Sum(c => (long)c.Length);

    public long Add(ReadOnlySpan<byte> bytes)
    {
        var need = bytes.Length + 5;
        if (_used + need > ChunkSize || _chunks.Count == 0)
        {
            _chunks.Add(new byte[Math.Max(ChunkSize, need)]);
            _used = 0;
        }

        var chunkIndex = _chunks.Count - 1;
        var chunk = _chunks[chunkIndex];
        var start = _used;
        var length = (uint)bytes.Length;
        while (length >= 0x80)
        {
            chunk[_used++] = (byte)(length | 0x80);
            length >>= 7;
        }

        chunk[_used++] = (byte)length;
        bytes.CopyTo(chunk.AsSpan(_used));
        _used += bytes.Length;
        if (chunk.Length > ChunkSize)
        {
            _used = ChunkSize;
        }

        return ((long)chunkIndex << 32) | (uint)start;
    }

    public ReadOnlySpan<byte> Get(long handle)
    {
        var chunk = _chunks[(int)(handle >> 32)];
        var at = (int)(uint)handle;
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = chunk[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return chunk.AsSpan(at, length);
    }
}
