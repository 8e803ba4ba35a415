namespace Graph.Extraction.Model;

/// <summary>The types of entity extraction recognises.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation that is none of the more specific kinds.</summary>
    Organization,

    /// <summary>A government body: ministries, police, armed forces, prosecutors.</summary>
    GovernmentOrganization,

    /// <summary>An intergovernmental organisation (EU, NATO, UN…) or one of its bodies.</summary>
    IntergovernmentalOrganization,

    /// <summary>A sovereign state.</summary>
    Country,

    /// <summary>A city.</summary>
    City,

    /// <summary>A region: the Middle East, the Gulf, North Africa, Europe.</summary>
    Region,

    /// <summary>A group of countries: "Arab countries", "Muslim nations".</summary>
    CountryGroup,

    /// <summary>Any other named place.</summary>
    Place,
}

/// <summary>One entity of an article, with every mention of it.</summary>
/// <param name="Key">
/// A stable key, the same for the same entity in every article and run (e.g. <c>country/BE</c>,
/// <c>organization/european-union</c>, <c>person/didier-reynders</c>); ingestion turns it into an IRI.
/// </param>
/// <param name="Kind">The type.</param>
/// <param name="Name">The canonical name ("United Kingdom", "Didier Reynders").</param>
/// <param name="Mentions">Every place the article refers to it, first mention first.</param>
/// <param name="WikidataId">The Wikidata Q-identifier from lexicon data, never guessed; or null.</param>
/// <param name="ContainedInKey">For a city, the key of its country; else null.</param>
public sealed record Entity(
    string Key,
    EntityKind Kind,
    string Name,
    IReadOnlyList<Mention> Mentions,
    string? WikidataId = null,
    string? ContainedInKey = null);

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>A name ("Federica Mogherini", "Belgium", "EU").</summary>
    Name,

    /// <summary>An adjective ("Belgian", "British").</summary>
    Adjective,

    /// <summary>A description ("the bloc", "the 28-nation bloc").</summary>
    Description,

    /// <summary>A pronoun or possessive ("he", "his country").</summary>
    Pronoun,
}

/// <summary>A place in the text that refers to an entity.</summary>
public sealed record Mention(TextSpan Span, string Text, MentionKind Kind);
