namespace Graph.Testing;

/// <summary>
/// Finds the read-only <c>shared</c> folder (conformance suites, the seed article, corpora) beside the
/// repository: <c>../shared</c> from the folder that holds <c>Graph.sln</c>, or <c>KG_SHARED_DIR</c>.
/// Tests that need it skip with <see cref="SkipReason"/> when it is absent (a user's clone).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(Locate);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root => s_root.Value;

    /// <summary>Why a test that needs the shared folder is skipped.</summary>
    public const string SkipReason =
        "the shared data folder (../shared beside the repository, or KG_SHARED_DIR) is absent";

    /// <summary>The path of a file or folder inside the shared folder; skips the test when it is absent.</summary>
    public static string PathOf(string relative)
    {
        Assert.SkipWhen(Root is null, SkipReason);
        var path = Path.Combine(Root!, relative);
        Assert.SkipUnless(File.Exists(path) || Directory.Exists(path), $"{relative} is absent from the shared data folder {Root}");
        return path;
    }

    /// <summary>The repository root (the folder that holds Graph.sln), or null.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KG_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        if (RepositoryRoot is null)
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
