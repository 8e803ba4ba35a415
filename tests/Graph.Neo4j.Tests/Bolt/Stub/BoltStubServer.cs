using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Graph.Neo4j.Bolt;
using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Tests.Bolt.Stub;

/// <summary>
/// A Bolt server on the loopback interface that plays a <see cref="StubScript"/>: it checks each
/// message the client sends against the script and sends the scripted replies. Its framing is
/// written here independently of the client's. Whatever departs from the script is recorded in
/// <see cref="Errors"/>, which a test asserts empty.
/// </summary>
internal sealed class BoltStubServer : IAsyncDisposable
{
    private readonly StubScript _script;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly Task _serving;

    private BoltStubServer(StubScript script)
    {
        _script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The port listened on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The address to give the client.</summary>
    public string Uri => "bolt://127.0.0.1:" + Port;

    /// <summary>Departures from the script.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>The names of the messages received, in order.</summary>
    public IReadOnlyCollection<string> Received => _received;

    /// <summary>The version chosen in the last handshake.</summary>
    public BoltVersion? NegotiatedVersion { get; private set; }

    public static BoltStubServer Start(string scriptName) => new(StubScript.Load(scriptName));

    public static BoltStubServer Start(StubScript script) => new(script);

    /// <summary>Waits until every scripted connection has been played, then asserts no departure.</summary>
    public async Task AssertPlayedAsync()
    {
        var finished = await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)) == _serving;
        Assert.True(finished, "the stub server did not finish its script in 20 s; received: " + string.Join(", ", _received));
        Assert.True(_errors.IsEmpty, string.Join(Environment.NewLine, _errors));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        for (var i = 0; i < _script.Connections; i++)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                if (!_stop.IsCancellationRequested)
                {
                    _errors.Enqueue("the listener failed: " + e.Message);
                }

                return;
            }

            using (client)
            {
                try
                {
                    await PlayAsync(client.GetStream(), _script.LinesOf(i));
                }
                catch (Exception e) when (e is IOException or EndOfStreamException or PackStreamException or SocketException)
                {
                    _errors.Enqueue($"connection {i + 1}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        // Every scripted connection is played: a client that connects again is refused at once.
        _listener.Stop();
    }

    private async Task PlayAsync(NetworkStream stream, IReadOnlyList<StubLine> lines)
    {
        var token = _stop.Token;
        var hello = new byte[20];
        await stream.ReadExactlyAsync(hello, token);
        if (!hello.AsSpan(0, 4).SequenceEqual(new byte[] { 0x60, 0x60, 0xB0, 0x17 }))
        {
            _errors.Enqueue("the client did not start with the Bolt magic preamble");
            return;
        }

        var chosen = Choose(hello.AsSpan(4));
        NegotiatedVersion = chosen;
        await stream.WriteAsync(chosen is { } v ? new byte[] { 0, 0, (byte)v.Minor, (byte)v.Major } : new byte[4], token);
        if (chosen is null)
        {
            return;
        }

        foreach (var line in lines)
        {
            switch (line.Action)
            {
                case StubAction.Exit:
                    return;
                case StubAction.Noop:
                    await stream.WriteAsync(new byte[2], token);
                    break;
                case StubAction.Send:
                    await stream.WriteAsync(Frame(line.Signature, line.Fields), token);
                    break;
                default:
                    var (signature, fields) = await ReadExpectedAsync(stream, line.Signature);
                    if (signature is null)
                    {
                        _errors.Enqueue($"line {line.LineNumber}: the client closed the connection (or said GOODBYE) while {StubScript.NameOf(line.Signature)} was expected");
                        return;
                    }

                    if (signature != line.Signature || !Matches(line.Fields, fields!))
                    {
                        _errors.Enqueue($"line {line.LineNumber}: expected {StubScript.NameOf(line.Signature)} {Show(line.Fields)}, received {StubScript.NameOf(signature.Value)} {Show(fields!)}");
                        return;
                    }

                    break;
            }
        }

        // The script is played: the client may only say GOODBYE (or close) now.
        var (after, afterFields) = await ReadExpectedAsync(stream, expected: 0x02);
        if (after is not null)
        {
            _errors.Enqueue($"after the script ended the client sent {StubScript.NameOf(after.Value)} {Show(afterFields!)}");
        }
    }

    private BoltVersion? Choose(ReadOnlySpan<byte> proposals)
    {
        BoltVersion? best = null;
        for (var i = 0; i < 4; i++)
        {
            var p = proposals.Slice(i * 4, 4);
            int major = p[3], minor = p[2], range = p[1];
            foreach (var accepted in _script.Versions)
            {
                if (accepted.Major == major && accepted.Minor <= minor && accepted.Minor >= minor - range && (best is null || accepted.CompareTo(best.Value) > 0))
                {
                    best = accepted;
                }
            }
        }

        return best;
    }

    /// <summary>Reads client messages until one that is not an allowed RESET; null when the client left.</summary>
    private async Task<(byte? Signature, IReadOnlyList<object?>? Fields)> ReadExpectedAsync(NetworkStream stream, byte expected)
    {
        while (true)
        {
            var message = await ReadMessageAsync(stream);
            if (message is null)
            {
                return (null, null);
            }

            var reader = new PackStreamReader(message);
            var (signature, count) = reader.ReadStructureHeader();
            var fields = new List<object?>();
            for (var i = 0; i < count; i++)
            {
                fields.Add(reader.ReadValue());
            }

            _received.Enqueue(StubScript.NameOf(signature));
            if (signature == 0x02)
            {
                return (null, null);
            }

            if (signature == 0x0F && expected != 0x0F && _script.AllowReset)
            {
                await stream.WriteAsync(Frame(0x70, [new Dictionary<string, object?>()]), _stop.Token);
                continue;
            }

            return (signature, fields);
        }
    }

    private async Task<byte[]?> ReadMessageAsync(NetworkStream stream)
    {
        var message = new MemoryStream();
        var header = new byte[2];
        while (true)
        {
            try
            {
                await stream.ReadExactlyAsync(header, _stop.Token);
            }
            catch (EndOfStreamException) when (message.Length == 0)
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (message.Length > 0)
                {
                    return message.ToArray();
                }

                continue;
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, _stop.Token);
            message.Write(chunk);
        }
    }

    private static byte[] Frame(byte signature, IReadOnlyList<object?> fields)
    {
        var writer = new PackStreamWriter();
        writer.WriteStructure(new PackStreamStructure(signature, fields));
        var body = writer.ToArray();
        var framed = new MemoryStream();
        for (var offset = 0; offset < body.Length; offset += ushort.MaxValue)
        {
            var size = Math.Min(ushort.MaxValue, body.Length - offset);
            framed.WriteByte((byte)(size >> 8));
            framed.WriteByte((byte)size);
            framed.Write(body, offset, size);
        }

        framed.Write(new byte[2]);
        return framed.ToArray();
    }

    private static bool Matches(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(pair => Matches(pair.First, pair.Second));

    private static bool Matches(object? expected, object? actual) => expected switch
    {
        Wildcard => true,
        null => actual is null,
        IReadOnlyList<object?> list => actual is IReadOnlyList<object?> other && Matches(list, other),
        IReadOnlyDictionary<string, object?> map => actual is IReadOnlyDictionary<string, object?> other && map.Count == other.Count
            && map.All(entry => other.TryGetValue(entry.Key, out var value) && Matches(entry.Value, value)),
        byte[] bytes => actual is byte[] other && bytes.AsSpan().SequenceEqual(other),
        PackStreamStructure s => actual is PackStreamStructure other && s.Tag == other.Tag && Matches(s.Fields, other.Fields),
        _ => expected.Equals(actual),
    };

    private static string Show(IReadOnlyList<object?> fields) => string.Join(' ', fields.Select(Show));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s.Length > 60 ? $"\"{s[..20]}…\" ({s.Length} chars)" : "\"" + s + "\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => "\"" + e.Key + "\": " + Show(e.Value))) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}
