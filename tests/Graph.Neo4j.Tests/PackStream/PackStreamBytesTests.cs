using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Tests.PackStream;

/// <summary>
/// Byte-exact encodings from the examples of the PackStream v1 specification (checked by hand
/// against the marker table: big-endian sizes, the smallest representation chosen).
/// </summary>
public sealed class PackStreamBytesTests
{
    public static TheoryData<object?, string> SpecExamples => new()
    {
        { null, "C0" },
        { true, "C3" },
        { false, "C2" },
        { 1L, "01" },
        { 42L, "2A" },
        { 127L, "7F" },
        { -1L, "FF" },
        { -16L, "F0" },
        { -17L, "C8 EF" },
        { -128L, "C8 80" },
        { 128L, "C9 00 80" },
        { 1234L, "C9 04 D2" },
        { -129L, "C9 FF 7F" },
        { 32768L, "CA 00 00 80 00" },
        { -32769L, "CA FF FF 7F FF" },
        { 2147483648L, "CB 00 00 00 00 80 00 00 00" },
        { long.MinValue, "CB 80 00 00 00 00 00 00 00" },
        { 1.1, "C1 3F F1 99 99 99 99 99 9A" },
        { -1.1, "C1 BF F1 99 99 99 99 99 9A" },
        { "", "80" },
        { "A", "81 41" },
        { "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56 57 58 59 5A" },
        { "Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65" },
        { new byte[] { 1, 2, 3 }, "CC 03 01 02 03" },
        { Array.Empty<byte>(), "CC 00" },
    };

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void A_value_encodes_to_the_bytes_of_the_specification_and_decodes_back(object? value, string hex)
    {
        var writer = new PackStreamWriter();
        writer.WriteValue(value);

        Assert.Equal(hex, Hex(writer.WrittenSpan));
        var decoded = new PackStreamReader(writer.ToArray()).ReadValue();
        Assert.Equal(value, decoded);
    }

    [Fact]
    public void Lists_use_the_tiny_form_up_to_fifteen_items_and_a_list8_header_beyond()
    {
        Assert.Equal("90", Encode(new List<object?>()));
        Assert.Equal("93 01 02 03", Encode(new List<object?> { 1L, 2L, 3L }));
        Assert.Equal("93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65", Encode(new List<object?> { 1L, 2.0, "three" }));
        var forty = Enumerable.Repeat<object?>(1L, 40).ToList();
        Assert.Equal("D4 28 " + string.Join(' ', Enumerable.Repeat("01", 40)), Encode(forty));
    }

    [Fact]
    public void A_map_writes_its_string_keys_and_values_in_turn()
    {
        Assert.Equal("A0", Encode(new Dictionary<string, object?>()));
        Assert.Equal("A1 83 6F 6E 65 84 65 69 6E 73", Encode(new Dictionary<string, object?> { ["one"] = "eins" }));
    }

    [Fact]
    public void Sizes_switch_to_16_and_32_bit_headers_at_their_limits()
    {
        Assert.StartsWith("D0 FF", Encode(new string('a', 255)), StringComparison.Ordinal);
        Assert.StartsWith("D1 01 00", Encode(new string('a', 256)), StringComparison.Ordinal);
        Assert.StartsWith("D2 00 01 00 00", Encode(new string('a', 65536)), StringComparison.Ordinal);
        Assert.StartsWith("CD 01 00", Encode(new byte[256]), StringComparison.Ordinal);
        Assert.StartsWith("D5 01 00", Encode(Enumerable.Repeat<object?>(null, 256).ToList()), StringComparison.Ordinal);
        var bigMap = Enumerable.Range(0, 16).ToDictionary(i => "k" + i, i => (object?)(long)i);
        Assert.StartsWith("D8 10", Encode(bigMap), StringComparison.Ordinal);
    }

    [Fact]
    public void A_structure_writes_its_field_count_in_the_marker_then_its_tag()
    {
        var writer = new PackStreamWriter();
        writer.WriteStructure(new PackStreamStructure(0x4E, [1L, new List<object?> { "Person" }, new Dictionary<string, object?>()]));

        Assert.Equal("B3 4E 01 91 86 50 65 72 73 6F 6E A0", Hex(writer.WrittenSpan));
        var decoded = Assert.IsType<PackStreamStructure>(new PackStreamReader(writer.ToArray()).ReadValue());
        Assert.Equal(0x4E, decoded.Tag);
        Assert.Equal(3, decoded.Fields.Count);
    }

    [Fact]
    public void Nested_values_round_trip()
    {
        var value = new Dictionary<string, object?>
        {
            ["name"] = "Didier Reynders",
            ["aliases"] = new List<object?> { "D. Reynders", null, true, 3.5, long.MaxValue },
            ["nested"] = new Dictionary<string, object?> { ["bytes"] = new byte[] { 0xFF } },
        };
        var writer = new PackStreamWriter();
        writer.WriteValue(value);

        var decoded = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(new PackStreamReader(writer.ToArray()).ReadValue());
        Assert.Equal("Didier Reynders", decoded["name"]);
        Assert.Equal(new List<object?> { "D. Reynders", null, true, 3.5, long.MaxValue }, decoded["aliases"]);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(decoded["nested"]);
        Assert.Equal(new byte[] { 0xFF }, nested["bytes"]);
    }

    [Theory]
    [InlineData("C9 04", "more bytes were expected")]
    [InlineData("C4", "unknown PackStream marker 0xC4")]
    [InlineData("82 C3 28", "not valid UTF-8")]
    [InlineData("A1 01 01", "map key")]
    [InlineData("D6 7F FF FF FF", "cannot fit")]
    public void Corrupt_bytes_fail_with_a_message_that_says_what_is_wrong(string hex, string expected)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
        var error = Assert.Throws<PackStreamException>(() => new PackStreamReader(bytes).ReadValue());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_without_a_PackStream_form_is_refused()
    {
        var error = Assert.Throws<PackStreamException>(() => new PackStreamWriter().WriteValue(new object()));
        Assert.Contains("Object", error.Message, StringComparison.Ordinal);
    }

    private static string Encode(object? value)
    {
        var writer = new PackStreamWriter();
        writer.WriteValue(value);
        return Hex(writer.WrittenSpan);
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => string.Join(' ', bytes.ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}
