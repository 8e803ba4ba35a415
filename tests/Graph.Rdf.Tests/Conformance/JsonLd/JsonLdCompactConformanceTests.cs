using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>The JSON-LD 1.1 compact suite (compact-manifest.jsonld), run from its manifest: expand the input, compact it with the test's context.</summary>
public sealed class JsonLdCompactConformanceTests
{
    public static TheoryData<string> Tests => JsonLdManifest.Ids("compact");

    [Theory]
    [MemberData(nameof(Tests))]
    public void Compact_test_passes(string id)
    {
        var test = JsonLdManifest.Find("compact", id);
        JsonLdManifest.SkipIfListed(test);
        var folder = JsonLdManifest.SuiteFolder;
        var input = JsonLdProcessor.ParseDocument(File.ReadAllText(Path.Combine(folder, test.Input)));
        var context = JsonLdProcessor.ParseDocument(File.ReadAllText(Path.Combine(folder, test.Context!)));
        var options = test.ProcessorOptions(folder);
        var compactArrays = !(test.Options.TryGetValue("compactArrays", out var flag) && flag is false);
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Compact(JsonLdProcessor.Expand(input, options), context, options, compactArrays));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }

        var actual = JsonLdProcessor.Compact(JsonLdProcessor.Expand(input, options), context, options, compactArrays);
        var expected = JsonLdJson.Parse(File.ReadAllText(Path.Combine(folder, test.Expect!)));
        Assert.True(
            JsonLdComparison.Equivalent(expected, actual),
            $"{test.Name}\nexpected: {JsonLdJson.Serialize(expected)}\nactual:   {JsonLdJson.Serialize(actual)}");
    }
}
