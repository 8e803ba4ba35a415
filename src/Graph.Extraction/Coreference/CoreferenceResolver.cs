using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Quotations;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Links second mentions to their entity: descriptions ("the bloc", "the 28-nation bloc") to the
/// organisation they describe when it was named before; third-person pronouns outside quotations to
/// the latest person of a compatible gender named in the last few sentences; "his country" to the
/// country of that person's post; "the prime minister", "the minister", "the president" to the one
/// person named before who holds such a post.
/// </summary>
internal static class CoreferenceResolver
{
    private const int PronounWindowSentences = 3;

    /// <summary>Adds description and pronoun mentions to <paramref name="context"/>.</summary>
    public static void Run(ExtractionContext context, QuoteRegions quotes)
    {
        ResolveDescriptions(context);
        ResolvePostTitles(context);
        ResolvePronouns(context, quotes);
    }

    // "the bloc", "the 28-nation bloc", "the 55-member bloc's": the organisation it may describe that
    // the article named last before it.
    private static void ResolveDescriptions(ExtractionContext context)
    {
        var tokens = context.Document.Tokens;

        // Walk the named mentions in text order alongside the tokens: the latest of each key so far.
        var named = context.Mentions.Where(m => m.MentionKind != MentionKind.Description).OrderBy(m => m.Span.Start).ToList();
        var latest = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var next = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("the") || context.IsTaken(i + 1))
            {
                continue;
            }

            var head = i + 1;
            if (IsSizeModifier(tokens[head]) && head + 1 < tokens.Count)
            {
                head++;
            }

            if (!context.Lexicon.Descriptions.TryMatch(tokens, head, tokens.Count, out var keys, out var length))
            {
                continue;
            }

            var start = tokens[i].Span.Start;
            while (next < named.Count && named[next].Span.Start < start)
            {
                latest[named[next].Entity.Key] = named[next];
                next++;
            }

            var antecedent = keys.Select(k => latest.GetValueOrDefault(k)).OfType<Candidate>().MaxBy(m => m.Span.Start);
            if (antecedent is null)
            {
                continue;
            }

            var last = head + length - 1;
            context.AddMention(context.CandidateOf(i, last, MentionKind.Description, antecedent.Entity));
            i = last;
        }
    }

    // "the prime minister" to the holder of a Prime Minister post named before it; "the minister" to the
    // holder of any minister's post. Two different holders make it ambiguous: it then refers to nobody.
    // "the president of …" names its own institution and is left alone.
    private static void ResolvePostTitles(ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("the") || context.IsTaken(i + 1)
                || !context.Lexicon.Titles.TryMatch(tokens, i + 1, tokens.Count, out var title, out var length) || title.Kind != TitleKind.Office)
            {
                continue;
            }

            var last = i + length;
            if (last + 1 < tokens.Count && (tokens[last + 1].Is("of") || tokens[last + 1].IsCapitalized && !tokens[last + 1].IsAcronym && tokens[last + 1].Kind == TokenKind.Word && SameSentence(context, last, last + 1)))
            {
                continue;
            }

            var start = tokens[i].Span.Start;
            var holders = context.Posts
                .Where(p => p.Span.Start < start && Fits(title.Title, p.Title))
                .Select(p => p.HolderKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (holders.Count != 1 || (context.Created.GetValueOrDefault(holders[0]) ?? context.Lexicon.Find(holders[0])) is not { } holder)
            {
                continue;
            }

            context.AddMention(context.CandidateOf(i, last, MentionKind.Description, holder));
            i = last;
        }
    }

    // "Minister" alone fits every minister's post; any other title fits only itself ("President" is not "Vice President").
    private static bool Fits(string said, string post) =>
        string.Equals(said, post, StringComparison.OrdinalIgnoreCase)
        || (said == "Minister" && post.EndsWith(" Minister", StringComparison.Ordinal));

    private static bool SameSentence(ExtractionContext context, int a, int b) =>
        context.Document.SentenceOf(a) == context.Document.SentenceOf(b);

    // "28-nation", "55-member", "27-country"
    private static bool IsSizeModifier(Token token)
    {
        var dash = token.Text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && token.Text[..dash].All(char.IsAsciiDigit)
            && token.Text[(dash + 1)..] is "nation" or "member" or "country" or "state" or "strong";
    }

    private static void ResolvePronouns(ExtractionContext context, QuoteRegions quotes)
    {
        var tokens = context.Document.Tokens;
        var persons = context.Mentions.Where(m => m.Entity.Kind == EntityKind.Person).OrderBy(m => m.Last).ToList();

        // The person mentions that end before the current token, in text order, pronouns included.
        var seen = new List<Candidate>();
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var gender = PronounGender(tokens[i]);
            if (gender is null || context.IsTaken(i) || quotes.Inside(i))
            {
                continue;
            }

            while (next < persons.Count && persons[next].Last < i)
            {
                seen.Add(persons[next++]);
            }

            var antecedent = FindAntecedent(context, seen, i, gender.Value);
            if (antecedent is null)
            {
                continue;
            }

            var candidate = context.CandidateOf(i, i, MentionKind.Pronoun, antecedent);
            context.AddMention(candidate);
            seen.Add(candidate);

            // "his country" is the country of the post its holder has.
            if ((tokens[i].Is("his") || tokens[i].Is("her")) && i + 1 < tokens.Count && tokens[i + 1].Is("country") && !context.IsTaken(i + 1)
                && CountryOf(context, antecedent.Key) is { } country)
            {
                context.AddNestedMention(context.CandidateOf(i, i + 1, MentionKind.Pronoun, country));
                context.Consumed.Add(i + 1);
            }
        }
    }

    private static LexiconEntry? FindAntecedent(ExtractionContext context, List<Candidate> seen, int pronoun, char gender)
    {
        var sentence = context.Document.SentenceOf(pronoun);
        for (var k = seen.Count - 1; k >= 0; k--)
        {
            var mention = seen[k];
            if (sentence - context.Document.SentenceOf(mention.First) > PronounWindowSentences)
            {
                return null;
            }

            var known = context.Genders.GetValueOrDefault(mention.Entity.Key);
            if (known == '\0' || known == gender)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    /// <summary>The country whose post the person holds, or null.</summary>
    public static LexiconEntry? CountryOf(ExtractionContext context, string personKey)
    {
        foreach (var post in context.Posts)
        {
            if (post.HolderKey == personKey && post.InstitutionKey is { } key && context.Lexicon.Find(key) is { Kind: EntityKind.Country } country)
            {
                return country;
            }
        }

        return null;
    }

    private static char? PronounGender(Token token) => token.Text switch
    {
        "he" or "He" or "him" or "his" or "His" => 'm',
        "she" or "She" or "her" or "Her" or "hers" => 'f',
        _ => null,
    };
}
