using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Graph.Neo4j.Driver;
using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Bolt;

/// <summary>
/// One Bolt connection: TCP (and TLS), the handshake, authentication, then requests written into a
/// buffer and sent together (pipelining) and responses read one at a time in the same order.
/// A connection whose stream failed is <see cref="IsBroken"/> and is never reused; one whose last
/// request failed <see cref="NeedsReset"/> until a RESET clears the server's FAILED state.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient? _tcp;
    private readonly Stream _stream;
    private readonly ChunkedMessageReader _reader;
    private readonly ChunkedMessageWriter _framer;
    private readonly PackStreamWriter _message = new(1024);
    private readonly BoltValueCodec _codec;
    private bool _disposed;

    private BoltConnection(TcpClient? tcp, Stream stream, ChunkedMessageReader reader, BoltVersion version, int maxChunkSize)
    {
        _tcp = tcp;
        _stream = stream;
        _reader = reader;
        _framer = new ChunkedMessageWriter(maxChunkSize);
        Version = version;
        _codec = new BoltValueCodec(version);
        _message.StructureEncoder = _codec.Encode;
    }

    /// <summary>The negotiated protocol version.</summary>
    public BoltVersion Version { get; }

    /// <summary>The server's agent string from HELLO, e.g. <c>Neo4j/5.26.0</c>.</summary>
    public string? ServerAgent { get; private set; }

    /// <summary>True when the stream failed or the protocol was broken: the connection must be discarded.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>True after a FAILURE, until a RESET succeeds.</summary>
    public bool NeedsReset { get; private set; }

    /// <summary>Connects, shakes hands and authenticates.</summary>
    public static async Task<BoltConnection> OpenAsync(BoltAddress address, AuthToken auth, DriverConfig config, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(config.ConnectionTimeout);
        var tcp = new TcpClient { NoDelay = true };
        Stream? stream = null;
        try
        {
            try
            {
                await tcp.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new ServiceUnavailableException($"cannot connect to {address}: {e.Message}", e);
            }

            stream = tcp.GetStream();
            if (address.Encryption != BoltEncryption.None)
            {
                stream = await StartTlsAsync(stream, address, timeout.Token).ConfigureAwait(false);
            }

            var connection = await HandshakeAsync(tcp, stream, config, timeout.Token).ConfigureAwait(false);
            await connection.AuthenticateAsync(auth, config.UserAgent, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(stream, tcp).ConfigureAwait(false);
            throw new ServiceUnavailableException($"connecting to {address} took longer than {config.ConnectionTimeout.TotalSeconds:0.#} s", e);
        }
        catch
        {
            await DisposeQuietlyAsync(stream, tcp).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens a connection over an existing stream (the benchmarks' in-memory server).</summary>
    internal static async Task<BoltConnection> OpenOnStreamAsync(Stream stream, AuthToken auth, DriverConfig config, CancellationToken cancellationToken)
    {
        var connection = await HandshakeAsync(null, stream, config, cancellationToken).ConfigureAwait(false);
        await connection.AuthenticateAsync(auth, config.UserAgent, cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Queues a message that is a structure with no fields (GOODBYE, RESET, COMMIT, ROLLBACK).</summary>
    public void Enqueue(byte signature)
    {
        _message.Clear();
        BoltRequest.WriteNoFields(_message, signature);
        _framer.Append(_message.WrittenSpan);
    }

    /// <summary>Queues a message with one map field (HELLO, LOGON, BEGIN).</summary>
    public void Enqueue(byte signature, IReadOnlyDictionary<string, object?> map)
    {
        _message.Clear();
        BoltRequest.WriteWithMap(_message, signature, map);
        _framer.Append(_message.WrittenSpan);
    }

    /// <summary>Queues RUN.</summary>
    public void EnqueueRun(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra)
    {
        _message.Clear();
        BoltRequest.WriteRun(_message, query, parameters, extra);
        _framer.Append(_message.WrittenSpan);
    }

    /// <summary>Queues PULL or DISCARD.</summary>
    public void EnqueuePullOrDiscard(byte signature, long count, long queryId = -1)
    {
        _message.Clear();
        BoltRequest.WritePullOrDiscard(_message, signature, count, queryId);
        _framer.Append(_message.WrittenSpan);
    }

    /// <summary>Sends what is queued.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_framer.IsEmpty)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_framer.Pending, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _framer.Clear();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            IsBroken = true;
            if (e is OperationCanceledException)
            {
                throw;
            }

            throw new ServiceUnavailableException("the connection to the server failed while writing: " + e.Message, e);
        }
    }

    /// <summary>Reads the next response.</summary>
    public async Task<BoltResponse> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            var response = Decode(bytes);
            if (response is FailureResponse)
            {
                NeedsReset = true;
            }

            return response;
        }
        catch (Exception e) when (e is ServiceUnavailableException or PackStreamException or BoltProtocolException or OperationCanceledException)
        {
            // A half-read reply leaves the stream out of step: nothing more can be read from it.
            IsBroken = true;
            if (e is PackStreamException)
            {
                throw new BoltProtocolException("the server sent a malformed message: " + e.Message, e);
            }

            throw;
        }
    }

    /// <summary>Reads the next response, which must be SUCCESS; a FAILURE becomes its exception.</summary>
    public async Task<SuccessResponse> ReadSuccessAsync(string request, CancellationToken cancellationToken)
    {
        var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return response switch
        {
            SuccessResponse success => success,
            FailureResponse failure => throw failure.ToException(),
            IgnoredResponse => throw new ClientException("Driver.Ignored", $"the server ignored {request} because an earlier request failed"),
            _ => throw Broken($"the server answered {request} with an unexpected {response.GetType().Name}"),
        };
    }

    /// <summary>Sends RESET and reads replies until its SUCCESS, which returns the server to READY.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        Enqueue(BoltRequest.Reset);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
            switch (response)
            {
                case SuccessResponse:
                    NeedsReset = false;
                    return;
                case FailureResponse failure:
                    IsBroken = true;
                    throw failure.ToException();
            }

            // IGNORED replies to requests queued before the RESET are expected and dropped.
        }
    }

    /// <summary>Marks the connection broken and returns the exception to throw.</summary>
    public BoltProtocolException Broken(string message)
    {
        IsBroken = true;
        return new BoltProtocolException(message);
    }

    /// <summary>Says GOODBYE (when the connection is healthy) and closes it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!IsBroken)
        {
            try
            {
                Enqueue(BoltRequest.Goodbye);
                await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException)
            {
                // The server may already have gone; GOODBYE is a courtesy.
            }
        }

        await DisposeQuietlyAsync(_stream, _tcp).ConfigureAwait(false);
    }

    private BoltResponse Decode(ReadOnlyMemory<byte> bytes)
    {
        var reader = new PackStreamReader(bytes) { StructureDecoder = _codec.Decode };
        var (tag, fieldCount) = reader.ReadStructureHeader();
        switch (tag)
        {
            case BoltResponse.SuccessTag when fieldCount == 1:
                return new SuccessResponse(reader.ReadValue() as IReadOnlyDictionary<string, object?> ?? throw Broken("SUCCESS without a metadata map"));
            case BoltResponse.RecordTag when fieldCount == 1:
                return new RecordResponse(reader.ReadValue() as IReadOnlyList<object?> ?? throw Broken("RECORD without a list of values"));
            case BoltResponse.IgnoredTag:
                return new IgnoredResponse();
            case BoltResponse.FailureTag when fieldCount == 1:
                return FailureResponse.FromMetadata(reader.ReadValue() as IReadOnlyDictionary<string, object?> ?? throw Broken("FAILURE without a metadata map"));
            default:
                throw Broken($"the server sent an unknown message 0x{tag:X2} with {fieldCount} fields");
        }
    }

    private static async Task<BoltConnection> HandshakeAsync(TcpClient? tcp, Stream stream, DriverConfig config, CancellationToken cancellationToken)
    {
        var reader = new ChunkedMessageReader(stream);
        try
        {
            await stream.WriteAsync(BoltHandshake.Request(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException("the connection failed during the Bolt handshake: " + e.Message, e);
        }

        var answer = await reader.ReadRawAsync(4, cancellationToken).ConfigureAwait(false);
        var version = BoltHandshake.ParseResponse(answer);
        return new BoltConnection(tcp, stream, reader, version, config.MaxChunkSize);
    }

    private async Task AuthenticateAsync(AuthToken auth, string userAgent, CancellationToken cancellationToken)
    {
        var hello = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = userAgent };
        if (Version.AtLeast(BoltVersion.V5_3))
        {
            hello["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = userAgent,
                ["platform"] = RuntimeInformation.OSDescription + "; " + RuntimeInformation.OSArchitecture,
                ["language"] = "C#/" + Environment.Version,
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        }

        if (!Version.AtLeast(BoltVersion.V5_1))
        {
            foreach (var (key, value) in auth.Content)
            {
                hello[key] = value;
            }
        }

        Enqueue(BoltRequest.Hello, hello);
        if (Version.AtLeast(BoltVersion.V5_1))
        {
            Enqueue(BoltRequest.Logon, auth.Content);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var helloSuccess = await ReadSuccessAsync("HELLO", cancellationToken).ConfigureAwait(false);
        ServerAgent = helloSuccess.Get("server") as string;
        if (Version.AtLeast(BoltVersion.V5_1))
        {
            await ReadSuccessAsync("LOGON", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<Stream> StartTlsAsync(Stream stream, BoltAddress address, CancellationToken cancellationToken)
    {
        var ssl = address.Encryption == BoltEncryption.SelfSigned
            ? new SslStream(stream, leaveInnerStreamOpen: false, (_, _, _, _) => true)
            : new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = address.Host }, cancellationToken).ConfigureAwait(false);
            return ssl;
        }
        catch (Exception e) when (e is System.Security.Authentication.AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new ServiceUnavailableException($"the TLS handshake with {address} failed: {e.Message}", e);
        }
    }

    private static async ValueTask DisposeQuietlyAsync(Stream? stream, TcpClient? tcp)
    {
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        tcp?.Dispose();
    }
}
