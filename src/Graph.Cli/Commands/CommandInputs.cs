using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Commands;

/// <summary>
/// What the commands that read RDF files share: the base IRI, each input's syntax, its existence, the
/// stream <c>-</c> stands for, and the exit codes of a failed read. Every command opens its RDF inputs
/// through <see cref="RdfFile"/>.
/// </summary>
internal static class CommandInputs
{
    /// <summary>The stream <c>-</c> reads; null for the process's standard input (tests replace it).</summary>
    internal static Stream? StandardInput { get; set; }

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

    /// <summary>Runs <paramref name="read"/> on the input <paramref name="path"/>, turning its failures into exit codes.</summary>
    /// <exception cref="CliException">Invalid input (exit code 65), or an input that cannot be read (exit code 1).</exception>
    public static void Reading(string path, Action read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            read();
        }
        catch (RdfSyntaxException e)
        {
            throw new CliException(e.Message, ExitCodes.DataError, e);
        }
        catch (NotSupportedException e)
        {
            throw new CliException($"cannot read '{path}': {e.Message}", ExitCodes.Failure, e);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read '{path}': {e.Message}", ExitCodes.Failure, e);
        }
    }
}
