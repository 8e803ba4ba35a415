namespace Graph.Rdf.Tests.Conformance.JsonLd;

public sealed class JsonLdSkipListTests
{
    [Fact]
    public void Every_skip_list_entry_names_a_test_of_the_suite()
    {
        _ = JsonLdManifest.SuiteFolder;
        var known = new[] { "expand", "compact", "toRdf", "fromRdf" }
            .SelectMany(JsonLdManifest.Load)
            .Select(t => t.Key)
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(JsonLdManifest.SkippedKeys);
        Assert.All(JsonLdManifest.SkippedKeys, key => Assert.Contains(key, known));
    }
}
