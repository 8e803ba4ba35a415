using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.Turtle;
using Graph.Rdf.Tests.Conformance;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.Turtle;

public sealed class TurtleReaderTests
{
    private const string Ex = "http://example.org/";
    private static readonly Iri A = Iri.Parse(Ex + "a");
    private static readonly Iri B = Iri.Parse(Ex + "b");
    private static readonly Iri P = Iri.Parse(Ex + "p");
    private static readonly Iri Q = Iri.Parse(Ex + "q");

    private const string Rich = """""
        @prefix ex: <http://example.org/> .
        @base <http://example.org/base/> .
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        ex:a ex:p <rel> , "plain" , 'single' , "tag"@en-GB , "dir"@ar--rtl , "typed"^^xsd:token ;
             ex:q 12 , -3.5 , 1.0e3 , true , false , """long
        "string" ""quoted\"""" ;
             ex:r [ ex:s ( 1 [ ex:t "in list" ] () ) ] .
        _:x ex:p ex:local\.name\-with%41escapes .
        ex:a ex:p ex:b ~ ex:r1 {| ex:source ex:news |} .
        << ex:a ex:p "reified" >> ex:q <<( _:x ex:p ex:b )>> .
        """"";

    [Fact]
    public void Every_kind_of_term_is_read_as_the_grammar_says()
    {
        var triples = Read(Rich);

        Assert.Contains(new Triple(A, P, Iri.Parse(Ex + "base/rel")), triples);
        Assert.Contains(new Triple(A, P, Literal.String("single")), triples);
        Assert.Contains(new Triple(A, P, Literal.LangString("tag", "en-GB")), triples);
        Assert.Contains(new Triple(A, P, Literal.LangString("dir", "ar", "rtl")), triples);
        Assert.Contains(new Triple(A, P, Literal.Typed("typed", Iri.Parse("http://www.w3.org/2001/XMLSchema#token"))), triples);
        Assert.Contains(new Triple(A, Q, Literal.Typed("-3.5", Vocab.Xsd.Decimal)), triples);
        Assert.Contains(new Triple(A, Q, Literal.Typed("1.0e3", Vocab.Xsd.Double)), triples);
        Assert.Contains(new Triple(A, Q, Literal.Boolean(false)), triples);
        Assert.Contains(new Triple(A, Q, Literal.String("long\n\"string\" \"\"quoted\"")), triples);
        Assert.Contains(triples, t => t.Object == Iri.Parse(Ex + "local.name-with%41escapes"));
        Assert.Contains(new Triple(A, P, B), triples);
        Assert.Contains(new Triple(Iri.Parse(Ex + "r1"), Vocab.Rdf.Reifies, new TripleTerm(new Triple(A, P, B))), triples);
        Assert.Contains(new Triple(Iri.Parse(Ex + "r1"), Iri.Parse(Ex + "source"), Iri.Parse(Ex + "news")), triples);
        Assert.Contains(triples, t => t.Predicate == Vocab.Rdf.Reifies && t.Object == new TripleTerm(new Triple(A, P, Literal.String("reified"))));
        Assert.Contains(triples, t => t.Predicate == Q && t.Object is TripleTerm { Triple.Subject: BlankNode });
        Assert.Equal(3, triples.Count(t => t.Predicate == Vocab.Rdf.First));
    }

    [Fact]
    public void The_blank_node_of_a_reifier_and_its_triple_term_are_the_same_label_in_one_document()
    {
        var triples = Read("_:x <http://example.org/p> <<( _:x <http://example.org/q> _:x )>> .");

        var subject = triples[0].Subject;
        var inner = ((TripleTerm)triples[0].Object).Triple;
        Assert.Equal(subject, inner.Subject);
        Assert.Equal(subject, inner.Object);
    }

    [Fact]
    public void Reading_one_character_at_a_time_gives_the_same_graph_as_reading_at_once()
    {
        // Every token crosses a buffer boundary, which exercises the refill of the window.
        var whole = Read(Rich);
        var trickled = Read(new TrickleReader(Rich));

        Assert.Null(GraphIsomorphism.Difference(whole, trickled));
    }

    [Fact]
    public void Long_tokens_larger_than_the_buffer_are_read_whole()
    {
        var longText = new string('x', 200_000) + "\\n" + new string('y', 100_000);
        var longIri = Ex + new string('i', 150_000);
        var triples = Read($"<{longIri}> <http://example.org/p> \"{longText}\" .");

        Assert.Equal(Iri.Parse(longIri), triples[0].Subject);
        Assert.Equal(new string('x', 200_000) + "\n" + new string('y', 100_000), ((Literal)triples[0].Object).LexicalForm);
    }

    [Theory]
    [InlineData("ex:a ex:p ex:b", 1, 15, "expected '.'")]
    [InlineData("ex:a ex:p\n   ;", 2, 4, "expected an object")]
    [InlineData("ex:a nope:p ex:b .", 1, 6, "the prefix 'nope:' is not declared")]
    [InlineData("ex:a ex:p \"x\"@en--up .", 1, 14, "base direction 'up'")]
    [InlineData("ex:a ex:p <no space> .", 1, 14, "not allowed in an IRI")]
    [InlineData("<< ex:a ex:p ex:b >\n", 1, 19, "'>'")]
    [InlineData("ex:a ex:p \"\\uD800\" .", 1, 12, "surrogate")]
    [InlineData("<<( ex:a ex:p ex:b )>> ex:p ex:c .", 1, 1, "cannot be a subject")]
    public void A_syntax_error_names_the_line_the_column_and_what_was_expected(string body, int line, int column, string message)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("@prefix ex: <http://example.org/> .\n" + body, "doc.ttl"));

        Assert.Equal("doc.ttl", error.SourceName);
        Assert.Equal(line + 1, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ex:p ", " ]")]
    [InlineData("( ", " )")]
    [InlineData("<< ex:a ex:p ", " >>")]
    [InlineData("<<( ex:a ex:p ", " )>>")]
    public void Deep_nesting_is_refused_with_an_error_not_a_stack_overflow(string open, string close)
    {
        var depth = 100_000;
        var text = "ex:a ex:p " + string.Concat(Enumerable.Repeat(open, depth)) + "ex:b" + string.Concat(Enumerable.Repeat(close, depth)) + " .";

        var error = Assert.Throws<RdfSyntaxException>(() => Read("@prefix ex: <http://example.org/> .\n" + text));

        Assert.Contains("nesting deeper than", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        var depth = TurtleParser.MaxNestingDepth - 1;
        var text = "<http://example.org/a> <http://example.org/p> " + new string('(', depth) + "1" + new string(')', depth) + " .";

        Assert.Equal(1 + (2 * depth), Read(text).Count);
    }

    [Fact]
    public void A_relative_iri_without_a_base_is_an_error()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => new TurtleReader().Read(new StringReader("<a> <b> <c> ."), new QuadCollector()));

        Assert.Contains("no base IRI", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefixes_and_base_are_passed_to_the_sink()
    {
        var sink = new RecordingSink();
        new TurtleReader().Read(new StringReader("@prefix ex: <http://example.org/> . BASE <http://example.org/b/> ex:a ex:p <c> ."), sink);

        Assert.Equal([("ex", Ex)], sink.Prefixes);
        Assert.Equal([Iri.Parse(Ex + "b/")], sink.Bases);
        Assert.Equal(1, sink.Triples);
        Assert.True(sink.Ended);
    }

    [Fact]
    public void Trig_puts_triples_in_their_graphs()
    {
        var collector = new QuadCollector();
        new TriGReader().Read(
            new StringReader("""
                PREFIX ex: <http://example.org/>
                ex:a ex:p ex:b .
                GRAPH ex:g { ex:a ex:p "in g" . ex:a ex:q 1 }
                _:h { ex:a ex:p "in h" }
                { ex:a ex:q 2 }
                """),
            collector);

        var quads = collector.Quads;
        Assert.Equal(5, quads.Count);
        Assert.Equal(2, quads.Count(q => q.Graph == Iri.Parse(Ex + "g")));
        Assert.Single(quads, q => q.Graph is BlankNode);
        Assert.Equal(2, quads.Count(q => q.Graph is null));
    }

    [Fact]
    public void Trig_refuses_a_graph_inside_a_graph()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => new TriGReader().Read(
            new StringReader("<http://example.org/g> { <http://example.org/h> { } }"), new QuadCollector()));

        Assert.Equal(1, error.Line);
        Assert.Equal(49, error.Column);
    }

    [Fact]
    public void With_an_error_handler_every_error_is_reported_and_reading_goes_on()
    {
        var errors = new List<RdfSyntaxException>();
        var collector = new QuadCollector();
        new TurtleReader().Read(
            new StringReader("""
                @prefix ex: <http://example.org/> .
                ex:a ex:p ex:b .
                ex:a ex:p .
                ex:a ex:p "ok" .
                ex:a ex:p "broken
                ex:a ex:p ex:c ;
                     ex:q ex:d .
                ex:a ex:p ex:e ; ex:q
                     ex:r .
                ex:a ex:p ? .
                ex:z ex:p ex:last .
                """),
            collector,
            new RdfReaderOptions { OnSyntaxError = errors.Add });

        // Line 3 lacks an object, line 5 breaks a string (lines 6 and 7 end that statement), line 10 has a '?'.
        Assert.Equal([3, 5, 10], errors.Select(e => e.Line));
        Assert.Contains(new Triple(A, Q, Iri.Parse(Ex + "r")), collector.Quads.Select(q => q.Triple));
        Assert.Contains(new Triple(Iri.Parse(Ex + "z"), P, Iri.Parse(Ex + "last")), collector.Quads.Select(q => q.Triple));
        Assert.Contains(new Triple(A, P, Literal.String("ok")), collector.Quads.Select(q => q.Triple));
    }

    [Fact]
    public void Trig_resumes_inside_the_graph_where_the_error_was()
    {
        var errors = new List<RdfSyntaxException>();
        var collector = new QuadCollector();
        new TriGReader().Read(
            new StringReader("""
                PREFIX ex: <http://example.org/>
                ex:g {
                  ex:a ex:p .
                  ex:a ex:q ex:b .
                }
                ex:a ex:p ex:b .
                """),
            collector,
            new RdfReaderOptions { OnSyntaxError = errors.Add });

        Assert.Equal(3, Assert.Single(errors).Line);
        Assert.Contains(new Quad(A, Q, B, Iri.Parse(Ex + "g")), collector.Quads);
        Assert.Contains(new Quad(A, P, B, null), collector.Quads);
    }

    [Fact]
    public void Without_an_error_handler_the_first_error_is_thrown()
    {
        Assert.Throws<RdfSyntaxException>(() => Read("<http://example.org/a> <http://example.org/p> .\n<http://example.org/a> <http://example.org/p> <http://example.org/b> ."));
    }

    private static List<Triple> Read(string text, string sourceName = "<input>") => Read(new StringReader(text), sourceName);

    private static List<Triple> Read(TextReader reader, string sourceName = "<input>")
    {
        var collector = new QuadCollector();
        new TurtleReader().Read(reader, collector, new RdfReaderOptions { SourceName = sourceName, BaseIri = Iri.Parse("http://example.org/doc") });
        return collector.Quads.Select(q => q.Triple).ToList();
    }

    /// <summary>Gives its text one character per read.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }
    }

    private sealed class RecordingSink : IRdfSink
    {
        public List<(string, string)> Prefixes { get; } = [];

        public List<Iri> Bases { get; } = [];

        public int Triples { get; private set; }

        public bool Ended { get; private set; }

        public void HandlePrefix(string prefix, Iri ns) => Prefixes.Add((prefix, ns.Value));

        public void HandleBase(Iri baseIri) => Bases.Add(baseIri);

        public void HandleQuad(in Quad quad) => Triples++;

        public void EndRdf() => Ended = true;
    }
}
