using Graph.Extraction.Model;

namespace Graph.Extraction.Tests.Recognition;

public sealed class NameClassifierTests
{
    private static ArticleGraph Extract(string text) => new ArticleExtractor().Extract(new Article("t", null, null, text));

    [Theory]
    [InlineData("Schoolchildren visited the Adler Planetarium on Tuesday.", "Adler Planetarium")]
    [InlineData("Tourists gathered at the Lincoln Memorial in the evening.", "Lincoln Memorial")]
    [InlineData("Readers queued outside the Morgan Library before dawn.", "Morgan Library")]
    [InlineData("The band played in the Grace Theatre for two nights.", "Grace Theatre")]
    public void A_name_that_starts_with_a_first_name_but_ends_in_a_building_is_no_person(string text, string name)
    {
        var graph = Extract(text);
        Assert.DoesNotContain(graph.Entities, e => e.Kind == EntityKind.Person);
        var entity = Assert.Single(graph.Entities, e => e.Name == name);
        Assert.NotEqual(EntityKind.Person, entity.Kind);
    }

    [Fact]
    public void A_lone_first_name_is_a_person_not_an_organisation()
    {
        var graph = Extract("The crowd outside the gala cheered for Marilyn until midnight.");
        Assert.Equal(EntityKind.Person, Assert.Single(graph.Entities, e => e.Name == "Marilyn").Kind);
    }

    [Fact]
    public void A_lone_unknown_word_after_a_place_preposition_is_still_a_place()
    {
        var graph = Extract("The convoy stopped in Brannoch for the night.");
        Assert.Equal(EntityKind.Place, Assert.Single(graph.Entities, e => e.Name == "Brannoch").Kind);
    }
    [Theory]
    [InlineData("Reporters said the talks had failed.")]
    [InlineData("Protesters told the crowd to stay calm.")]
    public void A_plural_noun_opening_a_sentence_before_a_speech_verb_is_no_person(string text) =>
        Assert.DoesNotContain(Extract(text).Entities, e => e.Kind == EntityKind.Person);
    [Theory]
    [InlineData("Sailors once prayed to the sea god Poseidon before a voyage.", "Poseidon")]
    [InlineData("A statue of the goddess Athena stood by the gate.", "Athena")]
    public void A_name_after_god_or_goddess_is_a_person_not_an_organisation(string text, string name) =>
        Assert.Equal(EntityKind.Person, Assert.Single(Extract(text).Entities, e => e.Name == name).Kind);
}
