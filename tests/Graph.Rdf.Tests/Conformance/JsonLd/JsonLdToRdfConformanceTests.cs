using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>The JSON-LD 1.1 toRdf suite (toRdf-manifest.jsonld), run from its manifest; results compared as graphs.</summary>
public sealed class JsonLdToRdfConformanceTests
{
    public static TheoryData<string> Tests => JsonLdManifest.Ids("toRdf");

    [Theory]
    [MemberData(nameof(Tests))]
    public void ToRdf_test_passes(string id)
    {
        var test = JsonLdManifest.Find("toRdf", id);
        JsonLdManifest.SkipIfListed(test);
        var folder = JsonLdManifest.SuiteFolder;
        var input = File.ReadAllText(Path.Combine(folder, test.Input));
        var options = test.ProcessorOptions(folder);
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(input, options));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }

        var actual = JsonLdProcessor.ToRdf(input, options);
        if (test.Expect is null)
        {
            return;
        }

        var expected = NQuadsFiles.Read(Path.Combine(folder, test.Expect));
        var difference = GraphIsomorphism.Difference(expected, actual);
        Assert.True(difference is null, $"{test.Name}\n{difference}");
    }
}
