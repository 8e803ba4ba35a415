using Graph.Rdf.Syntax;

namespace Graph.Rdf.Tests.Syntax.JsonLd;

/// <summary>A sink that keeps what it receives, for assertions.</summary>
internal sealed class CollectingSink : IRdfSink
{
    public List<Quad> Quads { get; } = [];

    public bool Started { get; private set; }

    public bool Ended { get; private set; }

    public void StartRdf() => Started = true;

    public void HandleQuad(in Quad quad) => Quads.Add(quad);

    public void EndRdf() => Ended = true;
}
