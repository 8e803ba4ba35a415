using Graph.Neo4j.Bolt;
using Graph.Neo4j.Driver;

namespace Graph.Neo4j.Tests.Bolt;

public sealed class FramingTests
{
    [Fact]
    public void The_handshake_offers_5_8_down_to_5_1_then_4_4_after_the_magic_preamble()
    {
        Assert.Equal("6060B017" + "00070805" + "00000404" + "00000000" + "00000000", Convert.ToHexString(BoltHandshake.Request()));
    }

    [Theory]
    [InlineData("00000405", 5, 4)]
    [InlineData("00000404", 4, 4)]
    [InlineData("00000805", 5, 8)]
    public void The_server_answer_names_the_chosen_version_minor_before_major(string hex, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), BoltHandshake.ParseResponse(Convert.FromHexString(hex)));

    [Theory]
    [InlineData("00000000", "none of the Bolt versions")]
    [InlineData("48545450", "HTTP")]
    [InlineData("00000003", "not offered")]
    public void A_refusal_an_HTTP_answer_or_an_unoffered_version_is_a_protocol_error(string hex, string expected)
    {
        var error = Assert.Throws<BoltProtocolException>(() => BoltHandshake.ParseResponse(Convert.FromHexString(hex)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_is_cut_into_chunks_with_big_endian_sizes_and_ends_with_an_empty_chunk()
    {
        var framer = new ChunkedMessageWriter(chunkSize: 4);
        framer.Append([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        framer.Append([0xB0, 0x0F]);

        Assert.Equal(
            "0004010203040004050607080002090A0000" + "0002B00F0000",
            Convert.ToHexString(framer.Pending.Span));
    }

    [Fact]
    public async Task Chunks_are_reassembled_and_keep_alive_chunks_between_messages_are_skipped()
    {
        var wire = Convert.FromHexString("0000" + "0003010203" + "00020405" + "0000" + "0000" + "0000" + "0001FF" + "0000");
        var reader = new ChunkedMessageReader(new MemoryStream(wire));

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, (await reader.ReadMessageAsync(TestContext.Current.CancellationToken)).ToArray());
        Assert.Equal(new byte[] { 0xFF }, (await reader.ReadMessageAsync(TestContext.Current.CancellationToken)).ToArray());
        await Assert.ThrowsAsync<ServiceUnavailableException>(async () => await reader.ReadMessageAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("bolt://localhost", "localhost", 7687, BoltEncryption.None)]
    [InlineData("neo4j://db.example.org:7688", "db.example.org", 7688, BoltEncryption.None)]
    [InlineData("bolt+s://db.example.org", "db.example.org", 7687, BoltEncryption.Verified)]
    [InlineData("neo4j+ssc://10.0.0.1:9000", "10.0.0.1", 9000, BoltEncryption.SelfSigned)]
    [InlineData("bolt://[::1]:7687", "::1", 7687, BoltEncryption.None)]
    public void Addresses_give_host_port_and_encryption(string uri, string host, int port, BoltEncryption encryption)
    {
        var address = BoltAddress.Parse(uri);
        Assert.Equal((host, port, encryption), (address.Host, address.Port, address.Encryption));
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("localhost:7687")]
    [InlineData("bolt://localhost/db")]
    public void Other_addresses_are_refused_with_the_schemes_that_work(string uri) =>
        Assert.Throws<ArgumentException>(() => BoltAddress.Parse(uri));
}
