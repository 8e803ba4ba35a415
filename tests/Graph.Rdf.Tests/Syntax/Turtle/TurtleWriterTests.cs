using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Syntax.Turtle;
using Graph.Rdf.Tests.Syntax.NTriples;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.Turtle;

public sealed class TurtleWriterTests
{
    private static readonly PrefixMap Prefixes = new([("ex", "http://example.org/"), ("schema", "https://schema.org/"), ("xsd", Vocab.Xsd.Namespace), ("unused", "http://unused.example/")]);
    private static readonly Iri Alice = Iri.Parse("http://example.org/alice");
    private static readonly Iri Bob = Iri.Parse("http://example.org/bob");
    private static readonly Iri Name = Iri.Parse("https://schema.org/name");
    private static readonly Iri Knows = Iri.Parse("https://schema.org/knows");

    [Fact]
    public void Groups_by_subject_with_prefixes_in_use_a_for_type_and_bare_numbers()
    {
        var text = Write(
            new Triple(Bob, Name, Literal.String("Bob")),
            new Triple(Alice, Knows, Bob),
            new Triple(Alice, Name, Literal.LangString("Alice", "EN")),
            new Triple(Alice, Name, Literal.String("Alice")),
            new Triple(Alice, Vocab.Rdf.Type, Iri.Parse("https://schema.org/Person")),
            new Triple(Alice, Iri.Parse("http://example.org/age"), Literal.Integer(42)),
            new Triple(Alice, Iri.Parse("http://example.org/height"), Literal.Typed("1.70", Vocab.Xsd.Decimal)),
            new Triple(Alice, Iri.Parse("http://example.org/mass"), Literal.Typed("6.1E1", Vocab.Xsd.Double)),
            new Triple(Alice, Iri.Parse("http://example.org/odd"), Literal.Typed("1.", Vocab.Xsd.Decimal)),
            new Triple(Alice, Iri.Parse("http://example.org/ok"), Literal.Boolean(true)),
            new Triple(Alice, Iri.Parse("http://example.org/born"), Literal.Date(new DateOnly(1990, 5, 1))));

        Assert.Equal(
            """
            @prefix ex: <http://example.org/> .
            @prefix schema: <https://schema.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

            ex:alice a schema:Person ;
                ex:age 42 ;
                ex:born "1990-05-01"^^xsd:date ;
                ex:height 1.70 ;
                ex:mass 6.1E1 ;
                ex:odd "1."^^xsd:decimal ;
                ex:ok true ;
                schema:knows ex:bob ;
                schema:name "Alice"@en, "Alice" .

            ex:bob schema:name "Bob" .

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_blank_node_used_once_is_written_in_place_and_a_list_as_parentheses()
    {
        var address = new BlankNode("address");
        var list = new[] { new BlankNode("l1"), new BlankNode("l2") };
        var text = Write(
            new Triple(Alice, Iri.Parse("http://example.org/address"), address),
            new Triple(address, Iri.Parse("http://example.org/city"), Literal.String("Paris")),
            new Triple(address, Iri.Parse("http://example.org/geo"), new BlankNode("empty")),
            new Triple(Alice, Iri.Parse("http://example.org/list"), list[0]),
            new Triple(list[0], Vocab.Rdf.First, Literal.Integer(1)),
            new Triple(list[0], Vocab.Rdf.Rest, list[1]),
            new Triple(list[1], Vocab.Rdf.First, Bob),
            new Triple(list[1], Vocab.Rdf.Rest, Vocab.Rdf.Nil));

        Assert.Equal(
            """
            @prefix ex: <http://example.org/> .

            ex:alice ex:address [
                    ex:city "Paris" ;
                    ex:geo []
                ] ;
                ex:list ( 1 ex:bob ) .

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Shared_blank_nodes_and_cycles_get_labels_and_read_back_the_same()
    {
        var shared = new BlankNode("shared");
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        var p = Iri.Parse("http://example.org/p");
        Triple[] triples =
        [
            new(Alice, p, shared), new(Bob, p, shared), new(shared, p, Literal.String("x")),
            new(a, p, b), new(b, p, a),
            new(new BlankNode("self"), p, new BlankNode("self")),
            new(new BlankNode("lonely"), p, Literal.String("y")),
            new(Alice, p, new TripleTerm(new Triple(shared, p, Literal.String("quoted")))),
        ];

        var text = Write(triples);

        Assert.Contains("[] ex:p \"y\" .", text, StringComparison.Ordinal);
        AssertReadsBack(triples, text);
    }

    [Fact]
    public void A_list_that_is_not_well_formed_is_written_with_rdf_first_and_rest()
    {
        var node = new BlankNode("n");
        Triple[] triples =
        [
            new(Alice, Iri.Parse("http://example.org/list"), node),
            new(node, Vocab.Rdf.First, Literal.Integer(1)),
            new(node, Vocab.Rdf.First, Literal.Integer(2)),
            new(node, Vocab.Rdf.Rest, Vocab.Rdf.Nil),
        ];

        var text = Write(triples);

        Assert.DoesNotContain("(", text, StringComparison.Ordinal);
        AssertReadsBack(triples, text);
    }

    [Fact]
    public void Long_strings_are_used_for_text_with_line_breaks_and_escape_what_they_must()
    {
        var value = "line one\nsaid \"hi\"\"\" \\ \r\t end\"";
        var text = Write(new Triple(Alice, Name, Literal.String(value)));

        Assert.Contains("\"\"\"line one\nsaid \\\"hi\\\"\\\"\\\" \\\\ \\r\t end\\\"\"\"\"", text, StringComparison.Ordinal);
        AssertReadsBack([new Triple(Alice, Name, Literal.String(value))], text);
    }

    [Fact]
    public void Iris_whose_local_part_is_not_a_plain_name_are_written_in_full()
    {
        var odd = new[] { "http://example.org/a b", "http://example.org/x.", "http://example.org/q?x=1", "http://example.org/-x", "http://example.org/a%20b", "http://example.org/" };
        var triples = odd.Where(v => !v.Contains(' ', StringComparison.Ordinal)).Select(v => new Triple(Alice, Name, Iri.Parse(v))).ToArray();

        var text = Write(triples);

        Assert.Contains("<http://example.org/x.>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/q?x=1>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/-x>", text, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/a%20b>", text, StringComparison.Ordinal);
        Assert.Contains(" ex: ", text + " ", StringComparison.Ordinal);
        Assert.Throws<RdfWriteException>(() => Write(new Triple(Alice, Name, Iri.FromTrusted(odd[0]))));
    }

    [Fact]
    public void The_same_graph_in_any_order_gives_the_same_bytes()
    {
        var random = new Random(3);
        var triples = Enumerable.Range(0, 200).Select(i => new Triple(
            Iri.Parse($"http://example.org/s{random.Next(20)}"),
            Iri.Parse($"http://example.org/p{random.Next(5)}"),
            random.Next(3) == 0 ? Literal.Integer(random.Next(50)) : Iri.Parse($"http://example.org/o{random.Next(30)}"))).ToArray();

        var shuffled = triples.OrderBy(_ => random.Next()).ToArray();

        Assert.Equal(Write(triples), Write(shuffled));
    }

    [Fact]
    public void An_unwritable_term_is_refused_before_anything_is_written()
    {
        var output = new StringWriter();
        var writer = new TurtleWriter(output, new RdfWriterOptions { Prefixes = Prefixes });
        writer.HandleTriple(new Triple(Alice, Name, Literal.String("fine")));
        writer.HandleTriple(new Triple(Bob, Name, Literal.String("lone \uD800")));

        Assert.Throws<RdfWriteException>(writer.EndRdf);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Throws<RdfWriteException>(() => new TurtleWriter(new StringWriter()).HandleQuad(new Quad(Alice, Name, Bob, Bob)));
    }

    [Fact]
    public void TriG_writes_the_default_graph_then_each_named_graph_in_braces()
    {
        var output = new StringWriter();
        var writer = new TriGWriter(output, new RdfWriterOptions { Prefixes = Prefixes });
        writer.HandleQuad(new Quad(Alice, Name, Literal.String("in g"), Iri.Parse("http://example.org/g")));
        writer.HandleQuad(new Quad(Alice, Name, Literal.String("default"), null));
        writer.HandleQuad(new Quad(Bob, Knows, new BlankNode("x"), new BlankNode("g2")));
        writer.HandleQuad(new Quad(new BlankNode("x"), Name, Literal.String("X"), new BlankNode("g2")));
        writer.EndRdf();

        Assert.Equal(
            """
            @prefix ex: <http://example.org/> .
            @prefix schema: <https://schema.org/> .

            ex:alice schema:name "default" .

            ex:g {
                ex:alice schema:name "in g" .
            }

            _:b0 {
                ex:bob schema:knows [
                        schema:name "X"
                    ] .
            }

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    [Fact]
    public void The_registry_creates_the_writers()
    {
        Assert.IsType<TurtleWriter>(RdfFormats.CreateWriter(RdfFormat.Turtle, new StringWriter()));
        Assert.IsType<TriGWriter>(RdfFormats.CreateWriter(RdfFormat.TriG, new StringWriter()));
    }

    private static string Write(params Triple[] triples)
    {
        var output = new StringWriter();
        var writer = new TurtleWriter(output, new RdfWriterOptions { Prefixes = Prefixes });
        foreach (var triple in triples)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
        return output.ToString();
    }

    private static void AssertReadsBack(IReadOnlyCollection<Triple> expected, string turtle)
    {
        var sink = new CollectingSink();
        new TurtleReader().Read(new StringReader(turtle), sink);
        var actual = sink.Quads.Select(q => q.Triple).ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), GraphIsomorphism.Difference(expected, actual) + "\n" + turtle);
    }
}
