using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Sparql.Evaluation;

namespace Graph.Sparql.Tests.Evaluation;

public sealed class QueryEngineTests
{
    private static readonly Iri Knows = Iri.Parse("http://example.org/knows");
    private static readonly Iri Name = Iri.Parse("http://example.org/name");
    private static readonly Iri Age = Iri.Parse("http://example.org/age");

    private static Iri Ex(string local) => Iri.Parse("http://example.org/" + local);

    // alice knows bob, bob knows carol, carol knows alice (a cycle); dave knows nobody.
    private static Dataset People()
    {
        var dataset = new Dataset();
        dataset.Add(new Triple(Ex("alice"), Knows, Ex("bob")));
        dataset.Add(new Triple(Ex("bob"), Knows, Ex("carol")));
        dataset.Add(new Triple(Ex("carol"), Knows, Ex("alice")));
        dataset.Add(new Triple(Ex("alice"), Name, Literal.String("Alice")));
        dataset.Add(new Triple(Ex("bob"), Name, Literal.String("Bob")));
        dataset.Add(new Triple(Ex("dave"), Name, Literal.String("Dave")));
        dataset.Add(new Triple(Ex("alice"), Age, Literal.Integer(30)));
        return dataset;
    }

    private static List<Dictionary<string, Term?>> Select(string query, Dataset dataset)
    {
        var result = QueryEngine.Execute("PREFIX ex: <http://example.org/>\n" + query, dataset).ResultSet;
        return result.Solutions.Select(s => result.Variables.ToDictionary(v => v, v => s[v])).ToList();
    }

    private static HashSet<string> Column(List<Dictionary<string, Term?>> rows, string variable) =>
        rows.Select(r => r[variable]?.ToString() ?? "UNBOUND").ToHashSet();

    [Fact]
    public void A_join_of_two_patterns_follows_shared_variables()
    {
        var rows = Select("SELECT ?a ?n WHERE { ?a ex:knows ?b . ?b ex:name ?n }", People());

        Assert.Equal(2, rows.Count);
        Assert.Equal(["\"Bob\"", "\"Alice\""], Column(rows, "n"));
    }

    [Fact]
    public void Optional_keeps_solutions_without_a_match()
    {
        var rows = Select("SELECT ?p ?age WHERE { ?p ex:name ?n OPTIONAL { ?p ex:age ?age } }", People());

        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r["age"] is not null);
        Assert.Equal(Ex("alice"), rows.Single(r => r["age"] is not null)["p"]);
    }

    [Fact]
    public void Union_gives_both_sides_and_minus_removes_compatible_solutions()
    {
        Assert.Equal(5, Select("SELECT * WHERE { { ?s ex:knows ?o } UNION { ?s ex:age ?o } }", People()).Count + 1);
        var rows = Select("SELECT ?p WHERE { ?p ex:name ?n MINUS { ?p ex:knows ?x } }", People());
        Assert.Equal([Ex("dave").ToString()], Column(rows, "p"));
    }

    [Fact]
    public void Graph_patterns_match_named_graphs_and_bind_the_graph_name()
    {
        var dataset = new Dataset();
        dataset.Add(new Quad(Ex("a"), Knows, Ex("b"), Ex("g1")));
        dataset.Add(new Quad(Ex("c"), Knows, Ex("d"), Ex("g2")));
        dataset.Add(new Triple(Ex("e"), Knows, Ex("f")));

        var rows = Select("SELECT ?g ?s WHERE { GRAPH ?g { ?s ex:knows ?o } }", dataset);
        var fromDefault = Select("SELECT ?s WHERE { ?s ex:knows ?o }", dataset);
        var fromOne = Select("SELECT ?s FROM <http://example.org/g2> WHERE { ?s ex:knows ?o }", dataset);

        Assert.Equal(2, rows.Count);
        Assert.Equal(Ex("g1"), rows.Single(r => r["s"] == Ex("a"))["g"]);
        Assert.Equal(Ex("e"), Assert.Single(fromDefault)["s"]);
        Assert.Equal(Ex("c"), Assert.Single(fromOne)["s"]);
    }

    [Fact]
    public void Zero_or_more_paths_end_on_cycles_and_include_the_start()
    {
        var rows = Select("SELECT ?x WHERE { ex:alice ex:knows* ?x }", People());

        Assert.Equal(3, rows.Count);
        Assert.Equal([Ex("alice").ToString(), Ex("bob").ToString(), Ex("carol").ToString()], Column(rows, "x"));
    }

    [Fact]
    public void One_or_more_paths_reach_the_start_only_through_a_cycle()
    {
        var cyclic = Select("SELECT ?x WHERE { ex:alice ex:knows+ ?x }", People());
        var acyclic = Select("SELECT ?x WHERE { ex:dave ex:knows+ ?x }", People());

        Assert.Equal(3, cyclic.Count);
        Assert.Empty(acyclic);
    }

    [Fact]
    public void Sequence_inverse_and_alternative_paths_combine()
    {
        var sequence = Select("SELECT ?n WHERE { ex:carol ex:knows/ex:knows/ex:name ?n }", People());
        var inverse = Select("SELECT ?x WHERE { ex:alice ^ex:knows ?x }", People());
        var alternative = Select("SELECT ?x WHERE { ex:alice (ex:knows|ex:age) ?x }", People());
        var zeroLength = Select("SELECT ?x WHERE { ?x ex:knows* ex:nowhere }", People());
        var zeroLengthFromValues = Select("SELECT ?x WHERE { VALUES ?x { ex:nowhere } ?x ex:knows* ?x }", People());

        Assert.Equal("\"Bob\"", Assert.Single(sequence)["n"]!.ToString());
        Assert.Equal(Ex("carol"), Assert.Single(inverse)["x"]);
        Assert.Equal(2, alternative.Count);
        Assert.Equal(Ex("nowhere"), Assert.Single(zeroLength)["x"]);
        Assert.Empty(zeroLengthFromValues);
    }

    [Fact]
    public void Negated_property_sets_match_every_other_predicate()
    {
        var rows = Select("SELECT ?o WHERE { ex:alice !(ex:knows|ex:name) ?o }", People());

        Assert.Equal(Literal.Integer(30), Assert.Single(rows)["o"]);
    }

    [Fact]
    public void Count_groups_solutions_and_counts_nothing_as_zero()
    {
        var rows = Select("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s", People());
        var none = Select("SELECT (COUNT(*) AS ?n) WHERE { ?s ex:missing ?o }", People());
        var distinct = Select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }", People());

        Assert.Equal(4, rows.Count);
        Assert.Equal(Literal.Integer(3), rows.Single(r => r["s"] == Ex("alice"))["n"]);
        Assert.Equal(Literal.Integer(0), Assert.Single(none)["n"]);
        Assert.Equal(Literal.Integer(3), Assert.Single(distinct)["n"]);
    }

    [Fact]
    public void Values_subqueries_distinct_and_slices_shape_the_result()
    {
        var values = Select("SELECT ?p ?n WHERE { VALUES ?p { ex:alice ex:dave } ?p ex:name ?n }", People());
        var sub = Select("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ex:knows ?y } LIMIT 2 } }", People());
        var distinct = Select("SELECT DISTINCT ?p WHERE { ?s ?p ?o }", People());
        var sliced = Select("SELECT ?s WHERE { ?s ex:name ?n } OFFSET 1 LIMIT 1", People());

        Assert.Equal(2, values.Count);
        Assert.Equal(2, sub.Count);
        Assert.Equal(3, distinct.Count);
        Assert.Single(sliced);
    }

    [Fact]
    public void Bind_without_error_assigns_and_star_hides_blank_node_variables()
    {
        var rows = Select("SELECT * WHERE { ?s ex:knows [] BIND (?s AS ?t) }", People());

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(r["s"], r["t"]));
        Assert.Equal(2, rows[0].Count);
    }

    [Fact]
    public void Ask_construct_and_describe_give_a_boolean_and_triples()
    {
        var dataset = People();
        Assert.True(QueryEngine.Execute("ASK { <http://example.org/alice> ?p ?o }", dataset).Boolean);
        Assert.False(QueryEngine.Execute("ASK { <http://example.org/dave> <http://example.org/knows> ?o }", dataset).Boolean);

        var constructed = QueryEngine.Execute("CONSTRUCT { ?b <http://example.org/knownBy> ?a . ?a <http://example.org/tag> _:t } WHERE { ?a <http://example.org/knows> ?b }", dataset).Triples.ToList();
        Assert.Equal(6, constructed.Count);
        Assert.Equal(3, constructed.Where(t => t.Object is BlankNode).Select(t => t.Object).Distinct().Count());

        var described = QueryEngine.Execute("DESCRIBE <http://example.org/alice>", dataset).Triples.ToList();
        Assert.Equal(3, described.Count);
    }

    [Fact]
    public void Exists_sees_the_bindings_of_the_current_solution()
    {
        var rows = Select("SELECT ?p WHERE { ?p ex:name ?n FILTER NOT EXISTS { ?p ex:knows ?x } }", People());

        Assert.Equal(Ex("dave"), Assert.Single(rows)["p"]);
    }

    [Fact]
    public void A_query_past_its_timeout_stops_with_a_timeout_exception()
    {
        var dataset = new Dataset();
        for (var i = 0; i < 300; i++)
        {
            dataset.Add(new Triple(Ex("n" + i), Knows, Ex("n" + (i + 1))));
        }

        var options = new QueryOptions { Timeout = TimeSpan.FromMilliseconds(50) };
        var result = QueryEngine.Execute("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", dataset, options);

        Assert.Throws<QueryTimeoutException>(() => result.ResultSet.Solutions.Count());
    }

    [Fact]
    public void Joins_probed_many_times_give_the_same_rows_after_switching_to_a_hash_table()
    {
        // 300 people, person i works for org (i % 7); orgs 0..4 and 1000 others have a name, so the
        // 300 lookups of a name outnumber what a scan of the 1005 names costs: 5/7 of the people join.
        var dataset = new Dataset();
        for (var i = 0; i < 300; i++)
        {
            dataset.Add(new Triple(Ex("person" + i), Ex("worksFor"), Ex("org" + (i % 7))));
        }

        foreach (var j in Enumerable.Range(0, 5).Concat(Enumerable.Range(100, 1000)))
        {
            dataset.Add(new Triple(Ex("org" + j), Name, Literal.String("Org " + j)));
        }

        var rows = Select("SELECT ?p ?n WHERE { ?p ex:worksFor ?o . ?o ex:name ?n }", dataset);
        var expected = Enumerable.Range(0, 300).Count(i => i % 7 < 5);
        Assert.Equal(215, expected);

        Assert.Equal(expected, rows.Count);
        Assert.Equal(expected, rows.Select(r => r["p"]).Distinct().Count());
        Assert.All(rows, r => Assert.Equal("\"Org " + (int.Parse(((Iri)r["p"]!).Value["http://example.org/person".Length..], System.Globalization.CultureInfo.InvariantCulture) % 7) + "\"", r["n"]!.ToString()));
    }
}
