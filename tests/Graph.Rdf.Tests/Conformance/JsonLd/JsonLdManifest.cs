using Graph.Rdf.Syntax.JsonLd;
using Graph.Testing;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>One test of the JSON-LD 1.1 suite, read from its manifest.</summary>
internal sealed record JsonLdTestCase(
    string Manifest, string Id, string Name, bool IsNegative, string Input, string? Expect, string? ExpectErrorCode,
    Dictionary<string, object?> Options, string? Context)
{
    public const string SuiteBase = "https://w3c.github.io/json-ld-api/tests/";

    /// <summary>The key used in the skip list: manifest name and test id.</summary>
    public string Key => Manifest + Id;

    public string? Option(string name) => Options.TryGetValue(name, out var v) ? v?.ToString() : null;

    public bool OptionFlag(string name) => Options.TryGetValue(name, out var v) && v is true;

    /// <summary>The options the test asks for, with the suite folder standing in for the suite's web address.</summary>
    public JsonLdOptions ProcessorOptions(string suiteFolder) => new()
    {
        Base = Option("base") ?? SuiteBase + Input,
        ProcessingMode = Option("processingMode") ?? JsonLdOptions.JsonLd11,
        ExpandContext = Option("expandContext") is { } context ? File.ReadAllText(Path.Combine(suiteFolder, context)) : null,
        RdfDirection = Option("rdfDirection"),
        ProduceGeneralizedRdf = OptionFlag("produceGeneralizedRdf"),
        UseNativeTypes = OptionFlag("useNativeTypes"),
        UseRdfType = OptionFlag("useRdfType"),
        CompactToRelative = !(Options.TryGetValue("compactToRelative", out var relative) && relative is false),
        DocumentLoader = new LocalFolderDocumentLoader(SuiteBase, suiteFolder),
    };
}

/// <summary>Reads the JSON-LD suite's manifests (<c>*-manifest.jsonld</c>) and its skip list.</summary>
internal static class JsonLdManifest
{
    public const string SuiteRelative = "conformance/json-ld-api/tests";

    private static readonly Lazy<Dictionary<string, string>> s_skips = new(ReadSkipList);

    public static string SuiteFolder => SharedData.PathOf(SuiteRelative);

    /// <summary>The test ids of a manifest, for a theory's data (empty when the suite is absent).</summary>
    public static TheoryData<string> Ids(string manifest, Func<JsonLdTestCase, bool>? include = null)
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is null)
        {
            data.Add("(suite absent)");
            return data;
        }

        var path = Path.Combine(SharedData.Root, SuiteRelative, manifest + "-manifest.jsonld");
        if (!File.Exists(path))
        {
            data.Add("(suite absent)");
            return data;
        }

        foreach (var test in Load(manifest).Where(t => include is null || include(t)))
        {
            data.Add(test.Id);
        }

        return data;
    }

    public static JsonLdTestCase Find(string manifest, string id)
    {
        _ = SuiteFolder;
        return Load(manifest).Single(t => t.Id == id);
    }

    public static List<JsonLdTestCase> Load(string manifest)
    {
        var path = Path.Combine(SharedData.Root!, SuiteRelative, manifest + "-manifest.jsonld");
        var document = (Dictionary<string, object?>)JsonLdJson.Parse(File.ReadAllText(path))!;
        var tests = new List<JsonLdTestCase>();
        foreach (var entry in ((List<object?>)document["sequence"]!).Cast<Dictionary<string, object?>>())
        {
            var types = JsonLdJson.AsList(entry["@type"]).Cast<string>().ToList();
            tests.Add(new JsonLdTestCase(
                manifest,
                (string)entry["@id"]!,
                (string)entry["name"]!,
                types.Contains("jld:NegativeEvaluationTest"),
                (string)entry["input"]!,
                entry.GetValueOrDefault("expect") as string,
                entry.GetValueOrDefault("expectErrorCode") as string,
                entry.GetValueOrDefault("option") as Dictionary<string, object?> ?? [],
                entry.GetValueOrDefault("context") as string));
        }

        return tests;
    }

    /// <summary>Skips the test when the skip list names it (with the reason the list gives).</summary>
    public static void SkipIfListed(JsonLdTestCase test)
    {
        if (s_skips.Value.TryGetValue(test.Key, out var reason))
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>The keys (manifest#id) the skip list names.</summary>
    public static IReadOnlyCollection<string> SkippedKeys => s_skips.Value.Keys;

    /// <summary>The skip list: lines <c>manifest#id reason</c>; # starts a comment line.</summary>
    private static Dictionary<string, string> ReadSkipList()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(SharedData.RepositoryRoot ?? ".", "tests", "Graph.Rdf.Tests", "Conformance", "JsonLd", "skip-list.txt");
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            result[space < 0 ? trimmed : trimmed[..space]] = space < 0 ? "listed in skip-list.txt" : trimmed[(space + 1)..].Trim();
        }

        return result;
    }
}
