using System.Text;

namespace Graph.Cli.Infrastructure;

/// <summary>
/// Where a command writes its data: standard output, or a file written to a temporary name first
/// and renamed into place only when complete, so a failed run never leaves a file that looks whole.
/// </summary>
public sealed class OutputTarget : IAsyncDisposable, IDisposable
{
    private readonly string? _path;
    private readonly string? _temporaryPath;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? path, string? temporaryPath)
    {
        Writer = writer;
        _path = path;
        _temporaryPath = temporaryPath;
    }

    /// <summary>The writer to write the data to.</summary>
    public TextWriter Writer { get; }

    /// <summary>Opens standard output (path null or <c>-</c>) or a temporary file beside <paramref name="path"/>.</summary>
    public static OutputTarget Open(string? path, TextWriter standardOutput)
    {
        if (path is null or "-")
        {
            return new OutputTarget(standardOutput, null, null);
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new CliException($"cannot write '{path}': the folder '{directory}' does not exist", ExitCodes.Failure);
        }

        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        return new OutputTarget(writer, full, temporary);
    }

    /// <summary>Flushes and, for a file, renames the temporary file into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_path is not null)
        {
            Writer.Dispose();
            File.Move(_temporaryPath!, _path, overwrite: true);
        }

        _committed = true;
    }

    /// <summary>Deletes the temporary file when the output was not committed.</summary>
    public void Dispose()
    {
        if (_path is null)
        {
            return;
        }

        if (!_committed)
        {
            Writer.Dispose();
            File.Delete(_temporaryPath!);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
