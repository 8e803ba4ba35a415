using Graph.Rdf.Datasets;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Datasets;

public sealed class TermDictionaryTests
{
    public static TheoryData<int> TermIndexes() => [.. Enumerable.Range(0, Samples().Length)];

    private static Term[] Samples() =>
    [
        Iri.Parse("http://example/a"),
        Iri.Parse("http://example/é🦄?q=1#f"),
        new BlankNode("a"),
        Literal.String("http://example/a"),
        Literal.String(string.Empty),
        Literal.String("lone \uD800 surrogate"),
        Literal.String("bad pair \uDC00\uD800"),
        Literal.LangString("chat", "fr"),
        Literal.LangString("salaam", "ar", "rtl"),
        Literal.Typed("42", Vocab.Xsd.Integer),
        Literal.Typed("42", Iri.Parse("http://example/a")),
        Literal.Typed(new string('x', 5000), Vocab.Xsd.String),
        new TripleTerm(new Triple(new BlankNode("a"), Vocab.Rdf.Type, new TripleTerm(new Triple(Iri.Parse("http://example/a"), Vocab.Rdf.Type, Literal.String("x"))))),
    ];

    [Theory]
    [MemberData(nameof(TermIndexes))]
    public void Every_kind_of_term_comes_back_equal_from_its_id(int index)
    {
        var dictionary = new TermDictionary();
        foreach (var other in Samples())
        {
            dictionary.GetOrAdd(other);
        }

        var term = Samples()[index];
        var id = dictionary.GetOrAdd(term);

        Assert.Equal(term, dictionary[id]);
        Assert.True(dictionary.TryGetId(term, out var found));
        Assert.Equal(id, found);
    }

    [Fact]
    public void Distinct_terms_get_distinct_dense_ids_and_equal_terms_the_same_id()
    {
        var dictionary = new TermDictionary();
        var ids = Samples().Select(dictionary.GetOrAdd).ToList();
        var again = Samples().Select(dictionary.GetOrAdd).ToList();

        Assert.Equal(ids, again);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(id, 1, dictionary.Count));
        Assert.Equal(dictionary.GetOrAdd(Literal.LangString("chat", "FR")), dictionary.GetOrAdd(Literal.LangString("chat", "fr")));
    }

    [Fact]
    public void Unknown_terms_have_no_id_and_are_not_added_by_lookup()
    {
        var dictionary = new TermDictionary();
        dictionary.GetOrAdd(Iri.Parse("http://example/a"));

        Assert.False(dictionary.TryGetId(Iri.Parse("http://example/b"), out _));
        Assert.False(dictionary.TryGetId(Literal.Typed("1", Iri.Parse("http://example/unknown-type")), out _));
        Assert.False(dictionary.TryGetId(new TripleTerm(new Triple(Iri.Parse("http://example/a"), Vocab.Rdf.Type, Literal.String("new"))), out _));
        Assert.Equal(1, dictionary.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => dictionary[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => dictionary[2]);
    }

    [Fact]
    public void Many_terms_survive_table_growth()
    {
        var dictionary = new TermDictionary();
        for (var i = 0; i < 100_000; i++)
        {
            // The datatype xsd:integer is stored first, as id 1.
            Assert.Equal(i + 2, dictionary.GetOrAdd(Literal.Integer(i)));
        }

        Assert.Equal(100_001, dictionary.Count);

        for (var i = 0; i < 100_000; i += 997)
        {
            Assert.True(dictionary.TryGetId(Literal.Integer(i), out var id));
            Assert.Equal(Literal.Integer(i), dictionary[id]);
        }
    }
}
