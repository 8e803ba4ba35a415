using Graph.Extraction.Model;

namespace Graph.Ingestion.Tests.Mapping;

/// <summary>Article graphs built by hand, as the extractor would give them, over short texts written for these tests.</summary>
internal static class SampleGraphs
{
    public const string OsloText =
        "Norwegian Foreign Minister Anniken Huitfeldt met NATO envoys in Oslo on Monday. " +
        "Norwegian police arrested two men over the weekend. " +
        "\"We stand together,\" Huitfeldt told reporters. " +
        "She said the Arab countries and Scandinavia share the worry about the conflict, which began some time ago.";

    public static readonly DateOnly Published = new(2021, 3, 10);

    /// <summary>One of every kind of item the model has, in an article published on Wednesday 10 March 2021.</summary>
    public static ArticleGraph Oslo(string id = "oslo-talks", string personName = "Anniken Huitfeldt")
    {
        var text = OsloText;
        var article = new Article(id, "Ministers meet in Oslo", Published, text, "https://news.example/oslo-talks");
        Entity[] entities =
        [
            new("person/anniken-huitfeldt", EntityKind.Person, personName,
                [Mention(text, "Anniken Huitfeldt", MentionKind.Name), Mention(text, "Huitfeldt", MentionKind.Name, nth: 2), Mention(text, "She", MentionKind.Pronoun)]),
            new("country/NO", EntityKind.Country, "Norway", [Mention(text, "Norwegian", MentionKind.Adjective)], WikidataId: "Q20"),
            new("organization/nato", EntityKind.IntergovernmentalOrganization, "North Atlantic Treaty Organization", [Mention(text, "NATO", MentionKind.Name)], WikidataId: "Q7184"),
            new("city/oslo", EntityKind.City, "Oslo", [Mention(text, "Oslo", MentionKind.Name)], ContainedInKey: "country/NO"),
            new("organization/norwegian-police", EntityKind.GovernmentOrganization, "Norwegian Police", [Mention(text, "Norwegian police", MentionKind.Name)]),
            new("region/scandinavia", EntityKind.Region, "Scandinavia", [Mention(text, "Scandinavia", MentionKind.Name)]),
            new("group/arab-countries", EntityKind.CountryGroup, "Arab countries", [Mention(text, "Arab countries", MentionKind.Name)]),
        ];
        Post[] posts = [new("post/NO/foreign-minister", "Foreign Minister", "country/NO", "person/anniken-huitfeldt", Span(text, "Norwegian Foreign Minister Anniken Huitfeldt"))];
        Event[] events =
        [
            new("event/meeting-1", EventKind.Meeting, "Huitfeldt meets NATO envoys", "met", Span(text, "met"),
                ["person/anniken-huitfeldt", "organization/nato"], "city/oslo",
                new TimeReference("on Monday", Span(text, "on Monday"), new DateOnly(2021, 3, 8), new DateOnly(2021, 3, 8))),
            new("event/arrest-1", EventKind.Arrest, "Norwegian police arrests", "arrested", Span(text, "arrested"),
                ["organization/norwegian-police"], "country/NO",
                new TimeReference("over the weekend", Span(text, "over the weekend"), new DateOnly(2021, 3, 6), new DateOnly(2021, 3, 7))),
            new("event/conflict-1", EventKind.Conflict, "the conflict", "conflict", Span(text, "conflict"), [], null,
                new TimeReference("some time ago", Span(text, "some time ago"), null, null)),
        ];
        Quotation[] quotations =
        [
            new("quote-1", "We stand together,", true, "person/anniken-huitfeldt", Span(text, "We stand together,")),
            new("quote-2", "the Arab countries and Scandinavia share the worry", false, null, Span(text, "the Arab countries and Scandinavia share the worry")),
        ];
        return new ArticleGraph(article, entities, posts, events, quotations);
    }

    /// <summary>A second article naming some of the same entities, and another holder of the same post.</summary>
    public static ArticleGraph Bergen()
    {
        const string text = "Norway's foreign minister Espen Barth Eide visited Bergen. Huitfeldt was not there.";
        var article = new Article("bergen-visit", null, new DateOnly(2023, 11, 2), text);
        Entity[] entities =
        [
            new("person/espen-barth-eide", EntityKind.Person, "Espen Barth Eide", [Mention(text, "Espen Barth Eide", MentionKind.Name)]),
            new("country/NO", EntityKind.Country, "Norway", [Mention(text, "Norway", MentionKind.Name)], WikidataId: "Q20"),
            new("person/anniken-huitfeldt", EntityKind.Person, "Huitfeldt", [Mention(text, "Huitfeldt", MentionKind.Name)]),
        ];
        Post[] posts = [new("post/NO/foreign-minister", "Foreign Minister", "country/NO", "person/espen-barth-eide", Span(text, "Norway's foreign minister Espen Barth Eide"))];
        return new ArticleGraph(article, entities, posts, [], []);
    }

    public static TextSpan Span(string text, string part, int nth = 1)
    {
        var start = -1;
        for (var i = 0; i < nth; i++)
        {
            start = text.IndexOf(part, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{part}' occurs fewer than {nth} times in the text");
            }
        }

        return new TextSpan(start, start + part.Length);
    }

    private static Mention Mention(string text, string part, MentionKind kind, int nth = 1) => new(Span(text, part, nth), part, kind);
}
