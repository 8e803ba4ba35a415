using System.CommandLine;
using Graph.Cli.Infrastructure;

namespace Graph.Cli;

/// <summary>The <c>kg</c> command: its subcommands, and the mapping of failures to exit codes.</summary>
public static class KgApplication
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("kg: build knowledge graphs from news articles; convert, validate and query RDF; load Neo4j.");
        foreach (var command in Subcommands())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync("kg: " + parseError.Message).ConfigureAwait(false);
            }

            await configuration.Error.WriteLineAsync("Run 'kg --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await configuration.Error.WriteLineAsync("kg: " + e.Message).ConfigureAwait(false);
            return e.ExitCode;
        }
    }

    // Each subcommand lives in Commands/<Name>Command.cs; add new ones here.
    private static IEnumerable<Command> Subcommands() =>
    [
        Commands.ConvertCommand.Create(),
        Commands.ValidateCommand.Create(),
        Commands.ExtractCommand.Create(() => new Graph.Extraction.ArticleExtractor().Extract),
        Commands.QueryCommand.Create(() => new Graph.Extraction.ArticleExtractor().Extract),
        Commands.LoadCommand.Create(),
        Commands.ExportCommand.Create(),
    ];
}
