using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Lexicons;

public sealed class LexiconTests
{
    private static GazetteerName Lookup(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        Assert.True(Lexicon.Default.Gazetteer.TryMatch(tokens, 0, tokens.Count, out var name, out var length), phrase);
        Assert.Equal(tokens.Count, length);
        return name;
    }

    [Theory]
    [InlineData("British", "country/GB", MentionKind.Adjective)]
    [InlineData("Britain", "country/GB", MentionKind.Name)]
    [InlineData("UK", "country/GB", MentionKind.Name)]
    [InlineData("U.S.", "country/US", MentionKind.Name)]
    [InlineData("Swedish", "country/SE", MentionKind.Adjective)]
    [InlineData("Belgium", "country/BE", MentionKind.Name)]
    [InlineData("Syria", "country/SY", MentionKind.Name)]
    [InlineData("Côte d'Ivoire", "country/CI", MentionKind.Name)]
    [InlineData("Cote d'Ivoire", "country/CI", MentionKind.Name)]
    [InlineData("Brussels", "city/BE/brussels", MentionKind.Name)]
    [InlineData("European Parliament", "organization/european-parliament", MentionKind.Name)]
    [InlineData("Middle East", "region/middle-east", MentionKind.Name)]
    public void Names_aliases_and_adjectives_find_their_entity(string phrase, string key, MentionKind kind)
    {
        var name = Lookup(phrase);
        Assert.Equal((key, kind), (name.Entry.Key, name.MentionKind));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("the gulf")]
    public void Acronyms_and_capitalised_names_need_their_case(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        Assert.False(Lexicon.Default.Gazetteer.TryMatch(tokens, tokens.Count - 1, tokens.Count, out _, out _));
    }

    [Fact]
    public void Every_capital_city_lies_in_a_known_country()
    {
        var cities = Lexicon.Default.Entries.Values.Where(e => e.Kind == EntityKind.City).ToList();
        Assert.True(cities.Count > 1000);
        Assert.All(cities, c => Assert.NotNull(Lexicon.Default.Find(c.ContainedInKey!)));
    }

    [Fact]
    public void Every_Wikidata_id_comes_from_the_shared_link_table()
    {
        var table = File.ReadLines(Graph.Testing.SharedData.PathOf("data/wikidata-links.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length == 4).ToList();
        var ids = table.Select(c => c[3]).ToHashSet(StringComparer.Ordinal);
        var linked = Lexicon.Default.Entries.Values.Where(e => e.WikidataId is not null).ToList();
        Assert.All(linked, e => Assert.Contains(e.WikidataId!, ids));

        // Countries carry the id of their own ISO code.
        foreach (var row in table.Where(c => c[0] == "country"))
        {
            Assert.Equal(row[3], Lexicon.Default.Find("country/" + row[1])?.WikidataId);
        }
    }
}
