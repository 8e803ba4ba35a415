using System.Net;
using System.Net.Sockets;

namespace Graph.Benchmarks.Neo4j;

/// <summary>
/// A Bolt 5.4 server on the loopback interface that answers every request with SUCCESS, without
/// decoding more than each message's signature: it stands in for Neo4j so that the benchmark
/// measures the client's encoding, batching and socket I/O, not a database.
/// </summary>
internal sealed class AcceptingBoltServer : IDisposable
{
    private static readonly byte[] Success = [0x00, 0x03, 0xB1, 0x70, 0xA0, 0x00, 0x00];
    private static readonly byte[] RunSuccess = [0x00, 0x0B, 0xB1, 0x70, 0xA1, 0x86, (byte)'f', (byte)'i', (byte)'e', (byte)'l', (byte)'d', (byte)'s', 0x90, 0x00, 0x00];

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public AcceptingBoltServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Uri => "bolt://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            var handshake = new byte[20];
            await stream.ReadExactlyAsync(handshake, _stop.Token);
            await stream.WriteAsync(new byte[] { 0, 0, 4, 5 }, _stop.Token);

            var buffer = new byte[1 << 16];
            var replies = new MemoryStream();
            var chunkLeft = 0;          // bytes of the current chunk still to skip
            var headerBytes = 0;        // bytes of the 2-byte chunk header read so far
            var header = 0;
            var atMessageStart = true;  // the next chunk starts a new message
            var signatureOffset = -1;   // bytes until the signature in the first chunk
            try
            {
                while (true)
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    for (var i = 0; i < read;)
                    {
                        if (chunkLeft > 0)
                        {
                            if (signatureOffset >= 0)
                            {
                                if (signatureOffset == 0)
                                {
                                    var signature = buffer[i];
                                    if (signature == 0x02)
                                    {
                                        return;
                                    }

                                    replies.Write(signature == 0x10 ? RunSuccess : Success);
                                    signatureOffset = -1;
                                }
                                else
                                {
                                    signatureOffset--;
                                }

                                i++;
                                chunkLeft--;
                                continue;
                            }

                            var skip = Math.Min(chunkLeft, read - i);
                            i += skip;
                            chunkLeft -= skip;
                            continue;
                        }

                        header = (header << 8) | buffer[i++];
                        if (++headerBytes < 2)
                        {
                            continue;
                        }

                        headerBytes = 0;
                        chunkLeft = header;
                        header = 0;
                        if (chunkLeft == 0)
                        {
                            atMessageStart = true;
                        }
                        else if (atMessageStart)
                        {
                            atMessageStart = false;
                            signatureOffset = 1; // skip the structure marker, then the signature
                        }
                    }

                    if (replies.Length > 0)
                    {
                        await stream.WriteAsync(replies.GetBuffer().AsMemory(0, (int)replies.Length), _stop.Token);
                        replies.SetLength(0);
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the benchmark ended.
            }
        }
    }
}
