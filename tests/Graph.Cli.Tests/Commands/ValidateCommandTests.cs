using System.IO.Compression;
using System.Text;
using Graph.Cli.Infrastructure;

namespace Graph.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    private const string ValidTurtle = "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b , \"two\" .\n";

    [Fact]
    public async Task A_valid_file_is_listed_with_its_statement_count_and_exit_code_0()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("good.ttl", ValidTurtle);
        var (code, output, error) = await Run("validate", path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("good.ttl: valid turtle, 2 statements", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Every_invalid_file_is_reported_with_file_line_and_column_and_exit_code_65()
    {
        using var folder = new TemporaryFolder();
        var bad1 = folder.File("bad1.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b ;\n  ex:q .\n");
        var good = folder.File("good.ttl", ValidTurtle);
        var bad2 = folder.File("bad2.trig", "<http://example.org/g> {\n  <http://example.org/a> <http://example.org/p> \"open\n}\n");

        var (code, output, error) = await Run("validate", bad1, good, bad2);

        Assert.Equal(ExitCodes.DataError, code);
        // ex:q at line 3, column 3 has no object: the error points at the '.' after it (column 8).
        Assert.Contains(bad1 + ":3:8: expected an object", error, StringComparison.Ordinal);
        // The string opens at column 49 and the line ends at column 54, where the error is found.
        Assert.Contains(bad2 + ":2:54: a line break inside a string", error, StringComparison.Ordinal);
        Assert.Contains("the string started at 2:49", error, StringComparison.Ordinal);
        Assert.Contains("good.ttl: valid turtle, 2 statements", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_error_of_a_turtle_file_is_reported_not_only_the_first()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("two-errors.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p .\nex:a ex:p ex:b .\nex:a ex:p ex:c ex:d .\n");

        var (code, output, error) = await Run("validate", path);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains(path + ":2:11: expected an object", error, StringComparison.Ordinal);
        Assert.Contains(path + ":4:16: expected '.'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_standard_input_in_the_syntax_given_with_from()
    {
        Graph.Cli.Commands.CommandInputs.StandardInput = new MemoryStream(Encoding.UTF8.GetBytes(ValidTurtle));
        try
        {
            var (code, output, _) = await Run("validate", "--from", "turtle", "-");

            Assert.Equal(ExitCodes.Success, code);
            Assert.Contains("<stdin>: valid turtle, 2 statements", output, StringComparison.Ordinal);
        }
        finally
        {
            Graph.Cli.Commands.CommandInputs.StandardInput = null;
        }
    }

    [Fact]
    public async Task Gzip_is_recognised_by_extension_and_by_its_magic_bytes()
    {
        using var folder = new TemporaryFolder();
        var byExtension = folder.File("data.ttl.gz");
        var byMagic = folder.File("data.bin");
        Gzip(byExtension, ValidTurtle);
        Gzip(byMagic, ValidTurtle);

        var (code1, output1, _) = await Run("validate", byExtension);
        var (code2, output2, _) = await Run("validate", "--from", "turtle", byMagic);

        Assert.Equal(ExitCodes.Success, code1);
        Assert.Contains("2 statements", output1, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code2);
        Assert.Contains("2 statements", output2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_is_bad_input_not_silently_replaced()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("latin1.ttl");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("<http://example.org/a> <http://example.org/p> \""), 0xE9, .. Encoding.ASCII.GetBytes("\" .\n")]);

        var (code, _, error) = await Run("validate", path);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_syntax_cannot_be_told_is_wrong_usage()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("data.unknown", ValidTurtle);

        var (code, _, error) = await Run("validate", path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_failure_with_exit_code_1()
    {
        using var folder = new TemporaryFolder();

        var (code, _, error) = await Run("validate", folder.File("absent.ttl"));

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_iri_resolves_against_the_given_base()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("relative.ttl", "<a> <b> <c> .\n");

        var (code, output, _) = await Run("validate", "--base", "http://example.org/", path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 statements", output, StringComparison.Ordinal);
    }

    private static void Gzip(string path, string content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
    }

    internal static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KgApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
