using Graph.Extraction.Model;

namespace Graph.Extraction.Lexicons;

/// <summary>An entity the lexicons know: a country, city, region, place, group or organisation.</summary>
/// <param name="Key">The stable entity key (<c>country/BE</c>, <c>organization/european-union</c>).</param>
/// <param name="Kind">The entity type.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="WikidataId">The Wikidata id from lexicon data, or null.</param>
/// <param name="ContainedInKey">The key of the country a city or place lies in, or null.</param>
internal sealed record LexiconEntry(string Key, EntityKind Kind, string Name, string? WikidataId, string? ContainedInKey);

/// <summary>One way of naming a lexicon entry: its name, an alias, an adjective.</summary>
internal sealed record GazetteerName(LexiconEntry Entry, MentionKind MentionKind);

/// <summary>A title of an official ("Foreign Minister") or a person cue ("Mr", "actor").</summary>
internal sealed record TitleEntry(string Title, TitleKind Kind);

/// <summary>What a title tells.</summary>
internal enum TitleKind
{
    /// <summary>A post in a country or institution.</summary>
    Office,

    /// <summary>A form of address: a person follows, no post.</summary>
    Honorific,

    /// <summary>An occupation: a person follows, no post.</summary>
    Role,
}
