using Graph.Extraction.Model;

namespace Graph.Extraction.Tests.Recognition;

/// <summary>The official-and-post patterns of issue 3, each on a sentence of its own.</summary>
public sealed class OfficialPatternTests
{
    private static ArticleGraph Extract(string text) => new ArticleExtractor().Extract(new Article("t", null, new DateOnly(2020, 6, 1), text));

    private static (string Person, string Title, string? Institution) OnlyPost(string text)
    {
        var graph = Extract(text);
        var post = Assert.Single(graph.Posts);
        return (graph.Entities.Single(e => e.Key == post.HolderKey).Name, post.Title, post.InstitutionKey);
    }

    [Theory]
    [InlineData("Belgian Foreign Minister Didier Reynders arrived.", "Didier Reynders", "Foreign Minister", "country/BE")]
    [InlineData("EU foreign policy chief Federica Mogherini spoke.", "Federica Mogherini", "Foreign Policy Chief", "organization/european-union")]
    [InlineData("Prime Minister Charles Michel of Belgium spoke.", "Charles Michel", "Prime Minister", "country/BE")]
    [InlineData("The talks were led by Didier Reynders, Belgium's foreign minister, in Brussels.", "Didier Reynders", "Foreign Minister", "country/BE")]
    [InlineData("Jens Stoltenberg, the NATO secretary-general, visited Oslo.", "Jens Stoltenberg", "Secretary-General", "organization/nato")]
    [InlineData("Kenya 's President William Ruto spoke.", "William Ruto", "President", "country/KE")]
    [InlineData("German Chancellor Olaf Scholz spoke.", "Olaf Scholz", "Chancellor", "country/DE")]
    public void A_post_has_its_holder_title_and_country_or_institution(string text, string person, string title, string institution) =>
        Assert.Equal((person, title, institution), OnlyPost(text));

    [Fact]
    public void A_later_surname_and_appositive_name_the_same_person()
    {
        var graph = Extract("EU foreign policy chief Federica Mogherini arrived. Mogherini, the EU's foreign policy chief, said little.");
        var person = Assert.Single(graph.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(["Federica Mogherini", "Mogherini"], person.Mentions.Select(m => m.Text));
        Assert.Single(graph.Posts);
    }

    [Fact]
    public void An_occupation_marks_a_person_without_a_post()
    {
        var graph = Extract("The film starred actor Dennis Hopper.");
        Assert.Equal("Dennis Hopper", Assert.Single(graph.Entities, e => e.Kind == EntityKind.Person).Name);
        Assert.Empty(graph.Posts);
    }

    [Fact]
    public void A_known_institution_name_is_not_read_as_a_title_and_a_name() =>
        Assert.DoesNotContain(Extract("The General Assembly voted on Tuesday.").Entities, e => e.Kind == EntityKind.Person);
}
