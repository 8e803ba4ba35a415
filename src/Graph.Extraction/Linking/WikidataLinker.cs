using Graph.Extraction.Lexicons;

namespace Graph.Extraction.Linking;

/// <summary>
/// Gives an entity its Wikidata identifier from lexicon data only: the identifier of the lexicon entry
/// with the same key. Entities found by pattern (persons, unknown organisations) get none: identifiers
/// are never guessed.
/// </summary>
internal static class WikidataLinker
{
    /// <summary>The Wikidata id of <paramref name="entity"/>, or null.</summary>
    public static string? IdOf(Lexicon lexicon, LexiconEntry entity) => lexicon.Find(entity.Key)?.WikidataId;
}
