using Graph.Extraction.Model;

namespace Graph.Extraction.Tests.Coreference;

public sealed class CoreferenceTests
{
    private static ArticleGraph Extract(string text) => new ArticleExtractor().Extract(new Article("t", null, null, text));

    [Fact]
    public void The_bloc_refers_to_the_latest_bloc_named_before_it()
    {
        var graph = Extract("The European Union met. Later the African Union met too. The bloc said it would act.");
        var description = Assert.Single(graph.Entities.SelectMany(e => e.Mentions.Select(m => (e.Name, m))), x => x.m.Kind == MentionKind.Description);
        Assert.Equal(("African Union", "The bloc"), (description.Name, description.m.Text));
    }

    [Fact]
    public void The_bloc_before_any_bloc_is_named_refers_to_nothing() =>
        Assert.DoesNotContain(Extract("The bloc met. The European Union agreed.").Entities.SelectMany(e => e.Mentions), m => m.Kind == MentionKind.Description);

    [Fact]
    public void A_pronoun_takes_the_latest_person_of_its_gender()
    {
        var graph = Extract("Foreign Minister Anna Berg met Prime Minister John Lund. He said the talks went well.");
        var he = graph.Entities.Single(e => e.Mentions.Any(m => m.Text == "He"));
        Assert.Equal("John Lund", he.Name);
    }

    [Fact]
    public void A_pronoun_inside_a_quotation_is_left_alone()
    {
        var graph = Extract("Prime Minister John Lund spoke. \"He will not win,\" Lund said.");
        Assert.DoesNotContain(graph.Entities.SelectMany(e => e.Mentions), m => m.Text == "He");
    }
    private static string? HolderOf(ArticleGraph graph, string mentionText) =>
        graph.Entities.SingleOrDefault(e => e.Mentions.Any(m => m.Kind == MentionKind.Description && m.Text == mentionText))?.Name;

    [Theory]
    [InlineData("Prime Minister John Lund opened the bridge on Friday. The prime minister cut the ribbon.", "The prime minister")]
    [InlineData("Foreign Minister Anna Berg flew to Oslo. Reporters asked the minister about the talks.", "the minister")]
    [InlineData("Talks were led by Tomas Ek, Norway's president, on Monday. Later the president left.", "the president")]
    public void The_title_of_a_post_refers_to_its_holder_named_before(string text, string mention) =>
        Assert.NotNull(HolderOf(Extract(text), mention));

    [Fact]
    public void The_prime_minister_is_the_holder_of_that_post_not_another_minister()
    {
        var graph = Extract("Foreign Minister Anna Berg met Prime Minister John Lund. The prime minister spoke first.");
        Assert.Equal("John Lund", HolderOf(graph, "The prime minister"));
    }

    [Fact]
    public void The_minister_with_two_ministers_named_refers_to_nobody()
    {
        var graph = Extract("Foreign Minister Anna Berg met Defence Minister Carl Holm. The minister spoke first.");
        Assert.Null(HolderOf(graph, "The minister"));
    }

    [Fact]
    public void The_president_before_any_president_is_named_refers_to_nobody() =>
        Assert.Null(HolderOf(Extract("The president spoke. Later Prime Minister John Lund arrived."), "The president"));

    [Fact]
    public void A_quotation_of_the_minister_has_the_holder_as_speaker()
    {
        var graph = Extract("Foreign Minister Anna Berg flew to Oslo. \"We are ready for the talks,\" the minister said.");
        var quotation = Assert.Single(graph.Quotations);
        Assert.Equal("Anna Berg", graph.Entities.Single(e => e.Key == quotation.SpeakerKey).Name);
    }
}
