using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.RdfXml;
using Graph.Rdf.Syntax.Turtle;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>A W3C test suite: its manifest (relative to the shared conformance folder) and the reader under test.</summary>
/// <param name="Name">A short name used in test names and the known-failures file.</param>
/// <param name="ManifestPath">The manifest, relative to <c>conformance/</c> in the shared folder.</param>
/// <param name="CreateReader">Creates the reader under test, or returns null when it is not registered yet.</param>
internal sealed record ConformanceSuite(string Name, string ManifestPath, Func<IRdfReader?> CreateReader)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every RDF syntax suite the runner knows, one row each. A manifest's <c>mf:include</c> of manifests in
/// its own sub-folders is followed; includes of another version's suite are not (that suite has its own row).
/// </summary>
internal static class ConformanceSuites
{
    private const string Rdf11 = "w3c-rdf-tests/rdf/rdf11/";
    private const string Rdf12 = "w3c-rdf-tests/rdf/rdf12/";

    public static IReadOnlyList<ConformanceSuite> All { get; } =
    [
        new("ntriples-11", Rdf11 + "rdf-n-triples/manifest.ttl", () => Registered(RdfFormat.NTriples)),
        new("nquads-11", Rdf11 + "rdf-n-quads/manifest.ttl", () => Registered(RdfFormat.NQuads)),
        new("turtle-11", Rdf11 + "rdf-turtle/manifest.ttl", () => new TurtleReader()),
        new("trig-11", Rdf11 + "rdf-trig/manifest.ttl", () => new TriGReader()),
        new("ntriples-12", Rdf12 + "rdf-n-triples/manifest.ttl", () => Registered(RdfFormat.NTriples)),
        new("nquads-12", Rdf12 + "rdf-n-quads/manifest.ttl", () => Registered(RdfFormat.NQuads)),
        new("turtle-12", Rdf12 + "rdf-turtle/manifest.ttl", () => new TurtleReader()),
        new("trig-12", Rdf12 + "rdf-trig/manifest.ttl", () => new TriGReader()),
        new("rdfxml-11", Rdf11 + "rdf-xml/manifest.ttl", () => new RdfXmlReader()),
        new("rdfxml-12", Rdf12 + "rdf-xml/manifest.ttl", () => new RdfXmlReader()),
    ];

    public static ConformanceSuite Named(string name) => All.Single(s => s.Name == name);

    /// <summary>The reader the registry gives for a syntax, or null when it cannot read it yet.</summary>
    public static IRdfReader? Registered(RdfFormat format)
    {
        try
        {
            return RdfFormats.CreateReader(format);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
