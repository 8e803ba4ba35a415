using Graph.Rdf;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>One test of a W3C SPARQL manifest.</summary>
internal sealed record ConformanceTest(
    string Id, string Name, string Type, string? QueryFile, IReadOnlyList<string> Data, IReadOnlyList<(string Name, string Path)> GraphData,
    string? ResultFile, bool Withdrawn)
{
    public override string ToString() => Id;
}

/// <summary>Walks W3C test manifests (mf:include, mf:entries) into tests.</summary>
internal static class ConformanceManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";

    private static Iri M(string local) => Iri.Parse(Mf + local);

    private static Iri Q(string local) => Iri.Parse(Qt + local);

    public static List<ConformanceTest> Load(params string[] manifests)
    {
        var tests = new List<ConformanceTest>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            Walk(manifest, tests, seen);
        }

        return tests;
    }

    private static void Walk(string path, List<ConformanceTest> tests, HashSet<string> seen)
    {
        if (!seen.Add(Path.GetFullPath(path)))
        {
            return;
        }

        var graph = new GraphView(RdfFiles.ReadDataset(path));
        var self = RdfFiles.IriOf(path);
        foreach (var list in graph.Objects(self, M("include")))
        {
            foreach (var included in graph.List(list))
            {
                Walk(RdfFiles.PathOf(included), tests, seen);
            }
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var prefix = Path.GetFileName(Path.GetDirectoryName(directory)) + "/" + Path.GetFileName(directory) + "/";
        foreach (var list in graph.Objects(self, M("entries")))
        {
            foreach (var entry in graph.List(list))
            {
                var type = graph.Object(entry, Rdf.Vocabularies.Vocab.Rdf.Type) is Iri t ? t.Value[(t.Value.LastIndexOfAny(['#', '/']) + 1)..] : "?";
                var name = (graph.Object(entry, M("name")) as Literal)?.LexicalForm ?? entry.ToString();
                var action = graph.Object(entry, M("action"));
                string? query = null;
                var data = new List<string>();
                var graphData = new List<(string, string)>();
                if (action is Iri actionIri)
                {
                    query = RdfFiles.PathOf(actionIri);
                }
                else if (action is not null)
                {
                    query = graph.Object(action, Q("query")) is Iri q ? RdfFiles.PathOf(q) : null;
                    data.AddRange(graph.Objects(action, Q("data")).Select(RdfFiles.PathOf));
                    foreach (var g in graph.Objects(action, Q("graphData")))
                    {
                        // graphData is the file itself, or a node with qt:graph and rdfs:label (SPARQL 1.2 style).
                        var file = g is Iri ? g : graph.Object(g, Q("graph"));
                        if (file is not null)
                        {
                            graphData.Add((((Iri)file).Value, RdfFiles.PathOf(file)));
                        }
                    }
                }

                var result = graph.Object(entry, M("result")) is Iri r ? RdfFiles.PathOf(r) : null;
                var withdrawn = graph.Object(entry, Iri.Parse(Dawgt + "approval")) is Iri approval && approval.Value.EndsWith("Withdrawn", StringComparison.Ordinal);
                var local = entry is Iri e ? e.Value[(e.Value.LastIndexOf('#') + 1)..] : name;
                tests.Add(new ConformanceTest(prefix + local, name, type, query, data, graphData, result, withdrawn));
            }
        }
    }
}
