using System.Diagnostics;
using System.Globalization;

namespace Graph.Benchmarks;

/// <summary>
/// The news-shaped Turtle files the benchmarks read, made by <c>../shared/bench/gen_news_ttl.py</c>
/// (the generator the peers are measured on): a file given by an environment variable, or one
/// generated once per size into the temporary folder.
/// </summary>
internal static class NewsTurtle
{
    public static string File(string environmentVariable, int triples)
    {
        var given = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        var path = Path.Combine(Path.GetTempPath(), $"kg-bench-news-{triples.ToString(CultureInfo.InvariantCulture)}.ttl");
        if (!System.IO.File.Exists(path))
        {
            Generate(path, triples, environmentVariable);
        }

        return path;
    }

    private static void Generate(string path, int triples, string environmentVariable)
    {
        var script = FindGenerator(environmentVariable);
        using var process = Process.Start(new ProcessStartInfo("python3", [script, "--triples", triples.ToString(CultureInfo.InvariantCulture), "-o", path]))
            ?? throw new InvalidOperationException("cannot start python3 to generate the bench data");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed (exit {process.ExitCode})");
        }
    }

    private static string FindGenerator(string environmentVariable)
    {
        var shared = Environment.GetEnvironmentVariable("KG_SHARED_DIR");
        if (!string.IsNullOrEmpty(shared) && System.IO.File.Exists(Path.Combine(shared, "bench", "gen_news_ttl.py")))
        {
            return Path.Combine(shared, "bench", "gen_news_ttl.py");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "bench", "gen_news_ttl.py");
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Graph.sln")) && System.IO.File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException($"gen_news_ttl.py not found (../shared/bench beside the repository, or KG_SHARED_DIR); set {environmentVariable} to a news-shaped Turtle file");
    }
}
