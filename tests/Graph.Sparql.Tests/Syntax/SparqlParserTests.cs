using Graph.Rdf;
using Graph.Sparql.Algebra;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Syntax;

public sealed class SparqlParserTests
{
    [Fact]
    public void A_select_query_gives_its_projection_prefixes_and_modifiers()
    {
        var query = SparqlQuery.Parse("""
            PREFIX ex: <http://example.org/>
            SELECT DISTINCT ?s (STRLEN(?o) AS ?n) WHERE { ?s ex:p ?o } ORDER BY DESC(?n) LIMIT 5 OFFSET 2
            """);

        Assert.Equal(QueryForm.Select, query.Form);
        Assert.True(query.Distinct);
        Assert.Equal(["s", "n"], query.Projection.Select(p => p.Variable));
        Assert.IsType<FunctionCallExpression>(query.Projection[1].Value);
        Assert.Equal(5, query.Limit);
        Assert.Equal(2, query.Offset);
        Assert.True(query.OrderBy[0].Descending);
        var triples = Assert.IsType<TriplesElement>(Assert.Single(query.Where!.Elements));
        var triple = Assert.IsType<TriplePattern>(Assert.Single(triples.Triples));
        Assert.Equal(Iri.Parse("http://example.org/p"), triple.Predicate.Term);
    }

    [Fact]
    public void Semicolons_commas_and_blank_node_property_lists_expand_to_triples()
    {
        var query = SparqlQuery.Parse("SELECT * { ?s <urn:p> 1, 2 ; <urn:q> [ <urn:r> \"x\"@en ] }");

        var triples = Assert.IsType<TriplesElement>(Assert.Single(query.Where!.Elements)).Triples.Cast<TriplePattern>().ToList();
        Assert.Equal(4, triples.Count);
        Assert.Equal(Literal.Typed("1", Rdf.Vocabularies.Vocab.Xsd.Integer), triples[0].Object.Term);
        Assert.Contains(triples, t => t.Object.Term == Literal.LangString("x", "en"));
    }

    [Fact]
    public void A_collection_becomes_an_rdf_list()
    {
        var query = SparqlQuery.Parse("ASK { <urn:s> <urn:p> (1 2) }");

        var triples = Assert.IsType<TriplesElement>(Assert.Single(query.Where!.Elements)).Triples.Cast<TriplePattern>().ToList();
        Assert.Equal(5, triples.Count);
        Assert.Contains(triples, t => t.Object.Term == Rdf.Vocabularies.Vocab.Rdf.Nil);
    }

    [Fact]
    public void Property_paths_keep_their_operators()
    {
        var query = SparqlQuery.Parse("SELECT * { ?s (<urn:a>|^<urn:b>)/<urn:c>* ?o . ?s !(<urn:d>|^<urn:e>) ?x . ?s <urn:f>+ ?y }");

        var items = Assert.IsType<TriplesElement>(Assert.Single(query.Where!.Elements)).Triples;
        var path = Assert.IsType<PathPattern>(items[0]).Path;
        var sequence = Assert.IsType<SequencePath>(path);
        Assert.IsType<AlternativePath>(sequence.First);
        Assert.IsType<ZeroOrMorePath>(sequence.Second);
        var negated = Assert.IsType<NegatedPropertySet>(Assert.IsType<PathPattern>(items[1]).Path);
        Assert.Single(negated.Forward);
        Assert.Single(negated.Inverse);
        Assert.IsType<OneOrMorePath>(Assert.IsType<PathPattern>(items[2]).Path);
    }

    [Fact]
    public void Group_patterns_keep_optional_union_minus_graph_bind_values_and_filters()
    {
        var query = SparqlQuery.Parse("""
            SELECT * {
              ?s ?p ?o
              OPTIONAL { ?s <urn:a> ?a }
              { ?s <urn:b> ?b } UNION { ?s <urn:c> ?c }
              MINUS { ?s <urn:d> ?d }
              GRAPH ?g { ?s <urn:e> ?e }
              BIND (?o AS ?copy)
              VALUES (?v ?w) { (1 UNDEF) (UNDEF 2) }
              FILTER NOT EXISTS { ?s <urn:f> ?f }
              { SELECT ?s WHERE { ?s <urn:g> ?x } }
            }
            """);

        Assert.Collection(
            query.Where!.Elements,
            e => Assert.IsType<TriplesElement>(e),
            e => Assert.IsType<OptionalElement>(e),
            e => Assert.Equal(2, Assert.IsType<UnionElement>(e).Alternatives.Count),
            e => Assert.IsType<MinusElement>(e),
            e => Assert.True(Assert.IsType<GraphElement>(e).Graph.IsVariable),
            e => Assert.Equal("copy", Assert.IsType<BindElement>(e).Variable),
            e => Assert.Equal(2, Assert.IsType<ValuesElement>(e).Data.Rows.Count),
            e => Assert.True(Assert.IsType<ExistsExpression>(Assert.IsType<FilterElement>(e).Condition).Negated),
            e => Assert.IsType<UnionElement>(e));
    }

    [Fact]
    public void Expressions_follow_operator_precedence()
    {
        var query = SparqlQuery.Parse("SELECT * { ?s ?p ?o FILTER (?o + 2 * 3 > 4 || !BOUND(?s) && ?o IN (1, 2)) }");

        var filter = Assert.IsType<FilterElement>(query.Where!.Elements[1]).Condition;
        var or = Assert.IsType<BinaryExpression>(filter);
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var greater = Assert.IsType<BinaryExpression>(or.Left);
        Assert.Equal(BinaryOperator.Greater, greater.Operator);
        var sum = Assert.IsType<BinaryExpression>(greater.Left);
        Assert.Equal(BinaryOperator.Add, sum.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(sum.Right).Operator);
        var and = Assert.IsType<BinaryExpression>(or.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        Assert.IsType<InExpression>(and.Right);
    }

    [Fact]
    public void Aggregates_parse_with_distinct_and_separator()
    {
        var query = SparqlQuery.Parse("SELECT ?g (COUNT(DISTINCT *) AS ?n) (GROUP_CONCAT(?o; SEPARATOR=\", \") AS ?all) { ?g ?p ?o } GROUP BY ?g HAVING (COUNT(*) > 1)");

        var count = Assert.IsType<AggregateExpression>(query.Projection[1].Value);
        Assert.True(count.Distinct);
        Assert.Null(count.Argument);
        Assert.Equal(", ", Assert.IsType<AggregateExpression>(query.Projection[2].Value).Separator);
        Assert.Single(query.Having);
    }

    [Fact]
    public void Construct_ask_and_describe_forms_parse()
    {
        Assert.Equal(2, SparqlQuery.Parse("CONSTRUCT { ?s <urn:p> _:b . _:b <urn:q> ?o } WHERE { ?s ?p ?o }").Template.Count);
        Assert.Single(SparqlQuery.Parse("CONSTRUCT WHERE { ?s <urn:p> ?o }").Template);
        Assert.Equal(QueryForm.Ask, SparqlQuery.Parse("ASK { ?s ?p ?o }").Form);
        Assert.Equal(2, SparqlQuery.Parse("DESCRIBE <urn:a> ?x WHERE { ?x ?p ?o }").DescribeTargets.Count);
        Assert.Null(SparqlQuery.Parse("DESCRIBE <urn:a>").Where);
    }

    [Fact]
    public void From_and_from_named_are_kept_and_relative_iris_use_the_base()
    {
        var query = SparqlQuery.Parse("BASE <http://example.org/dir/> SELECT * FROM <g1> FROM NAMED <g2> { ?s ?p ?o }");

        Assert.Equal(Iri.Parse("http://example.org/dir/g1"), Assert.Single(query.From));
        Assert.Equal(Iri.Parse("http://example.org/dir/g2"), Assert.Single(query.FromNamed));
    }

    [Theory]
    [InlineData("SELECT * WHERE { ?s ?p }", 1, 24)]
    [InlineData("SELECT *\nWHERE {\n  ?s ?p ?o .\n  FILTER (?o > ) }", 4, 16)]
    [InlineData("SELECT ?x WHERE { ?x ex:p ?o }", 1, 22)]
    [InlineData("SELECT * WHERE { ?s ?p \"open }", 1, 24)]
    public void Syntax_errors_name_line_and_column(string text, int line, int column)
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY ?s")]
    [InlineData("SELECT ?o (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s")]
    [InlineData("SELECT * { ?s ?p ?o BIND (1 AS ?o) }")]
    [InlineData("SELECT (1 AS ?s) { ?s ?p ?o }")]
    [InlineData("SELECT * { ?s ?p ?o FILTER (COUNT(?s) > 1) }")]
    [InlineData("SELECT (SUM(COUNT(?s)) AS ?n) { ?s ?p ?o }")]
    [InlineData("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }")]
    [InlineData("SELECT * { VALUES (?a ?b) { (1) } }")]
    public void Queries_breaking_the_scope_and_grouping_rules_are_rejected(string text)
    {
        Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(text));
    }
}
