using System.CommandLine;
using Graph.Cli.Infrastructure;
using Graph.Neo4j.Export;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg export DATA... --to cypher [-o graph.cypher]</c> writes a Cypher script for <c>cypher-shell -f</c>
/// or Neo4j Browser; <c>kg export DATA... --to neo4j-admin -o DIR</c> writes CSV files for
/// <c>neo4j-admin database import full</c> and prints the command that imports them.
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new PropertyGraphInputs();
        var to = new Option<string>("--to") { HelpName = "cypher|neo4j-admin", Description = "What to write: cypher (a script) or neo4j-admin (CSV files for a bulk import)", Required = true };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE|DIR", Description = "The script file (default: standard output), or the folder for the CSV files (required)" };
        var database = new Option<string>("--database") { HelpName = "NAME", Description = "The database the neo4j-admin command imports into", DefaultValueFactory = _ => "neo4j" };
        var command = new Command("export", "Project RDF to a property graph and write it as a Cypher script or neo4j-admin import files.") { to, output, database };
        inputs.AddTo(command);
        command.SetAction((parseResult, _) => Task.FromResult(Run(
            inputs,
            parseResult,
            parseResult.GetValue(to)!,
            parseResult.GetValue(output),
            parseResult.GetValue(database) ?? "neo4j",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error)));
        return command;
    }

    private static int Run(PropertyGraphInputs inputs, ParseResult parseResult, string to, string? output, string database, TextWriter standardOutput, TextWriter standardError)
    {
        var kind = to.ToLowerInvariant();
        if (kind is not ("cypher" or "neo4j-admin"))
        {
            throw new CliException($"--to '{to}' is not one of cypher, neo4j-admin", ExitCodes.Usage);
        }

        if (kind == "neo4j-admin" && output is null or "-")
        {
            throw new CliException("--to neo4j-admin writes several files: give their folder with -o DIR", ExitCodes.Usage);
        }

        var graph = inputs.Read(parseResult);
        if (kind == "cypher")
        {
            using var target = OutputTarget.Open(output, standardOutput);
            CypherScriptWriter.Write(graph, target.Writer);
            target.Commit();
        }
        else
        {
            var directory = Path.GetFullPath(output!);
            try
            {
                Directory.CreateDirectory(directory);
                var files = AdminImportWriter.Write(graph, directory, database);
                standardOutput.WriteLine($"wrote {files.NodesFile} ({graph.Nodes.Count} nodes) and {files.RelationshipsFile} ({graph.Relationships.Count} relationships) to {directory}");
                standardOutput.WriteLine("import them into a stopped, empty database with (in that folder; also in " + files.CommandFile + "):");
                standardOutput.WriteLine("  " + files.Command);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message, ExitCodes.DataError, e);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot write to '{output}': {e.Message}", ExitCodes.Failure, e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new CliException($"cannot write to '{output}': {e.Message}", ExitCodes.Failure, e);
            }
        }

        if (graph.SkippedStatements > 0)
        {
            standardError.WriteLine($"kg export: {graph.SkippedStatements} statements with triple terms have no property-graph form and were left out");
        }

        return ExitCodes.Success;
    }
}
