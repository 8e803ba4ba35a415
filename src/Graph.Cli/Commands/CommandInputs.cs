using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>Checks shared by the commands that read RDF files: the base IRI, each input's syntax, its existence.</summary>
internal static class CommandInputs
{
    public static Iri? ParseBaseIri(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Iri.TryParse(text, out var iri, out var error) ? iri
            : throw new CliException($"--base '{text}' is not an absolute IRI: {error}", ExitCodes.Usage);
    }

    public static RdfFormat DetectFormat(string path, string? formatName) =>
        RdfFile.TryDetectFormat(path, formatName, out var format, out var error) ? format
            : throw new CliException(error!, ExitCodes.Usage);

    public static void EnsureReadable(string path)
    {
        if (path != RdfFile.StandardInputPath && !File.Exists(path))
        {
            throw new CliException($"cannot read '{path}': no such file", ExitCodes.Failure);
        }
    }
}
