using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Graph.Cli.Infrastructure;
using Graph.Neo4j.Driver;
using Graph.Neo4j.Loading;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg load DATA... --neo4j bolt://HOST:7687 [--database D] [--user U]</c>: projects RDF to a property
/// graph and loads it into Neo4j (constraints first, then batched MERGEs, one transaction a batch).
/// The password comes from <c>NEO4J_PASSWORD</c> or, at a terminal, a prompt; never from the command line.
/// Loading the same data twice changes nothing.
/// </summary>
public static class LoadCommand
{
    /// <summary>The environment variable holding the password.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new PropertyGraphInputs();
        var uri = new Option<string>("--neo4j") { HelpName = "URI", Description = "The server: bolt://HOST:7687, neo4j://…, bolt+s://… (TLS) or bolt+ssc://… (self-signed TLS)", Required = true };
        var database = new Option<string?>("--database", "-d") { HelpName = "NAME", Description = "The database (default: the server's default database)" };
        var user = new Option<string>("--user", "-u") { HelpName = "NAME", Description = "The user name", DefaultValueFactory = _ => "neo4j" };
        var batchSize = new Option<int>("--batch-size") { HelpName = "ROWS", Description = "Rows per transaction", DefaultValueFactory = _ => 5000 };
        var command = new Command("load", "Load RDF into Neo4j as a property graph (n10s style); the password comes from NEO4J_PASSWORD or a prompt.") { uri, database, user, batchSize };
        inputs.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            inputs,
            parseResult,
            new Request(parseResult.GetValue(uri)!, parseResult.GetValue(database), parseResult.GetValue(user) ?? "neo4j", parseResult.GetValue(batchSize)),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Reads the password when <c>NEO4J_PASSWORD</c> is not set; null when no one can be asked (tests replace it).</summary>
    internal static Func<string, string?> PasswordPrompt { get; set; } = PromptAtTerminal;

    /// <summary>Reads an environment variable (tests replace it).</summary>
    internal static Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>What the user asked for.</summary>
    internal sealed record Request(string Uri, string? Database, string User, int BatchSize);

    private static async Task<int> RunAsync(PropertyGraphInputs inputs, ParseResult parseResult, Request request, TextWriter standardError, CancellationToken cancellationToken)
    {
        if (request.BatchSize < 1)
        {
            throw new CliException("--batch-size must be at least 1", ExitCodes.Usage);
        }

        // The data is read first: a bad file fails before anyone is asked for a password.
        var graph = inputs.Read(parseResult);
        Neo4jDriver driver;
        try
        {
            driver = GraphDatabase.Driver(request.Uri, AuthTokens.Basic(request.User, Password(request.User)));
        }
        catch (ArgumentException e)
        {
            throw new CliException("--neo4j: " + e.Message, ExitCodes.Usage, e);
        }

        await using (driver.ConfigureAwait(false))
        {
            var stopwatch = Stopwatch.StartNew();
            var progress = new ProgressLine(standardError);
            LoadReport report;
            try
            {
                report = await new GraphLoader(driver, new LoaderOptions { Database = request.Database, BatchSize = request.BatchSize })
                    .LoadAsync(graph, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException e)
            {
                throw new CliException($"cannot reach Neo4j at {request.Uri}: {e.Message}", ExitCodes.Failure, e);
            }
            catch (Neo4jException e)
            {
                throw new CliException($"Neo4j refused the load: {e.Code}: {e.Message}", ExitCodes.Failure, e);
            }

            await standardError.WriteLineAsync(
                $"kg load: {report.Nodes} nodes and {report.Relationships} relationships loaded into {driver.Address}{(request.Database is null ? string.Empty : " database " + request.Database)} "
                + $"in {stopwatch.Elapsed.TotalSeconds:0.0} s, {report.Transactions} transactions: {report.NodesCreated} nodes and {report.RelationshipsCreated} relationships created, "
                + $"{report.PropertiesSet} properties set{(report.NodesCreated + report.RelationshipsCreated == 0 ? " (the data was already there)" : string.Empty)}").ConfigureAwait(false);
            if (graph.SkippedStatements > 0)
            {
                await standardError.WriteLineAsync($"kg load: {graph.SkippedStatements} statements with triple terms have no property-graph form and were left out").ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    private static string Password(string user)
    {
        var fromEnvironment = Environment(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        return PasswordPrompt(user)
            ?? throw new CliException($"no password: set {PasswordVariable} (the password is never taken from the command line)", ExitCodes.Usage);
    }

    private static string? PromptAtTerminal(string user)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        Console.Error.Write($"Neo4j password for {user}: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }

    /// <summary>Progress on standard error, at most a few lines a second.</summary>
    private sealed class ProgressLine(TextWriter error) : IProgress<LoadProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(LoadProgress value)
        {
            var finished = value.NodesDone == value.NodesTotal && value.RelationshipsDone == value.RelationshipsTotal;
            if (finished || _sinceLast.ElapsedMilliseconds >= 500)
            {
                _sinceLast.Restart();
                error.WriteLine($"kg load: nodes {value.NodesDone}/{value.NodesTotal}, relationships {value.RelationshipsDone}/{value.RelationshipsTotal}");
            }
        }
    }
}
