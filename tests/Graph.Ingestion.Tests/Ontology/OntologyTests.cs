using System.Text.Json;
using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Ingestion.Ontology;
using Graph.Ingestion.Tests.Mapping;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using static Graph.Ingestion.Tests.Mapping.Iris;

namespace Graph.Ingestion.Tests.Ontology;

public sealed class OntologyTests
{
    /// <summary>The sample article with one event of every kind and NIF mentions: every term the mapping can write.</summary>
    private static Dataset EverythingMapped()
    {
        var sample = SampleGraphs.Oslo();
        var events = Enum.GetValues<EventKind>().Select(kind => sample.Events[0] with { Kind = kind }).Concat(sample.Events).ToList();
        var entities = sample.Entities.Append(new Entity("organization/acme", EntityKind.Organization, "Acme", []))
            .Append(new Entity("place/harbour", EntityKind.Place, "Harbour", [])).ToList();
        return Mapped.Map(sample with { Events = events, Entities = entities }, new MappingOptions { IncludeMentions = true });
    }

    private static IEnumerable<Iri> TermsUsed(Dataset output) =>
        output.Match().Select(q => q.Predicate)
            .Concat(output.Match(null, RdfType).Select(q => (Iri)q.Object))
            .Distinct();

    [Fact]
    public void Every_kg_class_and_property_the_output_uses_is_declared_with_a_label_and_a_comment()
    {
        var ontology = TurtleDocuments.Load("ontology/newskg.ttl");
        var kgTerms = TermsUsed(EverythingMapped()).Where(t => t.Value.StartsWith(KgNs, StringComparison.Ordinal)).ToList();

        Assert.Equal(15, kgTerms.Count);
        Assert.All(kgTerms, term =>
        {
            var types = ontology.Match(term, RdfType).Select(q => ((Iri)q.Object).Value).ToList();
            Assert.True(types.Contains(Owl + "Class") || types.Contains(Owl + "DatatypeProperty") || types.Contains(Owl + "ObjectProperty"), $"{term} is not declared");
            Assert.Single(ontology.Match(term, Of(Rdfs + "label")));
            Assert.Single(ontology.Match(term, Of(Rdfs + "comment")));
        });
    }

    [Fact]
    public void Every_class_and_property_of_other_vocabularies_in_the_output_is_declared_too()
    {
        var ontology = TurtleDocuments.Load("ontology/newskg.ttl");
        var undeclared = TermsUsed(EverythingMapped())
            .Where(t => t != RdfType && t.Value != Owl + "sameAs" && t.Value != Rdfs + "label")
            .Where(t => !ontology.Match(t, RdfType).Any())
            .Select(t => t.Value);

        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData("IntergovernmentalOrganization", Schema + "Organization")]
    [InlineData("Region", Schema + "Place")]
    [InlineData("CountryGroup", KgNs + "Region")]
    [InlineData("Attack", Sem + "Event")]
    [InlineData("Arrest", Sem + "Event")]
    [InlineData("Raid", Sem + "Event")]
    [InlineData("MilitaryDeployment", Sem + "Event")]
    [InlineData("Meeting", Sem + "Event")]
    [InlineData("Appeal", Sem + "Event")]
    [InlineData("Statement", Sem + "Event")]
    [InlineData("Agreement", Sem + "Event")]
    [InlineData("Conflict", Sem + "Event")]
    public void Kg_classes_are_subclasses_of_the_reused_vocabularies(string localName, string superclass)
    {
        var ontology = TurtleDocuments.Load("ontology/newskg.ttl");

        Assert.Equal([Of(superclass)], ontology.Match(Of(KgNs + localName), Of(Rdfs + "subClassOf")).Select(q => q.Object));
    }

    [Fact]
    public void The_shapes_are_valid_turtle_and_target_every_class_of_the_contract()
    {
        var shapes = TurtleDocuments.Load("ontology/shapes.ttl");
        var targets = shapes.Match(null, Of("http://www.w3.org/ns/shacl#targetClass")).Select(q => ((Iri)q.Object).Value).ToHashSet();

        Assert.Superset(
            new HashSet<string> { Schema + "Person", Schema + "Organization", Schema + "Place", Schema + "City", Org + "Post", Sem + "Event", Schema + "Quotation", Schema + "NewsArticle", Nif + "Phrase", Nif + "Context" },
            targets);
    }

    [Fact]
    public void The_json_ld_context_names_every_class_and_property_of_the_output()
    {
        using var document = JsonDocument.Parse(OntologyDocuments.JsonLdContext);
        var context = document.RootElement.GetProperty("@context");
        var prefixes = new Dictionary<string, string>();
        var terms = new HashSet<string>();
        foreach (var entry in context.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() is { } value && (value.EndsWith('#') || value.EndsWith('/')))
            {
                prefixes[entry.Name] = entry.Value.GetString()!;
            }
        }

        foreach (var entry in context.EnumerateObject())
        {
            var id = entry.Value.ValueKind switch
            {
                JsonValueKind.String => entry.Value.GetString()!,
                JsonValueKind.Object => entry.Value.GetProperty("@id").GetString()!,
                _ => null,
            };
            if (id is not null && id.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && prefixes.TryGetValue(id[..colon], out var ns))
            {
                terms.Add(ns + id[(colon + 1)..]);
            }
        }

        var missing = TermsUsed(EverythingMapped()).Where(t => t != RdfType).Select(t => t.Value).Where(t => !terms.Contains(t));
        Assert.Empty(missing);
    }

    [Fact]
    public void The_embedded_context_is_the_one_in_the_ontology_folder()
    {
        var onDisk = File.ReadAllText(TurtleDocuments.PathOf("ontology/context.jsonld"));

        Assert.Equal(onDisk, OntologyDocuments.JsonLdContext);
    }

    [Fact]
    public void The_output_prefixes_include_every_namespace_of_the_contract()
    {
        var prefixes = OntologyDocuments.OutputPrefixes();

        foreach (var (prefix, ns) in new[] { ("kg", KgNs), ("schema", Schema), ("org", Org), ("sem", Sem), ("prov", Prov), ("nif", Nif), ("itsrdf", Its), ("wd", Wd), ("owl", Owl), ("xsd", Xsd), ("rdfs", Rdfs) })
        {
            Assert.Equal(ns, prefixes.Namespace(prefix));
        }
    }
}
