using System.Text.RegularExpressions;
using Graph.Cli;
using Graph.Cli.Infrastructure;

namespace Graph.Cli.Tests;

public sealed class KgApplicationTests
{
    [Fact]
    public async Task An_unknown_option_is_wrong_usage_with_exit_code_2()
    {
        var error = new StringWriter();

        var code = await KgApplication.RunAsync(["--no-such-option"], new StringWriter(), error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-such-option", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_command_name_and_succeeds()
    {
        var output = new StringWriter();

        var code = await KgApplication.RunAsync(["--help"], output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("kg", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version_of_the_tool_and_succeeds()
    {
        var output = new StringWriter();

        var code = await KgApplication.RunAsync(["--version"], output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        var printed = output.ToString().Trim();
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), printed);
        var version = typeof(KgApplication).Assembly.GetName().Version!;
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_argument_and_option_has_a_description()
    {
        var missing = new List<string>();
        var root = KgApplication.CreateRootCommand();
        foreach (var command in root.Subcommands.Prepend(root))
        {
            if (string.IsNullOrWhiteSpace(command.Description))
            {
                missing.Add(command.Name);
            }

            missing.AddRange(command.Options.Where(o => string.IsNullOrWhiteSpace(o.Description)).Select(o => $"{command.Name} {o.Name}"));
            missing.AddRange(command.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{command.Name} <{a.Name}>"));
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("extract")]
    [InlineData("query")]
    [InlineData("load")]
    [InlineData("export")]
    public async Task Each_subcommand_has_help_naming_its_usage(string name)
    {
        var output = new StringWriter();

        var code = await KgApplication.RunAsync([name, "--help"], output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        // The root's name is the executable's (kg when installed, the test host here).
        Assert.Contains($" {name} ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
    }
}
