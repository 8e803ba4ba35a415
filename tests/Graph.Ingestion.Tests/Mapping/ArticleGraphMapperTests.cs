using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Rdf;
using static Graph.Ingestion.Tests.Mapping.Iris;

namespace Graph.Ingestion.Tests.Mapping;

public sealed class ArticleGraphMapperTests
{
    private const string Article = Resource + "article/oslo-talks";
    private const string Huitfeldt = Resource + "person/anniken-huitfeldt";
    private const string Norway = Resource + "country/no";
    private const string Nato = Resource + "organization/nato";
    private const string Oslo = Resource + "city/oslo";
    private const string Police = Resource + "organization/norwegian-police";
    private const string ForeignMinister = Resource + "post/country-no/foreign-minister";

    private readonly Rdf.Datasets.Dataset _graph = Mapped.Map(SampleGraphs.Oslo());

    [Fact]
    public void The_article_is_a_news_article_with_headline_date_url_and_its_mentions()
    {
        Assert.Equal([Schema + "NewsArticle"], _graph.TypesOf(Article));
        Assert.Equal("Ministers meet in Oslo", _graph.SingleLiteral(Article, Schema + "headline").LexicalForm);
        var published = _graph.SingleLiteral(Article, Schema + "datePublished");
        Assert.Equal(("2021-03-10", Xsd + "date"), (published.LexicalForm, published.Datatype.Value));
        Assert.Equal(Of("https://news.example/oslo-talks"), Assert.Single(_graph.Objects(Article, Schema + "url")));
        Assert.Equal("oslo-talks", _graph.SingleLiteral(Article, Schema + "identifier").LexicalForm);
        var mentioned = _graph.Objects(Article, Schema + "mentions").Cast<Iri>().Select(i => i.Value).Order(StringComparer.Ordinal);
        Assert.Equal(
            [Resource + "city/oslo", Resource + "country/no", Resource + "group/arab-countries", Nato, Police, Huitfeldt, Resource + "region/scandinavia"],
            mentioned);
    }

    [Fact]
    public void An_entity_the_text_never_names_is_described_but_not_mentioned()
    {
        var oslo = SampleGraphs.Oslo();
        var unnamed = oslo with
        {
            Entities = [.. oslo.Entities, new Entity("country/SE", EntityKind.Country, "Sweden", [])],
        };

        var graph = Mapped.Map(unnamed);

        Assert.Equal(Literal.String("Sweden"), Assert.Single(graph.Objects(Resource + "country/se", Schema + "name")));
        Assert.DoesNotContain(Of(Resource + "country/se"), graph.Objects(Article, Schema + "mentions"));
    }

    [Fact]
    public void A_person_is_a_schema_person_with_its_name()
    {
        Assert.Equal([Schema + "Person"], _graph.TypesOf(Huitfeldt));
        Assert.Equal(Literal.String("Anniken Huitfeldt"), Assert.Single(_graph.Objects(Huitfeldt, Schema + "name")));
    }

    [Theory]
    [InlineData("country/no", Schema + "Country", Schema + "Place")]
    [InlineData("city/oslo", Schema + "City", Schema + "Place")]
    [InlineData("organization/nato", KgNs + "IntergovernmentalOrganization", Schema + "Organization")]
    [InlineData("organization/norwegian-police", Schema + "GovernmentOrganization", Schema + "Organization")]
    [InlineData("region/scandinavia", KgNs + "Region", Schema + "Place")]
    public void Places_and_organisations_have_their_class_and_its_general_class(string path, string specific, string general) =>
        Assert.Equal(new[] { specific, general }.Order(StringComparer.Ordinal), _graph.TypesOf(Resource + path));

    [Fact]
    public void A_group_of_countries_is_a_country_group_and_so_a_region()
    {
        Assert.Equal(
            new[] { KgNs + "CountryGroup", KgNs + "Region", Schema + "Place" }.Order(StringComparer.Ordinal),
            _graph.TypesOf(Resource + "group/arab-countries"));
    }

    [Theory]
    [InlineData(EntityKind.Organization, Schema + "Organization")]
    [InlineData(EntityKind.Place, Schema + "Place")]
    public void Other_organisations_and_places_have_the_general_class(EntityKind kind, string expected)
    {
        var text = "Acme opened.";
        var graph = new ArticleGraph(new Article("a", null, null, text), [new Entity("thing/acme", kind, "Acme", [new Mention(new TextSpan(0, 4), "Acme", MentionKind.Name)])], [], [], []);

        Assert.Equal([expected], Mapped.Map(graph).TypesOf(Resource + "thing/acme"));
    }

    [Fact]
    public void A_city_is_contained_in_its_country()
    {
        Assert.Equal([Of(Norway)], _graph.Objects(Oslo, Schema + "containedInPlace"));
    }

    [Fact]
    public void Wikidata_links_come_only_from_the_graph_and_are_never_guessed()
    {
        Assert.Equal([Of(Wd + "Q20")], _graph.Objects(Norway, Owl + "sameAs"));
        Assert.Equal([Of(Wd + "Q7184")], _graph.Objects(Nato, Owl + "sameAs"));
        Assert.Empty(_graph.Objects(Oslo, Owl + "sameAs"));
        Assert.Empty(_graph.Objects(Huitfeldt, Owl + "sameAs"));
        Assert.Equal(2, _graph.Match(null, Of(Owl + "sameAs")).Count());
    }

    [Fact]
    public void A_malformed_wikidata_identifier_is_refused()
    {
        var graph = SampleGraphs.Oslo() with { Entities = [new Entity("country/NO", EntityKind.Country, "Norway", [], WikidataId: "Norway")] };

        var error = Assert.Throws<ArticleMappingException>(() => Mapped.Map(graph));

        Assert.Contains("country/NO", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_holds_a_post_with_a_name_in_a_country()
    {
        Assert.Equal([Of(ForeignMinister)], _graph.Objects(Huitfeldt, Org + "holds"));
        Assert.Equal([Org + "Post"], _graph.TypesOf(ForeignMinister));
        Assert.Equal(Literal.String("Foreign Minister"), Assert.Single(_graph.Objects(ForeignMinister, Schema + "name")));
        Assert.Equal([Of(Norway)], _graph.Objects(ForeignMinister, Org + "postIn"));
    }

    [Fact]
    public void An_event_has_its_types_label_actors_place_and_day()
    {
        var meeting = Resource + "event/oslo-talks/1";

        Assert.Equal(new[] { KgNs + "Meeting", Sem + "Event" }.Order(StringComparer.Ordinal), _graph.TypesOf(meeting));
        Assert.Equal("Huitfeldt meets NATO envoys", _graph.SingleLiteral(meeting, Rdfs + "label").LexicalForm);
        Assert.Equal("met", _graph.SingleLiteral(meeting, KgNs + "trigger").LexicalForm);
        Assert.Equal([Of(Nato), Of(Huitfeldt)], _graph.Objects(meeting, Sem + "hasActor").OrderBy(t => ((Iri)t).Value, StringComparer.Ordinal));
        Assert.Equal([Of(Oslo)], _graph.Objects(meeting, Sem + "hasPlace"));
        Assert.Equal(Literal.Typed("2021-03-08", Of(Xsd + "date")), Assert.Single(_graph.Objects(meeting, Sem + "hasTimeStamp")));
        Assert.Equal("on Monday", _graph.SingleLiteral(meeting, KgNs + "timeExpression").LexicalForm);
    }

    [Fact]
    public void An_event_over_several_days_has_a_beginning_and_an_end()
    {
        var arrest = Resource + "event/oslo-talks/2";

        Assert.Contains(KgNs + "Arrest", _graph.TypesOf(arrest));
        Assert.Empty(_graph.Objects(arrest, Sem + "hasTimeStamp"));
        Assert.Equal(Literal.Typed("2021-03-06", Of(Xsd + "date")), Assert.Single(_graph.Objects(arrest, Sem + "hasBeginTimeStamp")));
        Assert.Equal(Literal.Typed("2021-03-07", Of(Xsd + "date")), Assert.Single(_graph.Objects(arrest, Sem + "hasEndTimeStamp")));
        Assert.Equal("over the weekend", _graph.SingleLiteral(arrest, KgNs + "timeExpression").LexicalForm);
    }

    [Fact]
    public void An_unresolved_time_keeps_its_words_and_no_date()
    {
        var conflict = Resource + "event/oslo-talks/3";

        Assert.Contains(KgNs + "Conflict", _graph.TypesOf(conflict));
        Assert.Equal("some time ago", _graph.SingleLiteral(conflict, KgNs + "timeExpression").LexicalForm);
        Assert.Empty(_graph.Objects(conflict, Sem + "hasTimeStamp"));
        Assert.Empty(_graph.Objects(conflict, Sem + "hasBeginTimeStamp"));
        Assert.Empty(_graph.Objects(conflict, Sem + "hasActor"));
        Assert.Empty(_graph.Objects(conflict, Sem + "hasPlace"));
    }

    [Theory]
    [InlineData(EventKind.Attack, "Attack")]
    [InlineData(EventKind.Arrest, "Arrest")]
    [InlineData(EventKind.Raid, "Raid")]
    [InlineData(EventKind.MilitaryDeployment, "MilitaryDeployment")]
    [InlineData(EventKind.Meeting, "Meeting")]
    [InlineData(EventKind.Appeal, "Appeal")]
    [InlineData(EventKind.Statement, "Statement")]
    [InlineData(EventKind.Agreement, "Agreement")]
    [InlineData(EventKind.Conflict, "Conflict")]
    public void Every_event_kind_has_its_kg_class(EventKind kind, string localName)
    {
        var graph = SampleGraphs.Oslo() with { Events = [SampleGraphs.Oslo().Events[0] with { Kind = kind }] };

        Assert.Equal(new[] { KgNs + localName, Sem + "Event" }.Order(StringComparer.Ordinal), Mapped.Map(graph).TypesOf(Resource + "event/oslo-talks/1"));
    }

    [Fact]
    public void A_quotation_has_its_text_and_speaker()
    {
        var quote = Resource + "quotation/oslo-talks/1";

        Assert.Equal([Schema + "Quotation"], _graph.TypesOf(quote));
        Assert.Equal("We stand together,", _graph.SingleLiteral(quote, Schema + "text").LexicalForm);
        Assert.Equal([Of(Huitfeldt)], _graph.Objects(quote, Schema + "creator"));
        Assert.Equal(Literal.Boolean(true), Assert.Single(_graph.Objects(quote, KgNs + "isDirect")));
    }

    [Fact]
    public void A_reported_quotation_without_a_known_speaker_has_no_creator()
    {
        var quote = Resource + "quotation/oslo-talks/2";

        Assert.Equal(Literal.Boolean(false), Assert.Single(_graph.Objects(quote, KgNs + "isDirect")));
        Assert.Empty(_graph.Objects(quote, Schema + "creator"));
    }

    [Fact]
    public void Every_extracted_resource_is_derived_from_its_article()
    {
        var typed = _graph.Match(null, RdfType).Select(q => q.Subject).Distinct().Where(s => !s.Equals(Of(Article))).ToList();

        Assert.Equal(7 + 1 + 3 + 2, typed.Count);
        Assert.All(typed, s => Assert.Equal([Of(Article)], _graph.Objects(((Iri)s).Value, Prov + "wasDerivedFrom")));
    }

    [Fact]
    public void Other_names_of_an_entity_become_aliases_but_adjectives_and_pronouns_do_not()
    {
        Assert.Equal([Literal.String("Huitfeldt")], _graph.Objects(Huitfeldt, Schema + "alternateName"));
        Assert.Equal([Literal.String("NATO")], _graph.Objects(Nato, Schema + "alternateName"));
        Assert.Empty(_graph.Objects(Norway, Schema + "alternateName"));
        Assert.Empty(_graph.Objects(Police, Schema + "alternateName"));
    }

    [Fact]
    public void Without_mentions_there_is_no_nif()
    {
        Assert.DoesNotContain(_graph.Match(), q => q.Predicate.Value.StartsWith(Nif, StringComparison.Ordinal) || q.Predicate.Value.StartsWith(Its, StringComparison.Ordinal));
    }

    [Fact]
    public void Mapping_twice_gives_the_same_statements_in_the_same_order()
    {
        var first = new RecordingSink();
        var second = new RecordingSink();

        new ArticleGraphMapper(new MappingOptions { IncludeMentions = true }).Map(SampleGraphs.Oslo(), first);
        new ArticleGraphMapper(new MappingOptions { IncludeMentions = true }).Map(SampleGraphs.Oslo(), second);

        Assert.Equal(first.Quads, second.Quads);
        Assert.Equal(first.Quads.Count, first.Quads.Distinct().Count());
    }

    [Fact]
    public void Statements_go_to_the_default_graph_unless_named_graphs_are_asked_for()
    {
        Assert.All(_graph.Match(), q => Assert.Null(q.Graph));

        var named = Mapped.Map(SampleGraphs.Oslo(), new MappingOptions { NamedGraphs = true });

        Assert.Equal(_graph.Count, named.Count);
        Assert.All(named.Match(), q => Assert.Equal(Of(Article), q.Graph));
    }

    [Fact]
    public void The_base_iri_option_moves_every_minted_resource()
    {
        var graph = Mapped.Map(SampleGraphs.Oslo(), new MappingOptions { ResourceBase = "http://example.org/kg", IncludeMentions = true });

        var subjects = graph.Match().Select(q => ((Iri)q.Subject).Value).Distinct().ToList();
        Assert.All(subjects, s => Assert.StartsWith("http://example.org/kg/", s, StringComparison.Ordinal));
        Assert.Contains("http://example.org/kg/person/anniken-huitfeldt", subjects);
    }

    [Fact]
    public void A_base_that_is_not_an_absolute_iri_is_refused()
    {
        Assert.Throws<IriFormatException>(() => new ArticleGraphMapper(new MappingOptions { ResourceBase = "resources/" }));
    }
}
