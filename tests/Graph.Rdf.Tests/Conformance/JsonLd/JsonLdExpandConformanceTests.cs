using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>The JSON-LD 1.1 expand suite (expand-manifest.jsonld), run from its manifest.</summary>
public sealed class JsonLdExpandConformanceTests
{
    public static TheoryData<string> Tests => JsonLdManifest.Ids("expand");

    [Theory]
    [MemberData(nameof(Tests))]
    public void Expand_test_passes(string id)
    {
        var test = JsonLdManifest.Find("expand", id);
        JsonLdManifest.SkipIfListed(test);
        var folder = JsonLdManifest.SuiteFolder;
        var input = File.ReadAllText(Path.Combine(folder, test.Input));
        var options = test.ProcessorOptions(folder);
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(JsonLdProcessor.ParseDocument(input), options));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }

        var actual = JsonLdProcessor.Expand(JsonLdProcessor.ParseDocument(input), options);
        var expected = JsonLdJson.Parse(File.ReadAllText(Path.Combine(folder, test.Expect!)));
        Assert.True(
            JsonLdComparison.Equivalent(expected, actual),
            $"{test.Name}\nexpected: {JsonLdJson.Serialize(expected)}\nactual:   {JsonLdJson.Serialize(actual)}");
    }
}
