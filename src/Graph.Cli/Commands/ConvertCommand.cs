using System.CommandLine;
using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>kg convert INPUT... [-o OUTPUT] [--from F] [--to F] [--base IRI]</c>: reads RDF files (or <c>-</c>,
/// standard input; gzip handled) in any syntax kg reads and writes them, merged, in one syntax. The output
/// file appears only when the whole conversion succeeded.
/// </summary>
public static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "RDF files to read, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "The file to write (default: standard output)" };
        var from = new Option<string?>("--from") { HelpName = "SYNTAX", Description = "The syntax of the inputs (default: from each file's extension)" };
        var to = new Option<string?>("--to") { HelpName = "SYNTAX", Description = "The syntax to write (default: from the output file's extension)" };
        var baseIri = new Option<string?>("--base") { HelpName = "IRI", Description = "The base IRI against which relative IRIs of the inputs are resolved" };
        var command = new Command("convert", "Convert RDF between syntaxes (N-Triples, N-Quads, Turtle, TriG, RDF/XML, JSON-LD).")
        {
            inputs, output, from, to, baseIri,
        };
        command.SetAction((parseResult, _) => Task.FromResult(Run(
            new Request(parseResult.GetValue(inputs) ?? [], parseResult.GetValue(output), parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(baseIri)),
            parseResult.InvocationConfiguration.Output)));
        return command;
    }

    /// <summary>What the user asked for.</summary>
    internal sealed record Request(IReadOnlyList<string> Inputs, string? Output, string? From, string? To, string? BaseIri);

    internal static int Run(Request request, TextWriter standardOutput)
    {
        var baseIri = CommandInputs.ParseBaseIri(request.BaseIri);
        var target = TargetFormat(request);
        var sources = request.Inputs.Select(path => (Path: path, Format: CommandInputs.DetectFormat(path, request.From))).ToList();
        foreach (var (path, _) in sources)
        {
            CommandInputs.EnsureReadable(path);
        }

        try
        {
            using var output = OutputTarget.Open(request.Output, standardOutput);
            var writer = CreateWriter(target, output.Writer);
            writer.StartRdf();
            foreach (var (path, format) in sources)
            {
                // Each input is its own document: its blank node labels must not meet another input's.
                RdfFile.Read(path, format, new StatementForwarder(writer, relabelBlankNodes: sources.Count > 1), baseIri, CommandInputs.StandardInput);
            }

            writer.EndRdf();
            output.Commit();
        }
        catch (RdfSyntaxException e)
        {
            throw new CliException(e.Message, ExitCodes.DataError, e);
        }
        catch (RdfWriteException e)
        {
            throw new CliException($"cannot write {RdfFormats.Info(target).Name}: {e.Message}", ExitCodes.DataError, e);
        }
        catch (NotSupportedException e)
        {
            throw new CliException(e.Message, ExitCodes.Failure, e);
        }
        catch (IOException e)
        {
            throw new CliException(e.Message, ExitCodes.Failure, e);
        }

        return ExitCodes.Success;
    }

    private static RdfFormat TargetFormat(Request request)
    {
        if (request.To is not null)
        {
            return RdfFormats.TryParse(request.To, out var named) ? named
                : throw new CliException($"unknown RDF syntax '{request.To}' for --to (known: {string.Join(", ", RdfFormats.All.Select(f => f.Name))})", ExitCodes.Usage);
        }

        if (request.Output is not null and not "-" && RdfFormats.TryFromPath(request.Output, out var fromExtension))
        {
            return fromExtension;
        }

        throw new CliException("cannot tell which syntax to write; give it with --to (or an output file with a known extension)", ExitCodes.Usage);
    }

    private static IRdfWriter CreateWriter(RdfFormat format, TextWriter output) =>
        RdfFormats.CreateWriter(format, output, new RdfWriterOptions());

    /// <summary>
    /// Passes statements and prefixes on, but not the start and end of each input, so the writer sees one
    /// document; when several inputs are merged, gives each input's blank nodes fresh labels.
    /// </summary>
    private sealed class StatementForwarder(IRdfWriter writer, bool relabelBlankNodes) : IRdfSink
    {
        private readonly Dictionary<BlankNode, BlankNode> _fresh = [];

        public void HandlePrefix(string prefix, Iri ns) => writer.HandlePrefix(prefix, ns);

        public void HandleQuad(in Quad quad)
        {
            if (!relabelBlankNodes)
            {
                writer.HandleQuad(quad);
                return;
            }

            writer.HandleQuad(new Quad(Relabel(quad.Subject), quad.Predicate, Relabel(quad.Object), quad.Graph is null ? null : Relabel(quad.Graph)));
        }

        public void HandleTriple(in Triple triple)
        {
            if (!relabelBlankNodes)
            {
                writer.HandleTriple(triple);
                return;
            }

            writer.HandleTriple(new Triple(Relabel(triple.Subject), triple.Predicate, Relabel(triple.Object)));
        }

        private Term Relabel(Term term) => term switch
        {
            BlankNode blank => Fresh(blank),
            TripleTerm t => new TripleTerm(new Triple(Relabel(t.Triple.Subject), t.Triple.Predicate, Relabel(t.Triple.Object))),
            _ => term,
        };

        private BlankNode Fresh(BlankNode blank)
        {
            if (!_fresh.TryGetValue(blank, out var fresh))
            {
                fresh = BlankNode.New();
                _fresh[blank] = fresh;
            }

            return fresh;
        }
    }
}
