using Graph.Extraction.Model;

namespace Graph.Extraction.Tests;

/// <summary>The project's own sample articles against the facts in their .expected.md files.</summary>
public sealed class SampleArticleTests
{
    private static ArticleGraph Extract(string name, DateOnly published)
    {
        Assert.SkipWhen(Graph.Testing.SharedData.RepositoryRoot is null, "the repository root (Graph.sln) was not found");
        var path = Path.Combine(Graph.Testing.SharedData.RepositoryRoot!, "samples", "articles", name + ".txt");
        return new ArticleExtractor().Extract(ArticleFiles.Read(path, published));
    }

    private static readonly Lazy<ArticleGraph> s_trade = new(() => Extract("japan-canada-trade", new DateOnly(2024, 3, 15)));
    private static readonly Lazy<ArticleGraph> s_mali = new(() => Extract("african-union-mali", new DateOnly(2023, 10, 9)));

    private static Entity Named(ArticleGraph graph, string name) => Assert.Single(graph.Entities, e => e.Name == name);

    [Fact]
    public void Trade_officials_hold_posts_in_Japan_and_Canada()
    {
        var graph = s_trade.Value;
        var tanaka = Named(graph, "Hiroshi Tanaka");
        var dubois = Named(graph, "Claire Dubois");
        Assert.Equal(("Prime Minister", "country/JP"), graph.Posts.Where(p => p.HolderKey == tanaka.Key).Select(p => (p.Title, p.InstitutionKey)).Single());
        Assert.Equal(("Trade Minister", "country/CA"), graph.Posts.Where(p => p.HolderKey == dubois.Key).Select(p => (p.Title, p.InstitutionKey)).Single());
        Assert.Equal(["Claire Dubois", "Hiroshi Tanaka"], graph.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).Order());
        Assert.Contains(dubois.Mentions, m => m.Text == "She" && m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void Trade_places_and_institutions_are_typed_and_linked()
    {
        var graph = s_trade.Value;
        Assert.Equal("Q17", Named(graph, "Japan").WikidataId);
        Assert.Equal("Q16", Named(graph, "Canada").WikidataId);
        Assert.Equal(EntityKind.Country, Named(graph, "South Korea").Kind);
        Assert.Equal("country/JP", Named(graph, "Tokyo").ContainedInKey);
        Assert.Equal("country/CA", Named(graph, "Ottawa").ContainedInKey);
        Assert.Equal("country/CA", Named(graph, "Alberta").ContainedInKey);
        Assert.Equal("country/CA", Named(graph, "Saskatchewan").ContainedInKey);
        Assert.Equal(EntityKind.IntergovernmentalOrganization, Named(graph, "World Trade Organization").Kind);
    }

    [Fact]
    public void Trade_events_have_their_places_and_dates()
    {
        var graph = s_trade.Value;
        var agreement = Assert.Single(graph.Events, e => e.Kind == EventKind.Agreement);
        Assert.Equal("city/JP/tokyo", agreement.PlaceKey);
        Assert.Equal(new DateOnly(2024, 3, 14), agreement.Time?.Start);
        Assert.Contains(Named(graph, "Hiroshi Tanaka").Key, agreement.ActorKeys);
        Assert.Contains(Named(graph, "Claire Dubois").Key, agreement.ActorKeys);

        var statement = Assert.Single(graph.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal([Named(graph, "World Trade Organization").Key], statement.ActorKeys);
        Assert.Equal(new DateOnly(2024, 3, 15), statement.Time?.Start);

        var arrest = Assert.Single(graph.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal("city/JP/tokyo", arrest.PlaceKey);
        Assert.Equal(new DateOnly(2024, 3, 13), arrest.Time?.Start);
        Assert.Equal("Japanese police", graph.Entities.Single(e => e.Key == Assert.Single(arrest.ActorKeys)).Name);
    }

    [Fact]
    public void Trade_quotations_have_their_speakers()
    {
        var graph = s_trade.Value;
        var direct = Assert.Single(graph.Quotations, q => q.IsDirect);
        Assert.Equal("This agreement opens a door that stayed closed for too long", direct.Text);
        Assert.Equal(Named(graph, "Hiroshi Tanaka").Key, direct.SpeakerKey);
        var reported = Assert.Single(graph.Quotations, q => !q.IsDirect);
        Assert.Equal(Named(graph, "Claire Dubois").Key, reported.SpeakerKey);
        Assert.StartsWith("the pact would help farmers", reported.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mali_officials_hold_posts_and_the_bloc_is_the_African_Union()
    {
        var graph = s_mali.Value;
        var ndiaye = Named(graph, "Awa Ndiaye");
        var mensah = Named(graph, "Kofi Mensah");
        Assert.Equal(("Foreign Minister", "country/SN"), graph.Posts.Where(p => p.HolderKey == ndiaye.Key).Select(p => (p.Title, p.InstitutionKey)).Single());
        Assert.Equal(("Defence Minister", "country/GH"), graph.Posts.Where(p => p.HolderKey == mensah.Key).Select(p => (p.Title, p.InstitutionKey)).Single());

        var union = Named(graph, "African Union");
        Assert.Equal("Q7159", union.WikidataId);
        Assert.Contains(union.Mentions, m => m.Text == "the 55-member bloc" && m.Kind == MentionKind.Description);
        Assert.Contains(union.Mentions, m => m.Text == "the bloc" && m.Kind == MentionKind.Description);
        Assert.Contains(Named(graph, "Ghana").Mentions, m => m.Text == "his country");
        Assert.Contains(mensah.Mentions, m => m.Text == "He");
        Assert.Equal("country/ML", Named(graph, "Bamako").ContainedInKey);
        Assert.Equal("country/ET", Named(graph, "Addis Ababa").ContainedInKey);
        Assert.Equal(EntityKind.Region, Named(graph, "Sahel").Kind);
        Assert.Equal("Q1065", Named(graph, "United Nations").WikidataId);
    }

    [Fact]
    public void Mali_events_have_their_places_and_dates()
    {
        var graph = s_mali.Value;
        var appeals = graph.Events.Where(e => e.Kind == EventKind.Appeal).ToList();
        Assert.Equal(2, appeals.Count);
        Assert.Equal("country/ML", appeals[0].PlaceKey);
        Assert.Equal(new DateOnly(2023, 10, 8), appeals[0].Time?.Start);
        Assert.Contains("ceasefire", appeals[0].Label, StringComparison.Ordinal);
        Assert.Contains("organization/united-nations", appeals[1].ActorKeys);
        Assert.Null(appeals[1].Time);

        var arrest = Assert.Single(graph.Events, e => e.Kind == EventKind.Arrest);
        Assert.Equal(Named(graph, "Gao").Key, arrest.PlaceKey);
        Assert.Equal(new DateOnly(2023, 10, 7), arrest.Time?.Start);

        var meeting = Assert.Single(graph.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal("city/ET/addis-ababa", meeting.PlaceKey);
        Assert.Contains("organization/african-union", meeting.ActorKeys);
    }

    [Fact]
    public void Mali_quotations_have_their_speakers()
    {
        var graph = s_mali.Value;
        var direct = Assert.Single(graph.Quotations, q => q.IsDirect);
        Assert.Equal("Nobody wins this war. The people of Mali are paying the price", direct.Text);
        Assert.Equal(Named(graph, "Awa Ndiaye").Key, direct.SpeakerKey);
        Assert.Contains(graph.Quotations, q => !q.IsDirect && q.SpeakerKey == Named(graph, "Kofi Mensah").Key && q.Text == "his country was ready to help");
    }
}
