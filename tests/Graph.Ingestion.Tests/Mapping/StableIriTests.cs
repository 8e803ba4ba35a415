using Graph.Ingestion.Mapping;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using static Graph.Ingestion.Tests.Mapping.Iris;

namespace Graph.Ingestion.Tests.Mapping;

public sealed class StableIriTests
{
    private const string ForeignMinister = Resource + "post/country-no/foreign-minister";

    [Fact]
    public void The_same_entity_has_the_same_iri_in_different_articles()
    {
        var oslo = Mapped.Map(SampleGraphs.Oslo());
        var bergen = Mapped.Map(SampleGraphs.Bergen());

        Assert.Contains(Of(Resource + "country/no"), oslo.Objects(Resource + "article/oslo-talks", Schema + "mentions"));
        Assert.Contains(Of(Resource + "country/no"), bergen.Objects(Resource + "article/bergen-visit", Schema + "mentions"));
    }

    [Fact]
    public void A_post_is_the_same_resource_whoever_holds_it()
    {
        var dataset = new Dataset();
        var mapper = new ArticleGraphMapper();
        mapper.Map(SampleGraphs.Oslo(), dataset);
        mapper.Map(SampleGraphs.Bergen(), dataset);

        var holders = dataset.Subjects(Org + "holds", Of(ForeignMinister)).Cast<Iri>().Select(i => i.Value).Order(StringComparer.Ordinal);

        Assert.Equal([Resource + "person/anniken-huitfeldt", Resource + "person/espen-barth-eide"], holders);
    }

    [Fact]
    public void Events_and_quotations_are_numbered_within_their_article()
    {
        var graph = Mapped.Map(SampleGraphs.Oslo(id: "another-day"));

        Assert.Contains(Of(SemEvent), graph.Objects(Resource + "event/another-day/1", RdfNs + "type"));
        Assert.Contains(Of(Schema + "Quotation"), graph.Objects(Resource + "quotation/another-day/2", RdfNs + "type"));
    }

    [Fact]
    public void Across_articles_the_first_name_of_an_entity_stays_its_name_and_later_ones_are_aliases()
    {
        var dataset = new Dataset();
        var mapper = new ArticleGraphMapper();
        mapper.Map(SampleGraphs.Oslo(), dataset);
        mapper.Map(SampleGraphs.Bergen(), dataset);
        mapper.Map(SampleGraphs.Oslo(id: "later", personName: "Anniken Huitfeldt (minister)"), dataset);

        var person = Resource + "person/anniken-huitfeldt";
        Assert.Equal([Literal.String("Anniken Huitfeldt")], dataset.Objects(person, Schema + "name"));
        Assert.Equal(
            ["Anniken Huitfeldt (minister)", "Huitfeldt"],
            dataset.Objects(person, Schema + "alternateName").Cast<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_one_default_graph_what_is_known_of_an_entity_is_written_once()
    {
        var sink = new RecordingSink();
        var mapper = new ArticleGraphMapper();
        mapper.Map(SampleGraphs.Oslo(), sink);
        mapper.Map(SampleGraphs.Oslo(id: "again"), sink);

        var norwayTypes = sink.Quads.Count(q => q.Subject.Equals(Of(Resource + "country/no")) && q.Predicate.Equals(RdfType));
        var derivations = sink.Quads.Count(q => q.Subject.Equals(Of(Resource + "country/no")) && q.Predicate.Equals(Of(Prov + "wasDerivedFrom")));
        Assert.Equal(2, norwayTypes);
        Assert.Equal(2, derivations);
    }

    [Fact]
    public void With_named_graphs_each_article_states_everything_it_says()
    {
        var dataset = new Dataset();
        var mapper = new ArticleGraphMapper(new MappingOptions { NamedGraphs = true });
        mapper.Map(SampleGraphs.Oslo(), dataset);
        mapper.Map(SampleGraphs.Oslo(id: "again"), dataset);

        foreach (var article in new[] { "oslo-talks", "again" })
        {
            var graph = Rdf.Datasets.GraphFilter.Named(Of(Resource + "article/" + article));
            Assert.Single(dataset.Match(Of(Resource + "country/no"), Of(Schema + "name"), null, graph));
        }
    }

    private const string SemEvent = Sem + "Event";
}
