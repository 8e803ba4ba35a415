namespace Graph.Neo4j.Bolt;

/// <summary>
/// The Bolt handshake: the magic preamble and four version proposals, each four bytes
/// (reserved, range, minor, major), answered by the one version the server chose or by zeros.
/// </summary>
internal static class BoltHandshake
{
    /// <summary>The preamble that identifies Bolt.</summary>
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>The proposal: 5.8 down to 5.1 as one range, then 4.4, then nothing.</summary>
    public static byte[] Request()
    {
        var bytes = new byte[20];
        Magic.CopyTo(bytes);
        WriteProposal(bytes.AsSpan(4), BoltVersion.V5_8, range: 7);
        WriteProposal(bytes.AsSpan(8), BoltVersion.V4_4, range: 0);
        return bytes;
    }

    /// <summary>Reads the server's answer.</summary>
    /// <exception cref="BoltProtocolException">The server chose no version, or answered something else than Bolt.</exception>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> response)
    {
        if (response.SequenceEqual("HTTP"u8))
        {
            throw new BoltProtocolException("the server answered in HTTP: that is Neo4j's HTTP port (7474), not Bolt (7687)");
        }

        if (response[0] == 0 && response[1] == 0 && response[2] == 0 && response[3] == 0)
        {
            throw new BoltProtocolException("the server supports none of the Bolt versions offered (5.8 to 5.1, and 4.4)");
        }

        var version = new BoltVersion(response[3], response[2]);
        var offered = version == BoltVersion.V4_4 || (version.Major == 5 && version.Minor is >= 1 and <= 8);
        return offered ? version : throw new BoltProtocolException($"the server chose Bolt {version}, which was not offered");
    }

    private static void WriteProposal(Span<byte> target, BoltVersion newest, int range)
    {
        target[0] = 0;
        target[1] = (byte)range;
        target[2] = (byte)newest.Minor;
        target[3] = (byte)newest.Major;
    }
}
