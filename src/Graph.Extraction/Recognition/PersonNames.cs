using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>Reads personal names ("Federica Mogherini", "Carlo De Benedetti", "L. Ron Hubbard") and keys them.</summary>
internal static class PersonNames
{
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "da", "di", "dos", "del",
    };

    /// <summary>The most tokens a name may span.</summary>
    public const int MaxTokens = 5;

    /// <summary>
    /// The index of the last token of a name starting at <paramref name="start"/> and ending before
    /// <paramref name="end"/>, or -1 when no name starts there.
    /// </summary>
    public static int Read(ExtractionContext context, int start, int end)
    {
        var tokens = context.Document.Tokens;
        var last = -1;
        for (var i = start; i < end && i - start < MaxTokens; i++)
        {
            var token = tokens[i];
            if (context.IsTaken(i))
            {
                break;
            }

            if (token.IsCapitalized && !token.IsAcronym && IsNameWord(context.Lexicon, token) && (i > start || !StartsKnownPhrase(context, i, end)))
            {
                last = i;
                continue;
            }

            if (last >= 0 && s_particles.Contains(token.Text) && i + 1 < end && tokens[i + 1].IsCapitalized)
            {
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>True for a capitalised word that may be part of a name.</summary>
    public static bool IsNameWord(Lexicon lexicon, Token token) =>
        !lexicon.CommonCapitalized.Contains(token.Text) && !lexicon.NameCues.ContainsKey(token.Text) && HasLetter(token.Text);

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsKnownPhrase(ExtractionContext context, int start, int end) =>
        context.Lexicon.Gazetteer.TryMatch(context.Document.Tokens, start, end, out _, out _)
        || context.Lexicon.Titles.TryMatch(context.Document.Tokens, start, end, out _, out _);

    /// <summary>The stable key of a person named <paramref name="name"/>.</summary>
    public static string KeyOf(string name) => "person/" + LexiconLoader.Slug(name);

    /// <summary>The person entity for tokens <paramref name="first"/>..<paramref name="last"/>: a known person whose name ends with a lone surname, or a new one.</summary>
    public static LexiconEntry Resolve(ExtractionContext context, int first, int last)
    {
        var name = context.Document.SpanOf(first, last).Of(context.Document.Text);
        if (first == last && FindBySurname(context, name) is { } known)
        {
            return known;
        }

        var entry = context.Create(KeyOf(name), EntityKind.Person, name);
        if (context.Lexicon.FirstNames.TryGetValue(context.Document.Tokens[first].Text, out var gender))
        {
            context.Genders.TryAdd(entry.Key, gender);
        }

        return entry;
    }

    /// <summary>The person already found whose last or first name is <paramref name="word"/>, when exactly one matches.</summary>
    public static LexiconEntry? FindBySurname(ExtractionContext context, string word)
    {
        var persons = context.PersonsWithNamePart(word);
        return persons.Count == 1 ? persons[0] : null;
    }
}
