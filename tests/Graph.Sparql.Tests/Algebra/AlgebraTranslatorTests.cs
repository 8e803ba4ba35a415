using Graph.Sparql.Algebra;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Algebra;

public sealed class AlgebraTranslatorTests
{
    private static AlgebraOperator Translate(string query) => AlgebraTranslator.Translate(SparqlQuery.Parse(query));

    private static AlgebraOperator Inner(AlgebraOperator op) => Assert.IsType<Project>(op).Inner;

    [Fact]
    public void The_filter_of_an_optional_group_becomes_the_left_join_condition()
    {
        var leftJoin = Assert.IsType<LeftJoin>(Inner(Translate("SELECT * { ?s <urn:p> ?o OPTIONAL { ?s <urn:q> ?x FILTER (?x > ?o) } }")));

        Assert.IsType<Bgp>(leftJoin.Right);
        Assert.IsType<BinaryExpression>(leftJoin.Condition);
    }

    [Fact]
    public void A_filter_in_a_group_nested_in_an_optional_stays_inside_it()
    {
        var leftJoin = Assert.IsType<LeftJoin>(Inner(Translate("SELECT * { ?s <urn:p> ?o OPTIONAL { { ?s <urn:q> ?x FILTER (?o = 1) } } }")));

        Assert.Null(leftJoin.Condition);
        Assert.IsType<Filter>(leftJoin.Right);
    }

    [Fact]
    public void Sequence_and_inverse_paths_become_triple_patterns_through_a_hidden_variable()
    {
        var bgp = Assert.IsType<Bgp>(Inner(Translate("SELECT * { ?s <urn:a>/^<urn:b> ?o }")));

        Assert.Equal(2, bgp.Patterns.Count);
        var middle = bgp.Patterns[0].Object.Variable!;
        Assert.True(PatternNode.IsHiddenVariable(middle));
        Assert.Equal(middle, bgp.Patterns[1].Object.Variable);
        Assert.Equal("o", bgp.Patterns[1].Subject.Variable);
    }

    [Fact]
    public void Aggregates_become_an_aggregate_join_whose_values_feed_the_projection()
    {
        var extend = Assert.IsType<Extend>(Inner(Translate("SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o } GROUP BY ?s")));
        var aggregateJoin = Assert.IsType<AggregateJoin>(extend.Inner);

        Assert.Equal("n", extend.Variable);
        Assert.Equal(Assert.Single(aggregateJoin.Aggregations).Variable, Assert.IsType<VariableExpression>(extend.Value).Name);
        Assert.Equal("s", Assert.IsType<VariableExpression>(Assert.Single(aggregateJoin.Group.Keys)).Name);
    }

    [Fact]
    public void The_optimizer_pushes_a_filter_into_the_join_side_that_binds_its_variables()
    {
        var optimized = Optimizer.Optimize(Inner(Translate("SELECT * { ?s <urn:p> ?o { SELECT ?t WHERE { ?t <urn:q> ?u } } FILTER (?o > 1) }")));

        var join = Assert.IsType<Join>(optimized);
        var filter = Assert.IsType<Filter>(join.Left);
        Assert.IsType<Bgp>(filter.Inner);
        Assert.IsType<ToMultiSet>(join.Right);
    }
}
