using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;

namespace Graph.Ingestion.Tests.Mapping;

/// <summary>IRIs written out in full, so the tests check the mapping against the contract's text, not against the code's own constants.</summary>
internal static class Iris
{
    public const string Resource = "https://w3id.org/newskg/resource/";
    public const string KgNs = "https://w3id.org/newskg/ontology#";
    public const string Schema = "https://schema.org/";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public const string Its = "http://www.w3.org/2005/11/its/rdf#";
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Wd = "http://www.wikidata.org/entity/";

    public static Iri Of(string iri) => Iri.Parse(iri);

    public static Iri RdfType => Of(RdfNs + "type");
}

internal sealed class RecordingSink : IRdfSink
{
    public List<Quad> Quads { get; } = [];

    public void HandleQuad(in Quad quad) => Quads.Add(quad);
}

internal static class Mapped
{
    public static Dataset Map(ArticleGraph graph, MappingOptions? options = null)
    {
        var dataset = new Dataset();
        new ArticleGraphMapper(options).Map(graph, dataset);
        return dataset;
    }

    public static List<Term> Objects(this Dataset dataset, string subject, string predicate) =>
        dataset.Match(Iri.Parse(subject), Iri.Parse(predicate)).Select(q => q.Object).ToList();

    public static List<Term> Subjects(this Dataset dataset, string predicate, Term @object) =>
        dataset.Match(null, Iri.Parse(predicate), @object).Select(q => q.Subject).ToList();

    public static List<string> TypesOf(this Dataset dataset, string subject) =>
        dataset.Objects(subject, Iris.RdfNs + "type").Select(t => ((Iri)t).Value).Order(StringComparer.Ordinal).ToList();

    public static Literal SingleLiteral(this Dataset dataset, string subject, string predicate) =>
        Assert.IsType<Literal>(Assert.Single(dataset.Objects(subject, predicate)));
}
