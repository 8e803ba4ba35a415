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
}
