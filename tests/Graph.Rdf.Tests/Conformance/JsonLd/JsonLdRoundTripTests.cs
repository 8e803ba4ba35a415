using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>
/// Every toRdf expected graph, written by the JSON-LD writer (expanded, then compacted with a prefix
/// context) and read back by the JSON-LD reader, is isomorphic to the original.
/// </summary>
public sealed class JsonLdRoundTripTests
{
    // Prefix names differ from the schemes the suite uses in its IRIs (ex:, foaf:), which compaction would rightly refuse.
    private const string PrefixContext = """
        {"@context": {
          "eg": "http://example.org/", "eg2": "http://example.com/", "rdfns": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "xsdns": "http://www.w3.org/2001/XMLSchema#", "foafns": "http://xmlns.com/foaf/0.1/", "dcterms": "http://purl.org/dc/terms/",
          "name": "http://xmlns.com/foaf/0.1/name", "knows": {"@id": "http://xmlns.com/foaf/0.1/knows", "@type": "@id"}
        }}
        """;

    // Only the tests that have an expected graph: negative tests have nothing to round-trip.
    public static TheoryData<string> Tests => JsonLdManifest.Ids("toRdf", t => !t.IsNegative && t.Expect is not null);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Expected_graph_round_trips_through_expanded_JSON_LD(string id) => RoundTrip(id, context: null);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Expected_graph_round_trips_through_compacted_JSON_LD(string id) => RoundTrip(id, PrefixContext);

    private static void RoundTrip(string id, string? context)
    {
        var test = JsonLdManifest.Find("toRdf", id);
        Assert.SkipWhen(test.Key is "toRdf#te075" or "toRdf#t0118", "generalized RDF (blank node predicates) cannot be read into the term model");
        var original = NQuadsFiles.Read(Path.Combine(JsonLdManifest.SuiteFolder, test.Expect!));
        var output = new StringWriter();
        var writer = new JsonLdWriter(output, new RdfWriterOptions { JsonLdContext = context });
        foreach (var quad in original)
        {
            writer.HandleQuad(quad);
        }

        writer.EndRdf();
        var readBack = new List<Quad>();
        new JsonLdReader().Read(new StringReader(output.ToString()), new Collector(readBack));
        var difference = GraphIsomorphism.Difference(original, readBack);
        Assert.True(difference is null, $"{difference}\nwritten:\n{output}");
    }

    private sealed class Collector(List<Quad> quads) : IRdfSink
    {
        public void HandleQuad(in Quad quad) => quads.Add(quad);
    }
}
