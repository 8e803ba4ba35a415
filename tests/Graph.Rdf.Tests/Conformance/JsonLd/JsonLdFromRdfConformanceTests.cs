using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>The JSON-LD 1.1 fromRdf suite (fromRdf-manifest.jsonld), run from its manifest; results compared as JSON-LD.</summary>
public sealed class JsonLdFromRdfConformanceTests
{
    public static TheoryData<string> Tests => JsonLdManifest.Ids("fromRdf");

    [Theory]
    [MemberData(nameof(Tests))]
    public void FromRdf_test_passes(string id)
    {
        var test = JsonLdManifest.Find("fromRdf", id);
        JsonLdManifest.SkipIfListed(test);
        var folder = JsonLdManifest.SuiteFolder;
        var input = NQuadsFiles.Read(Path.Combine(folder, test.Input));
        var options = test.ProcessorOptions(folder);
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.FromRdfModel(input, options));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }

        var actual = JsonLdProcessor.FromRdfModel(input, options);
        var expected = JsonLdJson.Parse(File.ReadAllText(Path.Combine(folder, test.Expect!)));
        Assert.True(
            JsonLdComparison.Equivalent(expected, actual),
            $"{test.Name}\nexpected: {JsonLdJson.Serialize(expected)}\nactual:   {JsonLdJson.Serialize(actual)}");
    }
}
