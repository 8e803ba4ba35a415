using Graph.Neo4j.Projection;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Vocabularies;
using static Graph.Neo4j.Tests.Projection.SampleGraphs;

namespace Graph.Neo4j.Tests.Projection;

public sealed class PropertyGraphBuilderTests
{
    private static GraphNode Node(PropertyGraph graph, string local) => graph.Nodes.Single(n => n.Uri == Resource + local);

    [Fact]
    public void Types_become_labels_literals_properties_and_links_relationships_with_Neo4j_naming()
    {
        var graph = PropertyGraphBuilder.Project(Officials());

        var person = Node(graph, "didier-reynders");
        Assert.Equal(["Person"], person.Labels);
        Assert.Equal("Didier Reynders", person.Properties["name"]);
        Assert.Equal(["Post"], Node(graph, "post/foreign-minister-belgium").Labels);
        Assert.Equal(["Event", "Meeting"], Node(graph, "event/1").Labels);
        Assert.Contains(new GraphRelationship(Resource + "didier-reynders", "HOLDS", Resource + "post/foreign-minister-belgium"), graph.Relationships);
        Assert.Contains(new GraphRelationship(Resource + "post/foreign-minister-belgium", "POST_IN", Resource + "belgium"), graph.Relationships);
        Assert.Contains(new GraphRelationship(Resource + "event/1", "HAS_ACTOR", Resource + "didier-reynders"), graph.Relationships);
        Assert.Contains(new GraphRelationship(Resource + "event/1", "HAS_PLACE", Resource + "belgium"), graph.Relationships);
        Assert.Contains(new GraphRelationship(Resource + "belgium", "SAME_AS", "http://www.wikidata.org/entity/Q31"), graph.Relationships);
    }

    [Fact]
    public void Every_object_resource_gets_a_node_even_without_statements_of_its_own()
    {
        var graph = PropertyGraphBuilder.Project(Officials());

        var wikidata = Assert.Single(graph.Nodes, n => n.Uri == "http://www.wikidata.org/entity/Q31");
        Assert.Empty(wikidata.Labels);
        Assert.Empty(wikidata.Properties);
        Assert.Equal(5, graph.Nodes.Count);
    }

    [Fact]
    public void Several_values_become_an_array_and_overwrite_keeps_the_last()
    {
        var arrays = PropertyGraphBuilder.Project(Officials());
        var overwrite = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { Multivalues = MultivalueHandling.Overwrite });

        Assert.Equal(new List<object> { "Belgium", "Belgique" }, Node(arrays, "belgium").Properties["name"]);
        Assert.IsType<string>(Node(overwrite, "belgium").Properties["name"]);
    }

    [Fact]
    public void Language_tags_are_dropped_by_default_kept_on_request_and_filter_values()
    {
        var kept = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { KeepLanguageTags = true });
        var french = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { LanguageFilter = "fr" });

        Assert.Equal(new List<object> { "Belgium@en", "Belgique@fr" }, Node(kept, "belgium").Properties["name"]);
        Assert.Equal("Belgique", Node(french, "belgium").Properties["name"]);
        Assert.Equal("Didier Reynders", Node(french, "didier-reynders").Properties["name"]);
    }

    [Theory]
    [InlineData("42", Vocab.Xsd.Namespace + "integer", 42L)]
    [InlineData("-7", Vocab.Xsd.Namespace + "int", -7L)]
    [InlineData("2.5", Vocab.Xsd.Namespace + "decimal", 2.5)]
    [InlineData("1.0E3", Vocab.Xsd.Namespace + "double", 1000.0)]
    [InlineData("true", Vocab.Xsd.Namespace + "boolean", true)]
    [InlineData("0", Vocab.Xsd.Namespace + "boolean", false)]
    [InlineData("99999999999999999999", Vocab.Xsd.Namespace + "integer", "99999999999999999999")]
    [InlineData("forty", Vocab.Xsd.Namespace + "integer", "forty")]
    [InlineData("2015", Vocab.Xsd.Namespace + "gYear", "2015")]
    public void Typed_literals_become_typed_values_and_invalid_ones_keep_their_text(string lexical, string datatype, object expected)
    {
        var d = new Dataset();
        d.Add(new Triple(R("x"), Iri.FromTrusted("https://example.org/value"), Literal.Typed(lexical, Iri.FromTrusted(datatype))));

        Assert.Equal(expected, PropertyGraphBuilder.Project(d).Nodes[0].Properties["value"]);
    }

    [Fact]
    public void Dates_and_date_times_become_temporal_values()
    {
        var d = new Dataset();
        var dt = Iri.FromTrusted(Vocab.Xsd.Namespace + "dateTime");
        d.Add(new Triple(R("x"), Iri.FromTrusted("https://example.org/on"), Literal.Date(new DateOnly(2015, 11, 22))));
        d.Add(new Triple(R("x"), Iri.FromTrusted("https://example.org/at"), Literal.Typed("2015-11-22T10:30:00+01:00", dt)));
        d.Add(new Triple(R("x"), Iri.FromTrusted("https://example.org/local"), Literal.Typed("2015-11-22T10:30:00", dt)));

        var properties = PropertyGraphBuilder.Project(d).Nodes[0].Properties;

        Assert.Equal(new DateOnly(2015, 11, 22), properties["on"]);
        Assert.Equal(new DateTimeOffset(2015, 11, 22, 10, 30, 0, TimeSpan.FromHours(1)), properties["at"]);
        Assert.Equal(new DateTime(2015, 11, 22, 10, 30, 0), properties["local"]);
    }

    [Fact]
    public void Shorten_uses_prefixes_and_keep_uses_full_IRIs()
    {
        var shortened = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { Vocabulary = VocabularyHandling.Shorten });
        var kept = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { Vocabulary = VocabularyHandling.Keep });

        var person = Node(shortened, "didier-reynders");
        var schemaPrefix = shortened.Prefixes.Single(p => p.Value == "https://schema.org/").Key;
        Assert.Equal([schemaPrefix + "__Person"], person.Labels);
        Assert.True(person.Properties.ContainsKey(schemaPrefix + "__name"));
        var orgPrefix = shortened.Prefixes.Single(p => p.Value == "http://www.w3.org/ns/org#").Key;
        Assert.Contains(shortened.Relationships, r => r.Type == orgPrefix + "__postIn");
        Assert.Equal(["https://schema.org/Person"], Node(kept, "didier-reynders").Labels);
        Assert.Contains(kept.Relationships, r => r.Type == "http://www.w3.org/ns/org#postIn");
    }

    [Fact]
    public void Shorten_invents_a_prefix_for_an_unknown_namespace()
    {
        var d = new Dataset();
        d.Add(new Triple(R("x"), Iri.FromTrusted("https://unknown.example/vocab#size"), Literal.Integer(3)));

        var graph = PropertyGraphBuilder.Project(d, new ProjectionOptions { Vocabulary = VocabularyHandling.Shorten }, new PrefixMap());

        Assert.Equal(3L, graph.Nodes[0].Properties["ns0__size"]);
        Assert.Equal("https://unknown.example/vocab#", graph.Prefixes["ns0"]);
    }

    [Fact]
    public void Blank_nodes_get_bnode_uris_triple_terms_are_skipped_and_graphs_are_merged()
    {
        var d = new Dataset();
        var blank = new BlankNode("q1");
        var says = Iri.FromTrusted("https://example.org/says");
        d.Add(new Quad(R("ann"), says, blank, R("g1")));
        d.Add(new Quad(R("ann"), says, blank, R("g2")));
        d.Add(new Triple(R("ann"), Vocab.Rdf.Reifies, new TripleTerm(new Triple(R("ann"), says, blank))));

        var graph = PropertyGraphBuilder.Project(d);

        Assert.Equal(new GraphRelationship(Resource + "ann", "SAYS", "bnode://q1"), Assert.Single(graph.Relationships));
        Assert.Equal(1, graph.SkippedStatements);
    }

    [Theory]
    [InlineData("postIn", "POST_IN")]
    [InlineData("hasActor", "HAS_ACTOR")]
    [InlineData("wasDerivedFrom", "WAS_DERIVED_FROM")]
    [InlineData("sameAs", "SAME_AS")]
    [InlineData("containedInPlace", "CONTAINED_IN_PLACE")]
    [InlineData("has-part", "HAS_PART")]
    [InlineData("beginIndex", "BEGIN_INDEX")]
    [InlineData("HTMLElement", "HTML_ELEMENT")]
    [InlineData("label2", "LABEL2")]
    public void Relationship_types_are_upper_snake_case(string local, string expected) =>
        Assert.Equal(expected, GraphNaming.UpperSnake(local));
}
