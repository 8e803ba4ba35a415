using Graph.Rdf.Datasets;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Datasets;

public sealed class DatasetTests
{
    private static readonly Iri S = Iri.Parse("http://example/s");
    private static readonly Iri P = Iri.Parse("http://example/p");
    private static readonly Iri O = Iri.Parse("http://example/o");
    private static readonly Iri G = Iri.Parse("http://example/g");

    [Fact]
    public void Add_contains_and_remove_report_whether_anything_changed()
    {
        var dataset = new Dataset();
        var quad = new Quad(S, P, O, G);

        Assert.True(dataset.Add(quad));
        Assert.False(dataset.Add(quad));
        Assert.True(dataset.Contains(quad));
        Assert.False(dataset.Contains(new Quad(S, P, O, null)));
        Assert.Single(dataset.Match());
        Assert.True(dataset.Remove(quad));
        Assert.False(dataset.Remove(quad));
        Assert.False(dataset.Contains(quad));
        Assert.Equal(0, dataset.Count);
        Assert.Empty(dataset.Match());
    }

    [Fact]
    public void Changes_after_a_read_are_seen_by_the_next_read()
    {
        var dataset = new Dataset();
        dataset.Add(new Triple(S, P, O));
        Assert.Equal(1, dataset.CountIds(Dataset.Any, Dataset.Any, Dataset.Any, Dataset.Any));

        dataset.Add(new Triple(S, P, Literal.String("x")));
        dataset.Remove(new Quad(S, P, O, null));
        Assert.False(dataset.Add(new Triple(S, P, Literal.String("x"))));
        Assert.True(dataset.Add(new Triple(S, P, O)));
        dataset.Remove(new Quad(S, P, O, null));

        Assert.Equal([new Quad(S, P, Literal.String("x"), null)], dataset.Match());
        Assert.Equal(1, dataset.Count);
    }

    [Fact]
    public void Every_pattern_of_bound_positions_gives_what_a_scan_gives()
    {
        var random = new Random(7);
        var dataset = new Dataset();
        var reference = new HashSet<Quad>();
        Term[] subjects = [.. Enumerable.Range(0, 30).Select(i => (Term)Iri.Parse($"http://example/s{i}")), new BlankNode("b1"), new BlankNode("b2")];
        Iri[] predicates = [.. Enumerable.Range(0, 6).Select(i => Iri.Parse($"http://example/p{i}"))];
        Term[] objects = [.. subjects.Take(10), Literal.String("a"), Literal.LangString("a", "en"), Literal.Typed("1", Vocab.Xsd.Integer)];
        Term?[] graphs = [null, G, new BlankNode("g")];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1500; i++)
            {
                var quad = new Quad(subjects[random.Next(subjects.Length)], predicates[random.Next(predicates.Length)], objects[random.Next(objects.Length)], graphs[random.Next(graphs.Length)]);
                Assert.Equal(reference.Add(quad), dataset.Add(quad));
            }

            foreach (var quad in reference.Where(_ => random.Next(10) == 0).ToList())
            {
                Assert.True(dataset.Remove(quad));
                reference.Remove(quad);
            }

            var sample = reference.ElementAt(random.Next(reference.Count));
            var ids = new[] { Id(dataset, sample.Subject), Id(dataset, sample.Predicate), Id(dataset, sample.Object), sample.Graph is null ? 0 : Id(dataset, sample.Graph) };
            for (var mask = 0; mask < 16; mask++)
            {
                var pattern = Enumerable.Range(0, 4).Select(k => (mask & (1 << k)) != 0 ? ids[k] : Dataset.Any).ToArray();
                var expected = reference
                    .Select(q => new IdQuad(Id(dataset, q.Subject), Id(dataset, q.Predicate), Id(dataset, q.Object), q.Graph is null ? 0 : Id(dataset, q.Graph)))
                    .Where(q => (pattern[0] < 0 || q.Subject == pattern[0]) && (pattern[1] < 0 || q.Predicate == pattern[1])
                        && (pattern[2] < 0 || q.Object == pattern[2]) && (pattern[3] < 0 || q.Graph == pattern[3]))
                    .ToHashSet();

                var actual = dataset.MatchIds(pattern[0], pattern[1], pattern[2], pattern[3]).ToList();

                Assert.Equal(expected.Count, actual.Count);
                Assert.True(expected.SetEquals(actual), $"pattern mask {mask}");
                Assert.Equal(expected.Count, dataset.CountIds(pattern[0], pattern[1], pattern[2], pattern[3]));
            }
        }

        Assert.Equal(reference.Count, dataset.Count);
    }

    [Fact]
    public void Match_filters_by_graph_kind_and_decodes_terms()
    {
        var dataset = new Dataset();
        dataset.Add(new Quad(S, P, O, null));
        dataset.Add(new Quad(S, P, O, G));
        dataset.Add(new Quad(S, P, Literal.String("x"), new BlankNode("g2")));

        Assert.Equal([new Quad(S, P, O, null)], dataset.Match(graph: GraphFilter.Default));
        Assert.Equal(2, dataset.Match(graph: GraphFilter.AnyNamed).Count());
        Assert.Equal([new Quad(S, P, O, G)], dataset.Match(graph: GraphFilter.Named(G)));
        Assert.Equal(2, dataset.Match(S, P, O).Count());
        Assert.Empty(dataset.Match(Iri.Parse("http://example/unknown")));
        Assert.Equal(new Term[] { G, new BlankNode("g2") }.ToHashSet(), dataset.GraphNames.ToHashSet());
    }

    [Fact]
    public void A_bulk_load_larger_than_the_write_buffer_keeps_every_quad()
    {
        var dataset = new Dataset();
        for (var i = 0; i < 200_000; i++)
        {
            dataset.Add(new Triple(Iri.Parse($"http://example/s{i % 50_000}"), P, Literal.Integer(i)));
        }

        Assert.Equal(200_000, dataset.Count);
        Assert.Equal(4, dataset.CountIds(Id(dataset, Iri.Parse("http://example/s123")), Dataset.Any, Dataset.Any, Dataset.Any));
        Assert.True(dataset.Contains(new Quad(Iri.Parse("http://example/s49999"), P, Literal.Integer(199_999), null)));
        Assert.False(dataset.Add(new Triple(Iri.Parse("http://example/s7"), P, Literal.Integer(7))));
    }

    private static int Id(Dataset dataset, Term term) => dataset.Terms.TryGetId(term, out var id) ? id : throw new InvalidOperationException($"{term} has no id");
}
