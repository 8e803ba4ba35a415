using Graph.Rdf.Syntax;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>A sink that keeps every quad it receives, in order.</summary>
internal sealed class QuadCollector : IRdfSink
{
    public List<Quad> Quads { get; } = [];

    public void HandleQuad(in Quad quad) => Quads.Add(quad);
}
