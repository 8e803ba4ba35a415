using Graph.Rdf.Syntax;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>Reads the suite's N-Quads files (toRdf expectations, fromRdf inputs) with the project's N-Quads reader.</summary>
internal static class NQuadsFiles
{
    public static List<Quad> Read(string path)
    {
        var quads = new List<Quad>();
        using var input = new StreamReader(path);
        RdfFormats.CreateReader(RdfFormat.NQuads).Read(input, new Collector(quads), new RdfReaderOptions { SourceName = path });
        return quads;
    }

    private sealed class Collector(List<Quad> quads) : IRdfSink
    {
        public void HandleQuad(in Quad quad) => quads.Add(quad);
    }
}
