using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax.NTriples;

public sealed class NTriplesReaderTests
{
    private static readonly Iri S = Iri.Parse("http://example/s");
    private static readonly Iri P = Iri.Parse("http://example/p");
    private static readonly Iri O = Iri.Parse("http://example/o");

    [Fact]
    public void Reads_iris_blank_nodes_and_the_three_kinds_of_literal()
    {
        var quads = Read("""
            <http://example/s> <http://example/p> <http://example/o> .
            _:b1 <http://example/p> "plain" .
            _:b1 <http://example/p> "chat"@en-GB .
            <http://example/s> <http://example/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """);

        Assert.Equal(
            [
                new Quad(S, P, O, null),
                new Quad(new BlankNode("b1"), P, Literal.String("plain"), null),
                new Quad(new BlankNode("b1"), P, Literal.LangString("chat", "en-GB"), null),
                new Quad(S, P, Literal.Typed("42", Vocab.Xsd.Integer), null),
            ],
            quads);
    }

    [Fact]
    public void Decodes_every_string_escape_and_numeric_escapes_in_iris()
    {
        var quads = Read("<http://example/\\u0053> <http://example/p> \"t\\tb\\bn\\nr\\rf\\fq\\\"a\\'s\\\\ \\u00E9 \\U0001F984 \\uD83E\\uDD84\" .\n");

        var quad = Assert.Single(quads);
        Assert.Equal(Iri.Parse("http://example/S"), quad.Subject);
        Assert.Equal("t\tb\bn\nr\rf\fq\"a's\\ é 🦄 🦄", ((Literal)quad.Object).LexicalForm);
    }

    [Fact]
    public void Reads_rdf12_triple_terms_nested_and_without_spaces()
    {
        var quads = Read("<http://example/s><http://example/p><<(<http://example/s><http://example/p><<( _:x <http://example/p> \"o\" )>>)>>.");

        var inner = new TripleTerm(new Triple(new BlankNode("x"), P, Literal.String("o")));
        Assert.Equal(new Quad(S, P, new TripleTerm(new Triple(S, P, inner)), null), Assert.Single(quads));
    }

    [Fact]
    public void Reads_a_language_tag_with_a_base_direction()
    {
        var quad = Assert.Single(Read("<http://example/s> <http://example/p> \"salaam\"@ar--rtl ."));

        var literal = (Literal)quad.Object;
        Assert.Equal(("ar", "rtl"), (literal.Language, literal.Direction));
        Assert.Equal(Vocab.Rdf.DirLangString, literal.Datatype);
    }

    [Fact]
    public void Accepts_comments_blank_lines_crlf_lone_cr_tabs_and_a_missing_final_newline()
    {
        var quads = Read("# header\r\n\r\n\t<http://example/s>\t<http://example/p>  <http://example/o>  . # trailing\r<http://example/s> <http://example/p> \"x\" ^^ <http://example/o> .\n\nVERSION \"1.2\"\n_:a <http://example/p> _:b.");

        Assert.Equal(3, quads.Count);
        Assert.Equal(Literal.Typed("x", O), quads[1].Object);
        Assert.Equal(new BlankNode("b"), quads[2].Object);
    }

    [Fact]
    public void Statements_cut_across_many_small_reads_are_all_read()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<http://example/s{i}> <http://example/p> \"value {i} é\"@en .\n"));
        var sink = new CollectingSink();

        new NTriplesReader().Read(new TrickleReader(text, 7), sink);

        Assert.Equal(5000, sink.Quads.Count);
        Assert.Equal(Iri.Parse("http://example/s4999"), sink.Quads[4999].Subject);
        Assert.Equal("value 123 é", ((Literal)sink.Quads[123].Object).LexicalForm);
    }

    [Fact]
    public void A_line_longer_than_the_read_window_is_read_whole()
    {
        var big = new string('x', 300_000);
        var quads = Read($"<http://example/s> <http://example/p> \"{big}\" .\n<http://example/s> <http://example/p> <http://example/o> .\n");

        Assert.Equal(2, quads.Count);
        Assert.Equal(big, ((Literal)quads[0].Object).LexicalForm);
    }

    [Theory]
    [InlineData("<http://example/s> <http://example/p> <http://example/o> .\n<s> <http://example/p> <http://example/o> .", 2, 1, "relative IRI")]
    [InlineData("<http://example/s> <http://example/p> \"abc .", 1, 45, "unterminated string")]
    [InlineData("<http://example/s> <http://example/p> 1 .", 1, 39, "expected an object")]
    [InlineData("<http://example/ space> <http://example/p> <http://example/o> .", 1, 17, "not allowed in an IRI")]
    [InlineData("<http://example/s> <http://example/p> <http://example/o>, <http://example/o2> .", 1, 57, "expected '.'")]
    [InlineData("<http://example/s> <http://example/p> \"a\\zb\" .", 1, 41, "unknown escape")]
    [InlineData("<http://example/s> <http://example/p> \"a\"@en--LTR .", 1, 47, "'ltr' or 'rtl'")]
    [InlineData("<http://example/s> <http://example/p> \"a\"@cantbethislong .", 1, 43, "malformed language tag")]
    [InlineData("<http://example/s> <http://example/p> \"a\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .", 1, 44, "needs a language tag")]
    [InlineData("<http://example/s> <http://example/p> <http://example/o> . <http://example/s> <http://example/p> <http://example/o> .", 1, 60, "end of the line")]
    [InlineData("<<( <http://example/s> <http://example/p> <http://example/o> )>> <http://example/p> <http://example/o> .", 1, 1, "cannot be a subject")]
    [InlineData("<http://example/s> <http://example/p> << <http://example/s> <http://example/p> <http://example/o> >> .", 1, 39, "'<<('")]
    [InlineData("_::a <http://example/p> <http://example/o> .", 1, 3, "label")]
    [InlineData("<http://example/s> <http://example/p> \"\\uD800\" .", 1, 40, "not a Unicode scalar value")]
    [InlineData("@prefix : <http://example/> .", 1, 1, "expected a subject")]
    public void A_syntax_error_names_the_line_the_column_and_what_was_expected(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(text, "bad.nt"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"bad.nt:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Triple_terms_nested_too_deep_are_an_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("<<( <http://example/s> <http://example/p> ", 5000)) + "<http://example/o>" + string.Concat(Enumerable.Repeat(" )>>", 5000));

        var error = Assert.Throws<RdfSyntaxException>(() => Read($"<http://example/s> <http://example/p> {deep} ."));

        Assert.Contains("nested", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NQuads_reads_a_graph_name_and_refuses_a_fifth_term()
    {
        var sink = new CollectingSink();
        new NQuadsReader().Read(new StringReader("<http://example/s> <http://example/p> <http://example/o> <http://example/g> .\n_:s <http://example/p> \"o\" _:g .\n<http://example/s> <http://example/p> <http://example/o> .\n"), sink);

        Assert.Equal(Iri.Parse("http://example/g"), sink.Quads[0].Graph);
        Assert.Equal(new BlankNode("g"), sink.Quads[1].Graph);
        Assert.Null(sink.Quads[2].Graph);
        Assert.Throws<RdfSyntaxException>(() => new NQuadsReader().Read(
            new StringReader("<http://example/s> <http://example/p> <http://example/o> <http://example/g> <http://example/n> ."), new CollectingSink()));
    }

    [Fact]
    public void NTriples_refuses_a_graph_name()
    {
        Assert.Throws<RdfSyntaxException>(() => Read("<http://example/s> <http://example/p> <http://example/o> <http://example/g> ."));
    }

    [Fact]
    public void The_registry_creates_the_readers()
    {
        Assert.IsType<NTriplesReader>(RdfFormats.CreateReader(RdfFormat.NTriples));
        Assert.IsType<NQuadsReader>(RdfFormats.CreateReader(RdfFormat.NQuads));
    }

    private static List<Quad> Read(string text, string source = "test.nt")
    {
        var sink = new CollectingSink();
        new NTriplesReader().Read(new StringReader(text), sink, new RdfReaderOptions { SourceName = source });
        Assert.Equal((1, 1), (sink.Starts, sink.Ends));
        return sink.Quads;
    }
}

/// <summary>Collects what a reader pushes, and checks StartRdf/EndRdf come once each.</summary>
internal sealed class CollectingSink : IRdfSink
{
    public List<Quad> Quads { get; } = [];

    public int Starts { get; private set; }

    public int Ends { get; private set; }

    public void StartRdf() => Starts++;

    public void HandleQuad(in Quad quad) => Quads.Add(quad);

    public void EndRdf() => Ends++;
}

/// <summary>A reader that hands out at most a few characters per read, to cut statements at every place.</summary>
internal sealed class TrickleReader(string text, int chunk) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }
}
