using System.Reflection;
using Graph.Ingestion.Mapping;
using Graph.Rdf.Vocabularies;

namespace Graph.Ingestion.Ontology;

/// <summary>The documents of <c>ontology/</c> that output needs, carried in the assembly, and the prefixes output is written with.</summary>
public static class OntologyDocuments
{
    private static readonly Lazy<string> s_context = new(() => Read("Graph.Ingestion.Ontology.context.jsonld"));
    private static readonly Lazy<string> s_ontology = new(() => Read("Graph.Ingestion.Ontology.newskg.ttl"));

    /// <summary>The JSON-LD context of the output (<c>ontology/context.jsonld</c>), as JSON text.</summary>
    public static string JsonLdContext => s_context.Value;

    /// <summary>The OWL ontology (<c>ontology/newskg.ttl</c>), as Turtle text.</summary>
    public static string OntologyTurtle => s_ontology.Value;

    /// <summary>The prefixes output is written with: kg, schema, org, sem, prov, nif, itsrdf, wd, owl, xsd, rdfs.</summary>
    public static PrefixMap OutputPrefixes() => new(
    [
        ("kg", Kg.Namespace),
        ("schema", Vocab.Schema.Namespace),
        ("org", Vocab.Org.Namespace),
        ("sem", Vocab.Sem.Namespace),
        ("prov", Vocab.Prov.Namespace),
        ("nif", Vocab.Nif.Namespace),
        ("itsrdf", Vocab.ItsRdf.Namespace),
        ("wd", Vocab.Wd.Namespace),
        ("owl", Vocab.Owl.Namespace),
        ("xsd", Vocab.Xsd.Namespace),
        ("rdfs", Vocab.Rdfs.Namespace),
    ]);

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the assembly lacks its embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
