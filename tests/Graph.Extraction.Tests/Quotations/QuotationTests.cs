using Graph.Extraction.Model;

namespace Graph.Extraction.Tests.Quotations;

public sealed class QuotationTests
{
    private static ArticleGraph Extract(string text) => new ArticleExtractor().Extract(new Article("t", null, null, text));

    private static string SpeakerName(ArticleGraph graph, Quotation quotation) => graph.Entities.Single(e => e.Key == quotation.SpeakerKey).Name;

    [Theory]
    [InlineData("Foreign Minister Anna Berg arrived. \"We are ready,\" Berg said.")]
    [InlineData("Foreign Minister Anna Berg arrived. \"We are ready,\" said Foreign Minister Anna Berg.")]
    [InlineData("Foreign Minister Anna Berg said: \"We are ready.\"")]
    [InlineData("Foreign Minister Anna Berg arrived. “We are ready,” she told reporters.")]
    public void A_direct_quotation_has_its_speaker(string text)
    {
        var graph = Extract(text);
        var quotation = Assert.Single(graph.Quotations);
        Assert.True(quotation.IsDirect);
        Assert.StartsWith("We are ready", quotation.Text, StringComparison.Ordinal);
        Assert.Equal("Anna Berg", SpeakerName(graph, quotation));
    }

    [Fact]
    public void Reported_speech_runs_to_the_end_of_the_sentence()
    {
        const string text = "Foreign Minister Anna Berg said that the border would reopen next month.";
        var graph = Extract(text);
        var quotation = Assert.Single(graph.Quotations);
        Assert.False(quotation.IsDirect);
        Assert.Equal("the border would reopen next month", quotation.Text);
        Assert.Equal(quotation.Text, quotation.Span.Of(text));
    }

    [Fact]
    public void A_short_scare_quote_without_a_speaker_is_no_quotation() =>
        Assert.Empty(Extract("The team won a prize for 'courageous achievement' and a \"special\" mention.").Quotations);
}
