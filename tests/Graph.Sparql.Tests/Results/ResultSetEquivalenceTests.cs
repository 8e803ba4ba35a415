using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Results;

namespace Graph.Sparql.Tests.Results;

public class ResultSetEquivalenceTests
{
    private static readonly string[] Xy = ["x", "y"];

    private static SparqlResults Rows(params Term?[][] rows) =>
        SparqlResults.FromRows(Xy, rows.Select(r => new SparqlSolution(Xy, r)).ToList());

    private static BlankNode B(string label) => new(label);

    private static Literal S(string text) => Literal.String(text);

    [Fact]
    public void Row_order_does_not_count_unless_asked()
    {
        var a = Rows([S("1"), S("2")], [S("3"), null]);
        var b = Rows([S("3"), null], [S("1"), S("2")]);
        Assert.True(ResultSetEquivalence.AreEquivalent(a, b));
        Assert.False(ResultSetEquivalence.AreEquivalent(a, b, ordered: true));
    }

    [Fact]
    public void Duplicates_count()
    {
        Assert.False(ResultSetEquivalence.AreEquivalent(Rows([S("1"), null], [S("1"), null]), Rows([S("1"), null], [S("2"), null])));
    }

    [Fact]
    public void Blank_nodes_match_under_a_consistent_renaming()
    {
        var expected = Rows([B("a"), S("1")], [B("a"), S("2")], [B("b"), S("3")]);
        Assert.True(ResultSetEquivalence.AreEquivalent(expected, Rows([B("z"), S("2")], [B("y"), S("3")], [B("z"), S("1")])));

        // Two different nodes where the expected result has one, and one node where it has two.
        Assert.False(ResultSetEquivalence.AreEquivalent(expected, Rows([B("z"), S("1")], [B("w"), S("2")], [B("y"), S("3")])));
        Assert.False(ResultSetEquivalence.AreEquivalent(expected, Rows([B("z"), S("1")], [B("z"), S("2")], [B("z"), S("3")])));
    }

    [Fact]
    public void Blank_node_matching_backtracks_when_a_first_choice_fails()
    {
        var expected = Rows([B("a"), B("b")], [B("b"), B("c")]);
        Assert.True(ResultSetEquivalence.AreEquivalent(expected, Rows([B("2"), B("3")], [B("1"), B("2")])));
        Assert.False(ResultSetEquivalence.AreEquivalent(expected, Rows([B("1"), B("2")], [B("3"), B("4")])));
    }

    [Fact]
    public void Numbers_of_the_same_datatype_compare_by_value_and_language_tags_ignore_case()
    {
        var d = (string lexical) => Literal.Typed(lexical, Vocab.Xsd.Double);
        Assert.True(ResultSetEquivalence.AreEquivalent(Rows([d("1050"), Literal.LangString("a", "en-GB")]), Rows([d("1.05E3"), Literal.LangString("a", "en-gb")])));
        Assert.False(ResultSetEquivalence.AreEquivalent(Rows([d("1"), null]), Rows([Literal.Integer(1), null])));
        Assert.False(ResultSetEquivalence.AreEquivalent(Rows([S("1"), null]), Rows([Literal.Integer(1), null])));
    }

    [Fact]
    public void Variables_must_match_as_a_set_and_booleans_by_value()
    {
        var other = SparqlResults.FromRows(["x", "z"], []);
        var outcome = ResultSetEquivalence.Compare(Rows(), other);
        Assert.False(outcome.AreEquivalent);
        Assert.Contains("?z", outcome.Difference);
        Assert.True(ResultSetEquivalence.AreEquivalent(Rows(), SparqlResults.FromRows(["y", "x"], [])));
        Assert.True(ResultSetEquivalence.AreEquivalent(SparqlResults.FromBoolean(true), SparqlResults.FromBoolean(true)));
        Assert.False(ResultSetEquivalence.AreEquivalent(SparqlResults.FromBoolean(true), Rows()));
    }

    [Fact]
    public void A_difference_names_the_missing_row()
    {
        var outcome = ResultSetEquivalence.Compare(Rows([S("1"), S("2")]), Rows([S("1"), S("3")]));
        Assert.False(outcome.AreEquivalent);
        Assert.Contains("?y=\"2\"", outcome.Difference);
    }
}
