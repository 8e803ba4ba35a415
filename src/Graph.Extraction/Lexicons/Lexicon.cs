using Graph.Extraction.Model;

namespace Graph.Extraction.Lexicons;

/// <summary>
/// Everything extraction knows in advance: names of countries, cities, regions and institutions with
/// their adjectives and aliases, titles of officials, first names, and the words that type an unknown
/// name. Built once by <see cref="LexiconLoader"/>; immutable afterwards and safe to share between threads.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_default = new(LexiconLoader.LoadEmbedded);

    /// <summary>The lexicon built from the data embedded in this assembly.</summary>
    public static Lexicon Default => s_default.Value;

    /// <summary>Names, aliases and adjectives of every known entity.</summary>
    public PhraseTable<GazetteerName> Gazetteer { get; } = new();

    /// <summary>Titles of officials, forms of address and occupations.</summary>
    public PhraseTable<TitleEntry> Titles { get; } = new();

    /// <summary>Qualifiers that name a group of countries before "countries", "nations" or "states".</summary>
    public PhraseTable<string> CountryGroupQualifiers { get; } = new();

    /// <summary>Descriptions that refer back to an organisation ("bloc" → the EU, the African Union…): the keys it may refer to.</summary>
    public PhraseTable<List<string>> Descriptions { get; } = new();

    /// <summary>Words that signal events ("raids", "met", "called for").</summary>
    public PhraseTable<Events.EventTrigger> EventTriggers { get; } = new();

    /// <summary>Known entries by key.</summary>
    public Dictionary<string, LexiconEntry> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>First names with a gender hint ('m', 'f').</summary>
    public Dictionary<string, char> FirstNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Last words of names that tell their type ("University" → organisation).</summary>
    public Dictionary<string, EntityKind> NameCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a name one of a law, event, programme or work ("Clean Air Act", "Lantern Festival"): no entity of ours.</summary>
    public HashSet<string> NonEntityCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised words that name no entity (weekdays, months, languages, religions).</summary>
    public HashSet<string> CommonCapitalized { get; } = new(StringComparer.Ordinal);

    /// <summary>The adjective of each country by key ("country/BE" → "Belgian"), for labels.</summary>
    public Dictionary<string, string> Adjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>The entry with <paramref name="key"/>, or null.</summary>
    public LexiconEntry? Find(string key) => Entries.GetValueOrDefault(key);
}
