namespace Graph.Rdf.Tests.Graphs;

public sealed class GraphIsomorphismTests
{
    private static readonly Iri P = Iri.FromTrusted("http://example.org/p");
    private static readonly Iri Q = Iri.FromTrusted("http://example.org/q");
    private static readonly Iri S = Iri.FromTrusted("http://example.org/s");
    private static readonly Iri G = Iri.FromTrusted("http://example.org/g");

    private static BlankNode B(string label) => new(label);

    private static Triple T(Term s, Iri p, Term o) => new(s, p, o);

    [Fact]
    public void Graphs_that_differ_only_in_blank_node_labels_are_isomorphic()
    {
        Triple[] expected = [T(S, P, B("x")), T(B("x"), Q, Literal.String("a")), T(B("x"), P, B("y"))];
        Triple[] actual = [T(B("n2"), P, B("n9")), T(S, P, B("n2")), T(B("n2"), Q, Literal.String("a"))];

        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual));
        Assert.Null(GraphIsomorphism.Difference(expected, actual));
    }

    [Fact]
    public void A_different_literal_makes_graphs_different_and_the_report_names_it()
    {
        Triple[] expected = [T(S, P, Literal.String("old"))];
        Triple[] actual = [T(S, P, Literal.String("new"))];

        var difference = GraphIsomorphism.Difference(expected, actual);

        Assert.False(GraphIsomorphism.AreIsomorphic(expected, actual));
        Assert.NotNull(difference);
        Assert.Contains("missing from actual (1)", difference, StringComparison.Ordinal);
        Assert.Contains("\"old\"", difference, StringComparison.Ordinal);
        Assert.Contains("unexpected in actual (1)", difference, StringComparison.Ordinal);
        Assert.Contains("\"new\"", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_node_is_not_the_same_as_an_iri()
    {
        Assert.False(GraphIsomorphism.AreIsomorphic([T(S, P, B("x"))], [T(S, P, G)]));
    }

    [Fact]
    public void Blank_nodes_must_map_one_to_one()
    {
        // Two distinct blank objects against one blank used twice: the same shape per triple, but not a bijection.
        Triple[] two = [T(S, P, B("a")), T(S, Q, B("b"))];
        Triple[] one = [T(S, P, B("c")), T(S, Q, B("c"))];

        Assert.False(GraphIsomorphism.AreIsomorphic(two, one));
    }

    [Fact]
    public void Duplicate_statements_are_ignored()
    {
        Assert.True(GraphIsomorphism.AreIsomorphic([T(S, P, B("a")), T(S, P, B("a"))], [T(S, P, B("z"))]));
    }

    [Fact]
    public void Regular_graphs_that_hashing_cannot_split_are_decided_by_backtracking()
    {
        // A 6-cycle and two 3-cycles: every blank node has one p in and one p out, so hashes never differ.
        var hexagon = Cycle("h", 6);
        var triangles = Cycle("t", 3).Concat(Cycle("u", 3)).ToArray();
        var relabelledHexagon = Cycle("z", 6).Reverse().ToArray();

        Assert.False(GraphIsomorphism.AreIsomorphic(hexagon, triangles));
        Assert.True(GraphIsomorphism.AreIsomorphic(hexagon, relabelledHexagon));
        Assert.NotNull(GraphIsomorphism.Difference(hexagon, triangles));
    }

    [Fact]
    public void A_symmetric_graph_with_many_equivalent_blank_nodes_finds_a_mapping()
    {
        // An undirected 4-cycle of blank nodes written both ways, against the same with other labels.
        Triple[] Square(string prefix) =>
        [
            .. Cycle(prefix, 4),
            .. Cycle(prefix, 4).Select(t => T(t.Object, P, t.Subject)),
        ];

        var mapping = GraphIsomorphism.FindBlankNodeMapping(
            Square("a").Select(t => new Quad(t, null)), Square("b").Select(t => new Quad(t, null)));

        Assert.NotNull(mapping);
        Assert.Equal(4, mapping.Count);
        Assert.Equal(4, mapping.Values.Distinct().Count());
    }

    [Fact]
    public void Named_graphs_count_and_blank_graph_names_are_matched()
    {
        Quad[] expected = [new(S, P, B("x"), B("g1")), new(S, P, Literal.String("v"), G)];
        Quad[] actual = [new(S, P, Literal.String("v"), G), new(S, P, B("y"), B("g2"))];
        Quad[] wrongGraph = [new(S, P, Literal.String("v"), null), new(S, P, B("y"), B("g2"))];

        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual));
        Assert.False(GraphIsomorphism.AreIsomorphic(expected, wrongGraph));
    }

    [Fact]
    public void Blank_nodes_inside_triple_terms_are_matched_consistently()
    {
        Triple[] expected =
        [
            T(B("r"), Vocabularies.Vocab.Rdf.Reifies, new TripleTerm(T(B("x"), P, S))),
            T(B("x"), Q, Literal.String("1")),
        ];
        Triple[] actual =
        [
            T(B("x2"), Q, Literal.String("1")),
            T(B("r2"), Vocabularies.Vocab.Rdf.Reifies, new TripleTerm(T(B("x2"), P, S))),
        ];
        Triple[] inconsistent =
        [
            T(B("x2"), Q, Literal.String("1")),
            T(B("r2"), Vocabularies.Vocab.Rdf.Reifies, new TripleTerm(T(B("other"), P, S))),
        ];

        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual));
        Assert.False(GraphIsomorphism.AreIsomorphic(expected, inconsistent));
    }

    [Fact]
    public void Assert_isomorphic_throws_with_the_difference()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            GraphIsomorphism.AssertIsomorphic([new Quad(S, P, G, null)], []));

        Assert.Contains("<http://example.org/g>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_random_graph_is_isomorphic_to_a_relabelled_shuffle_of_itself()
    {
        var random = new Random(42);
        var triples = new List<Triple>();
        for (var i = 0; i < 2000; i++)
        {
            triples.Add(T(B("n" + random.Next(300)), random.Next(2) == 0 ? P : Q, B("n" + random.Next(300))));
        }

        var relabelled = triples.Select(t => T(B("m" + ((BlankNode)t.Subject).Label), t.Predicate, B("m" + ((BlankNode)t.Object).Label)))
            .OrderBy(_ => random.Next()).ToList();
        var changed = relabelled.Skip(1).Append(T(B("fresh"), P, B("m" + ((BlankNode)triples[0].Object).Label))).ToList();

        Assert.True(GraphIsomorphism.AreIsomorphic(triples, relabelled));
        Assert.False(GraphIsomorphism.AreIsomorphic(triples, changed));
    }

    private static Triple[] Cycle(string prefix, int length) =>
        Enumerable.Range(0, length).Select(i => T(B(prefix + i), P, B(prefix + ((i + 1) % length)))).ToArray();
}
