using System.IO.Compression;
using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Tests.Conformance;

namespace Graph.Rdf.Tests.Syntax;

public sealed class RdfFileTests
{
    private const string Turtle = "<http://example.org/a> <http://example.org/p> \"é\" .\n";

    [Theory]
    [InlineData("data.ttl", null, RdfFormat.Turtle)]
    [InlineData("data.trig.gz", null, RdfFormat.TriG)]
    [InlineData("data.txt", "nt", RdfFormat.NTriples)]
    [InlineData("-", "application/n-quads", RdfFormat.NQuads)]
    public void The_syntax_comes_from_the_option_or_else_the_extension(string path, string? option, RdfFormat expected)
    {
        Assert.True(RdfFile.TryDetectFormat(path, option, out var format, out var error), error);
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("data.txt", null, "--from")]
    [InlineData("-", null, "standard input")]
    [InlineData("data.ttl", "klingon", "unknown RDF syntax 'klingon'")]
    public void An_undecidable_syntax_is_refused_with_a_reason(string path, string? option, string reason)
    {
        Assert.False(RdfFile.TryDetectFormat(path, option, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_in_gzip_is_recognised_by_its_magic_bytes()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Turtle));
        }

        compressed.Position = 0;
        var collector = new QuadCollector();
        RdfFile.Read("-", RdfFormat.Turtle, collector, standardInput: compressed);

        Assert.Equal(Literal.String("é"), Assert.Single(collector.Quads).Object);
    }

    [Fact]
    public void Plain_standard_input_shorter_than_the_magic_bytes_is_read_as_is()
    {
        var collector = new QuadCollector();
        var error = Assert.Throws<RdfSyntaxException>(() =>
            RdfFile.Read("-", RdfFormat.Turtle, collector, standardInput: new MemoryStream("x"u8.ToArray())));

        Assert.Equal("<stdin>", error.SourceName);
    }

    [Fact]
    public void A_damaged_gzip_file_is_a_syntax_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-damaged-{Guid.NewGuid():N}.ttl.gz");
        try
        {
            // A gzip header, then a deflate block of the reserved type 3, which no decoder accepts.
            File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x07, 0x00, 0x00, 0x00]);

            var error = Assert.Throws<RdfSyntaxException>(() => RdfFile.Read(path, RdfFormat.Turtle, new QuadCollector()));

            Assert.Equal(path, error.SourceName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_without_a_base_resolves_relative_iris_against_its_own_location()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-relative-{Guid.NewGuid():N}.ttl");
        try
        {
            File.WriteAllText(path, "<#a> <#p> <other.ttl> .");
            var collector = new QuadCollector();

            RdfFile.Read(path, RdfFormat.Turtle, collector);

            var subject = (Iri)Assert.Single(collector.Quads).Subject;
            Assert.StartsWith("file:///", subject.Value, StringComparison.Ordinal);
            Assert.EndsWith(Path.GetFileName(path) + "#a", subject.Value, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
