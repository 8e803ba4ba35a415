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
    [Theory]
    [InlineData("Foreign Minister Anna Berg visited the port. The ferry service will resume in May, according to Berg.", "The ferry service will resume in May")]
    [InlineData("Foreign Minister Anna Berg visited the port. According to Berg, the ferry service will resume in May.", "the ferry service will resume in May")]
    [InlineData("Foreign Minister Anna Berg visited the port. According to Anna Berg the ferry service will resume in May.", "the ferry service will resume in May")]
    public void According_to_a_person_is_reported_speech_of_that_person(string text, string words)
    {
        var graph = Extract(text);
        var quotation = Assert.Single(graph.Quotations);
        Assert.False(quotation.IsDirect);
        Assert.Equal(words, quotation.Text);
        Assert.Equal(quotation.Text, quotation.Span.Of(text));
        Assert.Equal("Anna Berg", SpeakerName(graph, quotation));
    }

    [Theory]
    [InlineData("Two ferries were stopped, according to the European Union.", "Two ferries were stopped")]
    [InlineData("A spokesperson for the European Union said that two ferries were stopped.", "two ferries were stopped")]
    [InlineData("The European Union's spokesman said two ferries were stopped.", "two ferries were stopped")]
    public void Words_reported_for_an_organisation_have_it_as_speaker(string text, string words)
    {
        var graph = Extract(text);
        var quotation = Assert.Single(graph.Quotations);
        Assert.False(quotation.IsDirect);
        Assert.Equal(words, quotation.Text);
        Assert.Equal("organization/european-union", quotation.SpeakerKey);
    }

    [Fact]
    public void A_direct_quotation_from_a_spokesperson_for_an_organisation_has_it_as_speaker()
    {
        var graph = Extract("\"Two ferries were stopped at the border,\" a spokeswoman for the European Union said.");
        var quotation = Assert.Single(graph.Quotations);
        Assert.True(quotation.IsDirect);
        Assert.Equal("organization/european-union", quotation.SpeakerKey);
    }

    [Fact]
    public void According_to_a_document_or_a_count_has_no_speaker() =>
        Assert.Empty(Extract("Prices rose by four percent last year, according to figures released on Monday.").Quotations);
    [Theory]
    [InlineData("Foreign Minister Anna Berg visited the port. \"The ferries will run again. Nobody will be left behind.\" Berg said the repairs would take a month.")]
    [InlineData("The port reopened. \"The ferries will run again. Nobody will be left behind.\" Foreign Minister Anna Berg added that the repairs would take a month.")]
    [InlineData("Talks were held by Anna Berg, Norway's foreign minister, on Monday. \"The ferries will run again. Nobody will be left behind.\" Berg, who arrived late, said the repairs would take a month.")]
    public void A_quotation_closing_its_sentence_takes_the_speaker_who_opens_the_next(string text)
    {
        var graph = Extract(text);
        var quotation = Assert.Single(graph.Quotations, q => q.IsDirect);
        Assert.StartsWith("The ferries will run again", quotation.Text, StringComparison.Ordinal);
        Assert.Equal("Anna Berg", SpeakerName(graph, quotation));
    }

    [Theory]
    [InlineData("Foreign Minister Anna Berg visited. \"The ferries will run again by the spring.\" Berg arrived at the port later that day.")]
    [InlineData("Foreign Minister Anna Berg visited. \"The ferries will run again by the spring.\" Reporters said Berg looked tired.")]
    public void A_next_sentence_that_does_not_open_with_its_speaker_saying_something_gives_no_speaker(string text)
    {
        var quotation = Assert.Single(Extract(text).Quotations, q => q.IsDirect);
        Assert.Null(quotation.SpeakerKey);
    }
}
