using Graph.Extraction.Model;

namespace Graph.Extraction.Tests;

/// <summary>The acceptance list of issue 3 that belongs to extraction, on the shared seed article.</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<ArticleGraph> s_graph = new(() => new ArticleExtractor().Extract(ArticleFiles.Seed()));

    private static ArticleGraph Graph => s_graph.Value;

    private static Entity EntityNamed(string name) =>
        Assert.Single(Graph.Entities, e => e.Name == name);

    [Theory]
    [InlineData("Federica Mogherini", "Foreign Policy Chief", "organization/european-union")]
    [InlineData("Philip Hammond", "Foreign Secretary", "country/GB")]
    [InlineData("Didier Reynders", "Foreign Minister", "country/BE")]
    [InlineData("Margot Wallstroem", "Foreign Minister", "country/SE")]
    public void Officials_hold_their_posts_in_their_country_or_institution(string person, string title, string institution)
    {
        var holder = EntityNamed(person);
        Assert.Equal(EntityKind.Person, holder.Kind);
        var post = Assert.Single(Graph.Posts, p => p.HolderKey == holder.Key);
        Assert.Equal(title, post.Title);
        Assert.Equal(institution, post.InstitutionKey);
        Assert.Contains(person, post.Span.Of(Graph.Article.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("European Union", EntityKind.IntergovernmentalOrganization, "Q458")]
    [InlineData("European Parliament", EntityKind.IntergovernmentalOrganization, "Q8889")]
    [InlineData("European Council", EntityKind.IntergovernmentalOrganization, null)]
    [InlineData("Belgium", EntityKind.Country, "Q31")]
    [InlineData("United Kingdom", EntityKind.Country, "Q145")]
    [InlineData("Sweden", EntityKind.Country, "Q34")]
    [InlineData("Syria", EntityKind.Country, null)]
    [InlineData("Iraq", EntityKind.Country, "Q796")]
    [InlineData("Middle East", EntityKind.Region, "Q7204")]
    [InlineData("Gulf", EntityKind.Region, null)]
    [InlineData("North Africa", EntityKind.Region, null)]
    [InlineData("Europe", EntityKind.Region, "Q46")]
    [InlineData("Arab countries", EntityKind.CountryGroup, null)]
    [InlineData("Muslim countries", EntityKind.CountryGroup, null)]
    public void Institutions_countries_and_regions_are_found_with_their_types_and_links(string name, EntityKind kind, string? wikidata)
    {
        var entity = EntityNamed(name);
        Assert.Equal(kind, entity.Kind);
        Assert.Equal(wikidata, entity.WikidataId);
        Assert.All(entity.Mentions, m => Assert.Equal(m.Text, m.Span.Of(Graph.Article.Text)));
    }

    [Fact]
    public void The_United_Kingdom_is_found_from_the_adjective_British()
    {
        var uk = EntityNamed("United Kingdom");
        var mention = Assert.Single(uk.Mentions);
        Assert.Equal("British", mention.Text);
        Assert.Equal(MentionKind.Adjective, mention.Kind);
    }

    [Fact]
    public void Brussels_is_a_city_in_Belgium()
    {
        var brussels = EntityNamed("Brussels");
        Assert.Equal(EntityKind.City, brussels.Kind);
        Assert.Equal("country/BE", brussels.ContainedInKey);
    }

    [Fact]
    public void The_bloc_and_the_28_nation_bloc_refer_to_the_European_Union()
    {
        var texts = EntityNamed("European Union").Mentions.Where(m => m.Kind == MentionKind.Description).Select(m => m.Text).ToList();
        Assert.Contains("the 28-nation bloc", texts);
        Assert.Contains("the bloc", texts);
    }

    [Fact]
    public void Mogherini_alone_and_he_after_Reynders_refer_to_the_right_person()
    {
        Assert.Contains(EntityNamed("Federica Mogherini").Mentions, m => m.Text == "Mogherini" && m.Kind == MentionKind.Name);
        var reynders = EntityNamed("Didier Reynders");
        Assert.Contains(reynders.Mentions, m => m.Text == "he" && m.Kind == MentionKind.Pronoun);
        Assert.Contains(EntityNamed("Belgium").Mentions, m => m.Text == "his country");
    }

    [Fact]
    public void Nothing_but_these_people_is_taken_for_a_person()
    {
        var people = Graph.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).Order().ToList();
        Assert.Equal(["Didier Reynders", "Federica Mogherini", "Margot Wallstroem", "Philip Hammond"], people);
    }

    [Fact]
    public void The_appeal_and_the_meeting_happened_on_the_publication_day()
    {
        var appeal = Graph.Events.First(e => e.Kind == EventKind.Appeal);
        Assert.Contains("anti-terror alliance", appeal.Label, StringComparison.Ordinal);
        Assert.Contains("organization/european-union", appeal.ActorKeys);
        AssertDay(appeal.Time, new DateOnly(2015, 1, 19));

        var meeting = Assert.Single(Graph.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal("city/BE/brussels", meeting.PlaceKey);
        Assert.Contains("foreign ministers", meeting.Label, StringComparison.Ordinal);
        AssertDay(meeting.Time, new DateOnly(2015, 1, 19));
    }

    [Fact]
    public void The_Belgian_police_raids_happened_last_week_in_Belgium()
    {
        var raid = Assert.Single(Graph.Events, e => e.Kind == EventKind.Raid);
        Assert.Equal("Belgian police raids", raid.Label);
        Assert.Equal("country/BE", raid.PlaceKey);
        Assert.Equal("last week", raid.Time?.Expression);
        Assert.Equal(new DateOnly(2015, 1, 12), raid.Time?.Start);
        Assert.Equal(new DateOnly(2015, 1, 18), raid.Time?.End);
    }

    [Fact]
    public void The_military_deployment_in_Belgium_happened_over_the_weekend()
    {
        var deployment = Assert.Single(Graph.Events, e => e.Kind == EventKind.MilitaryDeployment);
        Assert.Equal("country/BE", deployment.PlaceKey);
        Assert.Contains("country/BE", deployment.ActorKeys);
        Assert.Equal("over the weekend", deployment.Time?.Expression);
        Assert.Equal(new DateOnly(2015, 1, 17), deployment.Time?.Start);
        Assert.Equal(new DateOnly(2015, 1, 18), deployment.Time?.End);
    }

    [Fact]
    public void Security_attaches_are_not_a_military_deployment() =>
        Assert.DoesNotContain(Graph.Events, e => e.Kind == EventKind.MilitaryDeployment && e.Trigger == "deploy");

    [Fact]
    public void The_deadly_attacks_were_in_Europe_and_the_conflicts_in_Syria_and_Iraq()
    {
        var attack = Assert.Single(Graph.Events, e => e.Kind == EventKind.Attack);
        Assert.Equal("region/europe", attack.PlaceKey);
        Assert.Contains("deadly", attack.Label, StringComparison.OrdinalIgnoreCase);
        Assert.Null(attack.Time);

        var conflictPlaces = Graph.Events.Where(e => e.Kind == EventKind.Conflict).Select(e => e.PlaceKey).Order().ToList();
        Assert.Equal(["country/IQ", "country/SY"], conflictPlaces);
    }

    [Fact]
    public void Every_event_trigger_span_holds_its_trigger() =>
        Assert.All(Graph.Events, e => Assert.Equal(e.Trigger, e.Span.Of(Graph.Article.Text)));

    [Theory]
    [InlineData("We need an alliance.", "Federica Mogherini")]
    [InlineData("will continue to be in the front line", "Philip Hammond")]
    [InlineData("We have to exchange information", "Didier Reynders")]
    [InlineData("That is what, long-term", "Margot Wallstroem")]
    public void The_four_direct_quotations_have_their_speakers(string opening, string speaker)
    {
        var quotation = Assert.Single(Graph.Quotations, q => q.IsDirect && q.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(EntityNamed(speaker).Key, quotation.SpeakerKey);
        Assert.Equal(quotation.Text, quotation.Span.Of(Graph.Article.Text));
        Assert.False(quotation.Text.EndsWith(',') || quotation.Text.StartsWith('"'));
    }

    [Fact]
    public void There_are_exactly_four_direct_quotations() =>
        Assert.Equal(4, Graph.Quotations.Count(q => q.IsDirect));

    [Fact]
    public void Reported_speech_names_its_speaker()
    {
        var reported = Graph.Quotations.Where(q => !q.IsDirect).ToList();
        Assert.Contains(reported, q => q.SpeakerKey == EntityNamed("Didier Reynders").Key && q.Text.StartsWith("the police raids", StringComparison.Ordinal));
        Assert.All(reported, q => Assert.NotNull(q.SpeakerKey));
    }

    private static void AssertDay(TimeReference? time, DateOnly day)
    {
        Assert.NotNull(time);
        Assert.Equal(day, time.Start);
        Assert.Equal(day, time.End);
    }
}
