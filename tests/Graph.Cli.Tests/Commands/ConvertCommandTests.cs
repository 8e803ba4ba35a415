using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Tests.Commands;

public sealed class ConvertCommandTests
{
    private const string Source = """
        @prefix ex: <http://example.org/> .
        ex:alice ex:knows [ ex:name "Bob"@en ] ;
            ex:age 42 ;
            ex:tags ( "a" "b" ) .
        """;

    public static TheoryData<string> WritableFormats()
    {
        var data = new TheoryData<string>();
        foreach (var info in RdfFormats.All)
        {
            if (CanWrite(info.Format) && CanRead(info.Format))
            {
                data.Add(info.Name);
            }
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WritableFormats))]
    public async Task Turtle_converted_to_a_syntax_reads_back_as_the_same_graph(string format)
    {
        Assert.SkipWhen(format == "(none)", "no RDF writer with a matching reader is registered yet");
        using var folder = new TemporaryFolder();
        var input = folder.File("in.ttl", Source);
        RdfFormats.TryParse(format, out var syntax);
        var output = folder.File("out." + RdfFormats.Info(syntax).Extensions[0]);

        var (code, _, error) = await ValidateCommandTests.Run("convert", input, "-o", output);

        Assert.True(code == ExitCodes.Success, error);
        var expected = Read(input, RdfFormat.Turtle);
        var actual = Read(output, syntax);
        Assert.Null(GraphIsomorphism.Difference(expected, actual));
    }

    [Fact]
    public async Task Invalid_input_exits_65_with_the_place_and_leaves_no_output_file()
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("bad.ttl", "<http://example.org/a> <http://example.org/p> .\n");
        var output = folder.File("out.nt");

        var (code, _, error) = await ValidateCommandTests.Run("convert", input, "-o", output, "--to", "rdfxml");

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("bad.ttl:1:47: expected an object", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.PathName, "*.tmp"));
    }

    [Fact]
    public async Task Without_to_or_an_output_extension_the_target_syntax_is_wrong_usage()
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("in.ttl", Source);

        var (code, _, error) = await ValidateCommandTests.Run("convert", input);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_target_syntax_is_wrong_usage()
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("in.ttl", Source);

        var (code, _, error) = await ValidateCommandTests.Run("convert", input, "--to", "klingon");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("klingon", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ttl")]
    [InlineData("nt")]
    public async Task Several_inputs_are_merged_and_their_blank_nodes_kept_apart(string inputExtension)
    {
        var format = RdfFormats.All.FirstOrDefault(i => CanWrite(i.Format) && CanRead(i.Format));
        Assert.SkipWhen(format is null, "no RDF writer with a matching reader is registered yet");
        RdfFormats.TryParse(inputExtension, out var inputFormat);
        Assert.SkipUnless(CanRead(inputFormat), $"no {inputExtension} reader is registered yet");
        using var folder = new TemporaryFolder();
        var first = folder.File("first." + inputExtension, "_:x <http://example.org/p> \"1\" .\n");
        var second = folder.File("second." + inputExtension, "_:x <http://example.org/p> \"2\" .\n");
        var output = folder.File("out." + format.Extensions[0]);

        var (code, _, error) = await ValidateCommandTests.Run("convert", first, second, "-o", output);

        Assert.True(code == ExitCodes.Success, error);
        var quads = Read(output, format.Format);
        Assert.Equal(2, quads.Count);
        Assert.NotEqual(quads[0].Subject, quads[1].Subject);
    }

    private static bool CanWrite(RdfFormat format)
    {
        try
        {
            RdfFormats.CreateWriter(format, TextWriter.Null);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static bool CanRead(RdfFormat format)
    {
        try
        {
            RdfFormats.CreateReader(format);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static List<Quad> Read(string path, RdfFormat format)
    {
        var collector = new Collector();
        RdfFile.Read(path, format, collector);
        return collector.Quads;
    }

    private sealed class Collector : IRdfSink
    {
        public List<Quad> Quads { get; } = [];

        public void HandleQuad(in Quad quad) => Quads.Add(quad);
    }
}
