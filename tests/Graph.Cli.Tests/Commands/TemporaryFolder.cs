namespace Graph.Cli.Tests.Commands;

/// <summary>A fresh folder under the system temporary folder, deleted with its content at the end of a test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(PathName);

    public string PathName { get; } = Path.Combine(Path.GetTempPath(), "kg-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string? content = null)
    {
        var path = Path.Combine(PathName, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(PathName, recursive: true);
}
