namespace Graph.Sparql.Tests.Conformance;

/// <summary>The tests known to fail, each with its reason (Conformance/known-failures.txt: "id  reason").</summary>
internal static class KnownFailures
{
    private static readonly Lazy<Dictionary<string, string>> s_entries = new(Load);

    public static IReadOnlyDictionary<string, string> Entries => s_entries.Value;

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "known-failures.txt");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var space = trimmed.IndexOfAny([' ', '\t']);
            entries[space < 0 ? trimmed : trimmed[..space]] = space < 0 ? "no reason given" : trimmed[space..].Trim();
        }

        return entries;
    }
}
