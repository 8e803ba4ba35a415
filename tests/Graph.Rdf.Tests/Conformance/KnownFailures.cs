namespace Graph.Rdf.Tests.Conformance;

/// <summary>
/// The manifest entries we knowingly do not pass, each with its reason, from <c>known-failures.txt</c>
/// (lines <c>suite/test-id: reason</c>; <c>#</c> starts a comment).
/// </summary>
internal static class KnownFailures
{
    private static readonly Lazy<Dictionary<string, string>> s_entries = new(Load);

    public static IReadOnlyDictionary<string, string> Entries => s_entries.Value;

    /// <summary>Why the test is listed, or null when it is not.</summary>
    public static string? Reason(ConformanceTest test) => Entries.GetValueOrDefault(test.ToString());

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "known-failures.txt");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[(colon + 1)..].Trim().Length == 0)
            {
                throw new InvalidOperationException($"{path}: '{line}' is not 'suite/test-id: reason'");
            }

            entries.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return entries;
    }
}
