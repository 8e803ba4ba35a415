using System.IO.Compression;
using System.Text;

namespace Graph.Rdf.Syntax;

/// <summary>
/// Opens RDF inputs the way every command does: a path or <c>-</c> for standard input; gzip recognised
/// by the <c>.gz</c> extension or by its magic bytes; strict UTF-8 (invalid bytes are a syntax error, not
/// silently replaced); the syntax from an explicit name or the file extension.
/// </summary>
public static class RdfFile
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInputPath = "-";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Chooses the syntax of an input: <paramref name="formatName"/> when given (a name, extension or
    /// media type), otherwise the extension of <paramref name="path"/> (looking through <c>.gz</c>).
    /// </summary>
    /// <returns>False, with the reason in <paramref name="error"/>, when the syntax cannot be told.</returns>
    public static bool TryDetectFormat(string path, string? formatName, out RdfFormat format, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (formatName is not null)
        {
            error = RdfFormats.TryParse(formatName, out format) ? null
                : $"unknown RDF syntax '{formatName}' (known: {string.Join(", ", RdfFormats.All.Select(f => f.Name))})";
            return error is null;
        }

        if (path != StandardInputPath && RdfFormats.TryFromPath(path, out format))
        {
            error = null;
            return true;
        }

        format = default;
        error = path == StandardInputPath
            ? "the syntax of standard input cannot be told from a file name; give it with --from"
            : $"cannot tell the RDF syntax of '{path}' from its extension; give it with --from";
        return false;
    }

    /// <summary>Opens the bytes of an input, decompressed when it is gzip.</summary>
    /// <param name="path">A file path, or <c>-</c> for <paramref name="standardInput"/>.</param>
    /// <param name="standardInput">The stream <c>-</c> stands for (the process's standard input by default).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Stream OpenStream(string path, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream raw = path == StandardInputPath
            ? standardInput ?? Console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return new GZipStream(raw, CompressionMode.Decompress);
        }

        var magic = new byte[2];
        var read = 0;
        while (read < 2)
        {
            var n = raw.Read(magic, read, 2 - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var replayed = new ReplayStream(magic.AsMemory(0, read), raw);
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B
            ? new GZipStream(replayed, CompressionMode.Decompress)
            : replayed;
    }

    /// <summary>Opens an input as text: decompressed, strict UTF-8, a leading byte order mark skipped.</summary>
    public static TextReader OpenText(string path, Stream? standardInput = null) =>
        new StreamReader(OpenStream(path, standardInput), StrictUtf8, detectEncodingFromByteOrderMarks: false, 1 << 16);

    /// <summary>The base IRI of a file when none is given: its <c>file:</c> IRI (none for standard input).</summary>
    public static Iri? DefaultBaseIri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path == StandardInputPath ? null : Iri.Parse(new Uri(Path.GetFullPath(path)).AbsoluteUri);
    }

    /// <summary>Reads an input into a sink, with the input's name in every error.</summary>
    /// <param name="path">A file path, or <c>-</c> for standard input.</param>
    /// <param name="format">The syntax of the input.</param>
    /// <param name="sink">Where the statements go.</param>
    /// <param name="baseIri">The base IRI; by default the file's own <c>file:</c> IRI.</param>
    /// <param name="standardInput">The stream <c>-</c> stands for (the process's standard input by default).</param>
    /// <param name="onSyntaxError">When given, syntax errors the reader can recover from are reported here instead of thrown.</param>
    /// <exception cref="RdfSyntaxException">The input is not valid in the syntax (or not UTF-8, or a broken gzip stream).</exception>
    /// <exception cref="NotSupportedException">No reader for the syntax is registered.</exception>
    public static void Read(string path, RdfFormat format, IRdfSink sink, Iri? baseIri = null, Stream? standardInput = null, Action<RdfSyntaxException>? onSyntaxError = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = RdfFormats.CreateReader(format);
        var sourceName = path == StandardInputPath ? "<stdin>" : path;
        using var text = OpenText(path, standardInput);
        var options = new RdfReaderOptions { SourceName = sourceName, BaseIri = baseIri ?? DefaultBaseIri(path), OnSyntaxError = onSyntaxError };
        try
        {
            reader.Read(text, sink, options);
        }
        catch (DecoderFallbackException e)
        {
            throw new RdfSyntaxException($"the input is not valid UTF-8 ({e.Message})", sourceName, 0, 0);
        }
        catch (InvalidDataException e)
        {
            throw new RdfSyntaxException($"the gzip stream is damaged ({e.Message})", sourceName, 0, 0);
        }
    }

    /// <summary>A read-only stream that first gives back bytes already read from the inner stream.</summary>
    private sealed class ReplayStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.Length > 0)
            {
                var n = Math.Min(buffer.Length, _prefix.Length);
                _prefix.Span[..n].CopyTo(buffer);
                _prefix = _prefix[n..];
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
