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
}
