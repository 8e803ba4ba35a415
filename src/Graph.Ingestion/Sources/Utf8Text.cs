using System.Buffers;
using System.Text.Unicode;

namespace Graph.Ingestion.Sources;

/// <summary>
/// Strict decoding of article bytes: UTF-8 only, no NUL bytes; a problem is reported with the byte
/// offset and line where it stands, never replaced silently.
/// </summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>, which start at <paramref name="baseOffset"/> on line <paramref name="baseLine"/> of the source.</summary>
    /// <exception cref="ArticleSourceException">Binary data or invalid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName, long baseOffset = 0, int baseLine = 1)
    {
        var start = 0;
        if (baseOffset == 0)
        {
            if (bytes.StartsWith(Utf8Bom))
            {
                start = Utf8Bom.Length;
            }
            else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                throw new ArticleSourceException(ArticleSourceError.Binary, "binary data: a UTF-16 or UTF-32 byte-order mark; articles must be UTF-8", sourceName, baseLine, 0);
            }
        }

        var body = bytes[start..];
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            var at = start + nul;
            throw new ArticleSourceException(ArticleSourceError.Binary, "binary data: a NUL byte", sourceName, LineAt(bytes, at, baseLine), baseOffset + at);
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var at = start + read;
                var reason = status == OperationStatus.NeedMoreData ? "invalid UTF-8: the text ends inside a multi-byte sequence" : $"invalid UTF-8: byte 0x{bytes[at]:X2}";
                throw new ArticleSourceException(ArticleSourceError.InvalidUtf8, reason, sourceName, LineAt(bytes, at, baseLine), baseOffset + at);
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset, int baseLine) => baseLine + bytes[..offset].Count((byte)'\n');
}
