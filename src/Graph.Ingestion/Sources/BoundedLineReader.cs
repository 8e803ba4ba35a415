using System.Buffers;

namespace Graph.Ingestion.Sources;

/// <summary>One line of a byte stream, without its line end.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Offset">The 0-based byte offset of its first byte.</param>
/// <param name="Bytes">Its bytes, or empty when <paramref name="Length"/> is over the limit.</param>
/// <param name="Length">Its length in bytes (counted even when the bytes were not kept).</param>
/// <param name="TooLong">True when the line was longer than the limit and its bytes were dropped.</param>
internal readonly record struct ByteLine(int Number, long Offset, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong);

/// <summary>
/// Splits a stream into lines at <c>\n</c> (dropping a <c>\r</c> before it), keeping at most a
/// fixed number of bytes of a line in memory, so a huge line costs no more than the limit.
/// </summary>
internal static class BoundedLineReader
{
    public static IEnumerable<ByteLine> ReadLines(Stream stream, int maxLineBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>();
        long lineStart = 0;
        long lineLength = 0;
        long position = 0;
        var number = 1;
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsMemory(0, count);
            while (!chunk.IsEmpty)
            {
                var end = chunk.Span.IndexOf((byte)'\n');
                var piece = end < 0 ? chunk : chunk[..end];
                lineLength += piece.Length;
                if (lineLength <= maxLineBytes)
                {
                    line.Write(piece.Span);
                }

                if (end < 0)
                {
                    position += piece.Length;
                    break;
                }

                position += end + 1;
                yield return Complete(number, lineStart, line, lineLength, maxLineBytes);
                number++;
                lineStart = position;
                lineLength = 0;
                line.ResetWrittenCount();
                chunk = chunk[(end + 1)..];
            }
        }

        if (lineLength > 0)
        {
            yield return Complete(number, lineStart, line, lineLength, maxLineBytes);
        }
    }

    private static ByteLine Complete(int number, long start, ArrayBufferWriter<byte> line, long length, int max)
    {
        if (length > max)
        {
            return new ByteLine(number, start, ReadOnlyMemory<byte>.Empty, length, TooLong: true);
        }

        var bytes = line.WrittenMemory;
        if (!bytes.IsEmpty && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new ByteLine(number, start, bytes.ToArray(), length, TooLong: false);
    }
}
