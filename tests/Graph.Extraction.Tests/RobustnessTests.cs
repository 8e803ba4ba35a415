using System.Text;
using Graph.Extraction.Model;

namespace Graph.Extraction.Tests;

public sealed class RobustnessTests
{
    private static readonly ArticleExtractor s_extractor = new();

    private static ArticleGraph Extract(string text) => s_extractor.Extract(new Article("t", null, new DateOnly(2020, 3, 4), text));

    private static void AssertSpansValid(ArticleGraph graph)
    {
        var text = graph.Article.Text;
        foreach (var mention in graph.Entities.SelectMany(e => e.Mentions))
        {
            Assert.InRange(mention.Span.Start, 0, text.Length);
            Assert.InRange(mention.Span.End, mention.Span.Start, text.Length);
            Assert.Equal(mention.Text, mention.Span.Of(text));
        }

        Assert.All(graph.Events, e => Assert.Equal(e.Trigger, e.Span.Of(text)));
        Assert.All(graph.Quotations, q => Assert.Equal(q.Text, q.Span.Of(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t ")]
    [InlineData("\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("“ ” „ « »")]
    [InlineData("'s 's ' , . ! ?")]
    [InlineData("Mr.")]
    [InlineData("the bloc")]
    [InlineData("he said")]
    [InlineData("Minister")]
    [InlineData("Belgian Foreign Minister")]
    [InlineData("last")]
    [InlineData("on")]
    [InlineData("May")]
    [InlineData("31 February 2015, February 30")]
    public void Degenerate_texts_give_a_valid_graph(string text) => AssertSpansValid(Extract(text));

    [Fact]
    public void Weird_unicode_never_breaks_spans()
    {
        var text = "Ｆｕｌｌｗｉｄｔｈ Minister Ǆemal Ｘ said \u202Eevil\u202C. 😀 Emoji President 👩‍👩‍👧 Dad said \"ok\ud83d\". "
            + "Lone surrogate \ud800 and \udfff. Zero\u200Bwidth\uFEFF Foreign Minister Zoë Ångström of Sweden said: “Hi”. \0 NUL \u0085 NEL";
        var graph = Extract(text);
        AssertSpansValid(graph);
        Assert.Contains(graph.Entities, e => e.Name == "Sweden");
    }

    [Fact]
    public void Random_bytes_as_text_never_crash()
    {
        var random = new Random(1234);
        for (var round = 0; round < 20; round++)
        {
            var chars = new char[2000];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? " .,\"'“”\n"[random.Next(8)] : (char)random.Next(0, 0xFFFF);
            }

            AssertSpansValid(Extract(new string(chars)));
        }
    }

    [Fact]
    public void A_huge_text_is_processed_in_segments_with_spans_into_the_whole_text()
    {
        var paragraph = "Belgian Foreign Minister Didier Reynders said on Monday the police raids in Brussels last week were a success. "
            + "\"We will go on,\" he said.\n\n";
        var builder = new StringBuilder();
        while (builder.Length < 3_000_000)
        {
            builder.Append(paragraph);
        }

        var text = builder.ToString();
        var graph = new ArticleExtractor(segmentLength: 100_000).Extract(new Article("huge", null, new DateOnly(2015, 1, 19), text));
        AssertSpansValid(graph);
        var reynders = Assert.Single(graph.Entities, e => e.Name == "Didier Reynders");
        var paragraphs = text.Length / paragraph.Length;
        Assert.Equal(paragraphs, reynders.Mentions.Count(m => m.Kind == MentionKind.Name));
        Assert.Equal(paragraphs, graph.Quotations.Count(q => q.IsDirect));
        Assert.Equal(graph.Events.Count, graph.Events.Select(e => e.Key).Distinct().Count());
        Assert.Single(graph.Posts);
    }

    [Fact]
    public void A_segment_length_below_the_minimum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(segmentLength: 10));
}
