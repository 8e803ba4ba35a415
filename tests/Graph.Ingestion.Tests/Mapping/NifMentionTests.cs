using Graph.Extraction.Model;
using Graph.Ingestion.Mapping;
using Graph.Rdf;
using static Graph.Ingestion.Tests.Mapping.Iris;

namespace Graph.Ingestion.Tests.Mapping;

public sealed class NifMentionTests
{
    private const string Article = Resource + "article/oslo-talks";

    private readonly Rdf.Datasets.Dataset _graph = Mapped.Map(SampleGraphs.Oslo(), new MappingOptions { IncludeMentions = true });

    private static Literal Index(int value) => Literal.Typed(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Of(Xsd + "nonNegativeInteger"));

    [Fact]
    public void The_context_holds_the_whole_text()
    {
        var length = SampleGraphs.OsloText.Length;
        var context = Article + "#char=0," + length;

        Assert.Contains(Nif + "Context", _graph.TypesOf(context));
        Assert.Equal(SampleGraphs.OsloText, _graph.SingleLiteral(context, Nif + "isString").LexicalForm);
        Assert.Equal([Index(0)], _graph.Objects(context, Nif + "beginIndex"));
        Assert.Equal([Index(length)], _graph.Objects(context, Nif + "endIndex"));
        Assert.Equal([Of("https://news.example/oslo-talks")], _graph.Objects(context, Nif + "sourceUrl"));
    }

    [Fact]
    public void Each_mention_is_a_phrase_with_its_offsets_words_and_entity()
    {
        // "Oslo" stands after "Norwegian Foreign Minister Anniken Huitfeldt met NATO envoys in ".
        var start = "Norwegian Foreign Minister Anniken Huitfeldt met NATO envoys in ".Length;
        var phrase = Article + "#char=" + start + "," + (start + 4);

        Assert.Contains(Nif + "Phrase", _graph.TypesOf(phrase));
        Assert.Equal([Index(start)], _graph.Objects(phrase, Nif + "beginIndex"));
        Assert.Equal([Index(start + 4)], _graph.Objects(phrase, Nif + "endIndex"));
        Assert.Equal("Oslo", _graph.SingleLiteral(phrase, Nif + "anchorOf").LexicalForm);
        Assert.Equal([Of(Resource + "city/oslo")], _graph.Objects(phrase, Its + "taIdentRef"));
        Assert.Equal([Of(Article + "#char=0," + SampleGraphs.OsloText.Length)], _graph.Objects(phrase, Nif + "referenceContext"));
    }

    [Fact]
    public void Every_mention_post_event_and_quotation_has_a_phrase()
    {
        var graph = SampleGraphs.Oslo();
        var referents = _graph.Match(null, Of(Its + "taIdentRef")).Select(q => ((Iri)q.Object).Value).ToList();

        Assert.Equal(graph.Entities.Sum(e => e.Mentions.Count), referents.Count(r => !r.Contains("/post/", StringComparison.Ordinal) && !r.Contains("/event/", StringComparison.Ordinal) && !r.Contains("/quotation/", StringComparison.Ordinal)));
        Assert.Contains(Resource + "post/country-no/foreign-minister", referents);
        Assert.Contains(Resource + "event/oslo-talks/3", referents);
        Assert.Contains(Resource + "quotation/oslo-talks/2", referents);
    }

    [Fact]
    public void Offsets_count_code_points_not_utf16_units()
    {
        // The emoji before the name is one code point but two UTF-16 units.
        const string text = "\U0001F600 Oslo";
        var graph = new ArticleGraph(new Article("emoji", null, null, text),
            [new Entity("city/oslo", EntityKind.City, "Oslo", [new Mention(new TextSpan(3, 7), "Oslo", MentionKind.Name)])], [], [], []);

        var mapped = Mapped.Map(graph, new MappingOptions { IncludeMentions = true });

        var phrase = Resource + "article/emoji#char=2,6";
        Assert.Equal("Oslo", mapped.SingleLiteral(phrase, Nif + "anchorOf").LexicalForm);
        Assert.Equal([Index(6)], mapped.Objects(Resource + "article/emoji#char=0,6", Nif + "endIndex"));
    }

    [Fact]
    public void A_span_outside_the_text_is_refused_with_the_article_and_item()
    {
        var graph = new ArticleGraph(new Article("short", null, null, "Oslo."),
            [new Entity("city/oslo", EntityKind.City, "Oslo", [new Mention(new TextSpan(3, 40), "Oslo", MentionKind.Name)])], [], [], []);

        var error = Assert.Throws<ArticleMappingException>(() => Mapped.Map(graph, new MappingOptions { IncludeMentions = true }));

        Assert.Equal("short", error.ArticleId);
        Assert.Contains("city/oslo", error.Message, StringComparison.Ordinal);
    }
}
