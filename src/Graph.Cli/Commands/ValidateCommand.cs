using System.CommandLine;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg validate FILE... [--from F] [--base IRI]</c>: reads each file and reports, on standard error,
/// each syntax error as <c>file:line:column: what was expected</c> (every error where the reader can
/// resume after one, as the Turtle and TriG readers do; the first otherwise); each valid file is listed
/// with its statement count on standard output. Exit code 65 when any file is invalid.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "RDF files to check, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string?>("--from") { HelpName = "SYNTAX", Description = "The syntax of the files (default: from each file's extension)" };
        var baseIri = new Option<string?>("--base") { HelpName = "IRI", Description = "The base IRI against which relative IRIs are resolved" };
        var command = new Command("validate", "Check that RDF files are valid in their syntax.") { files, from, baseIri };
        command.SetAction((parseResult, _) => Task.FromResult(Run(
            parseResult.GetValue(files) ?? [],
            parseResult.GetValue(from),
            parseResult.GetValue(baseIri),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> files, string? from, string? baseText, TextWriter output, TextWriter error)
    {
        var baseIri = CommandInputs.ParseBaseIri(baseText);
        var formats = files.Select(path => CommandInputs.DetectFormat(path, from)).ToList();
        var invalid = 0;
        var unreadable = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            if (path != RdfFile.StandardInputPath && !File.Exists(path))
            {
                error.WriteLine($"{path}: cannot read: no such file");
                unreadable++;
                continue;
            }

            var counter = new StatementCounter();
            var errors = 0;
            try
            {
                RdfFile.Read(path, formats[i], counter, baseIri, CommandInputs.StandardInput, e =>
                {
                    error.WriteLine(e.Message);
                    errors++;
                });
                if (errors > 0)
                {
                    invalid++;
                    continue;
                }

                var name = path == RdfFile.StandardInputPath ? "<stdin>" : path;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: valid {RdfFormats.Info(formats[i]).Name}, {counter.Count} statements"));
            }
            catch (RdfSyntaxException e)
            {
                error.WriteLine(e.Message);
                invalid++;
            }
            catch (NotSupportedException e)
            {
                error.WriteLine($"{path}: {e.Message}");
                unreadable++;
            }
            catch (IOException e)
            {
                error.WriteLine($"{path}: cannot read: {e.Message}");
                unreadable++;
            }
        }

        return invalid > 0 ? ExitCodes.DataError : unreadable > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private sealed class StatementCounter : IRdfSink
    {
        public long Count { get; private set; }

        public void HandleQuad(in Quad quad) => Count++;

        public void HandleTriple(in Triple triple) => Count++;
    }
}
