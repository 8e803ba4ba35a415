using Graph.Extraction.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class EventTests
{
    // 2021-03-10 was a Wednesday.
    private static ArticleGraph Extract(string text) => new ArticleExtractor().Extract(new Article("t", null, new DateOnly(2021, 3, 10), text));

    [Fact]
    public void A_raid_gets_its_actor_place_and_time()
    {
        var graph = Extract("French police raids in Marseille on Tuesday led to six arrests.");
        var raid = Assert.Single(graph.Events, e => e.Kind == EventKind.Raid);
        Assert.Equal("French police raids in Marseille", raid.Label);
        Assert.Equal("city/FR/marseille", raid.PlaceKey);
        Assert.Equal(new DateOnly(2021, 3, 9), raid.Time?.Start);
        Assert.Equal("French police", graph.Entities.Single(e => e.Key == Assert.Single(raid.ActorKeys)).Name);
    }

    [Fact]
    public void Deploying_diplomats_is_no_military_deployment() =>
        Assert.DoesNotContain(Extract("Japan deployed diplomats to the region.").Events, e => e.Kind == EventKind.MilitaryDeployment);

    [Fact]
    public void Deploying_troops_is_a_military_deployment_by_the_subject()
    {
        var deployment = Assert.Single(Extract("Poland deployed troops to the border last week.").Events);
        Assert.Equal(EventKind.MilitaryDeployment, deployment.Kind);
        Assert.Contains("country/PL", deployment.ActorKeys);
        Assert.Equal(new DateOnly(2021, 3, 1), deployment.Time?.Start);
    }

    [Fact]
    public void Triggers_inside_quotations_make_no_event() =>
        Assert.Empty(Extract("\"We will not accept any attack on our people,\" Prime Minister John Lund said.").Events);

    [Fact]
    public void A_plural_conflict_in_two_countries_is_two_events() =>
        Assert.Equal(["country/LY", "country/YE"], Extract("Diplomats discussed the wars in Yemen and Libya.").Events.Select(e => e.PlaceKey).Order());
}
