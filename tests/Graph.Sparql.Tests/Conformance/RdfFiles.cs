using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>Reads the RDF files of the test suites (manifests, data, graph results).</summary>
internal static class RdfFiles
{
    public static Iri IriOf(string path) => Iri.Parse(new Uri(Path.GetFullPath(path)).AbsoluteUri);

    public static string PathOf(Term iri) => new Uri(((Iri)iri).Value).LocalPath;

    /// <summary>Reads a file into a sink, its syntax chosen by extension; relative IRIs resolve against the file.</summary>
    public static void Read(string path, IRdfSink sink)
    {
        if (!RdfFormats.TryFromPath(path, out var format))
        {
            throw new NotSupportedException($"no RDF syntax for {path}");
        }

        using var reader = new StreamReader(path);
        RdfFormats.CreateReader(format).Read(reader, sink, new RdfReaderOptions { BaseIri = IriOf(path), SourceName = path });
    }

    public static List<Triple> ReadTriples(string path)
    {
        var sink = new TripleCollector();
        Read(path, sink);
        return sink.Triples;
    }

    public static Dataset ReadDataset(string path)
    {
        var dataset = new Dataset();
        Read(path, dataset);
        return dataset;
    }

    private sealed class TripleCollector : IRdfSink
    {
        public List<Triple> Triples { get; } = [];

        public void HandleQuad(in Quad quad) => Triples.Add(quad.Triple);
    }
}

/// <summary>Reading helpers over a small graph (a manifest, a result set in RDF).</summary>
internal sealed class GraphView(Dataset dataset)
{
    public Term? Object(Term subject, Iri predicate) => dataset.Match(subject, predicate).Select(q => q.Object).FirstOrDefault();

    public IEnumerable<Term> Objects(Term subject, Iri predicate) => dataset.Match(subject, predicate).Select(q => q.Object);

    public IEnumerable<Term> Subjects(Iri predicate, Term @object) => dataset.Match(null, predicate, @object).Select(q => q.Subject);

    public List<Term> List(Term head)
    {
        var items = new List<Term>();
        var node = head;
        while (node != Rdf.Vocabularies.Vocab.Rdf.Nil)
        {
            var first = Object(node, Rdf.Vocabularies.Vocab.Rdf.First);
            if (first is null)
            {
                break;
            }

            items.Add(first);
            node = Object(node, Rdf.Vocabularies.Vocab.Rdf.Rest) ?? Rdf.Vocabularies.Vocab.Rdf.Nil;
        }

        return items;
    }
}
