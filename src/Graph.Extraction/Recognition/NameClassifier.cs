using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Types a name no lexicon knows, from the name itself and its neighbours: a known first name or
/// two or more words make a person; a lone surname of a person already found is that person; an
/// acronym is an organisation; a word after "in", "at", "from" is a place; a word before "said"
/// is a person, and so is a lone known first name. Anything else alone at the start of a sentence is
/// taken for an ordinary word.
/// </summary>
internal static class NameClassifier
{
    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "from", "near", "to", "across", "throughout", "outside", "inside" };
    private static readonly HashSet<string> s_speechVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "told", "added", "explained", "noted", "argued", "stated", "wrote" };

    /// <summary>Types tokens <paramref name="first"/>..<paramref name="last"/> and adds the mention, if any.</summary>
    public static void Classify(ExtractionContext context, int first, int last)
    {
        var tokens = context.Document.Tokens;
        var lexicon = context.Lexicon;
        if (Enumerable.Range(first, last - first + 1).All(t => !tokens[t].IsAcronym && (lexicon.CommonCapitalized.Contains(tokens[t].Text) || !tokens[t].IsCapitalized)))
        {
            return;
        }

        while (first < last && lexicon.CommonCapitalized.Contains(tokens[first].Text))
        {
            first++;
        }

        if (first == last)
        {
            ClassifySingle(context, first);
            return;
        }

        var words = last - first + 1;
        var kind = EntityKind.Person;
        if (Enumerable.Range(first, words).Any(t => tokens[t].IsAcronym || tokens[t].Kind == TokenKind.Number || tokens[t].Text is "of" or "for" or "&" or "and" or "on"))
        {
            kind = EntityKind.Organization;
        }

        if (kind == EntityKind.Person && !HasPersonEvidence(context, first, last))
        {
            // "at Chapel Hill": an unknown name after a place preposition is a place; else it waits
            // for a second look (a list of people, see ClassifyByCoordination), or names nothing of ours.
            if (PlaceBefore(context, first))
            {
                AddNamed(context, first, last, EntityKind.Place, nestKnown: true);
                return;
            }

            context.Undecided.Add((first, last));
            return;
        }

        if (kind == EntityKind.Person)
        {
            var person = PersonNames.Resolve(context, first, last);
            context.AddMention(context.CandidateOf(first, last, MentionKind.Name, person));
            return;
        }

        AddNamed(context, first, last, PlaceBefore(context, first) ? EntityKind.Place : kind, nestKnown: true);
    }

    /// <summary>
    /// Second look at names left undecided: one listed with persons ("Jack Nicklaus, Vitas Gerulaitis
    /// and Andy Warhol") is a person too. Repeats while names get decided.
    /// </summary>
    public static void ClassifyByCoordination(ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        bool IsPerson(int token) => token >= 0 && token < tokens.Count && context.MentionAt(token) is { Entity.Kind: EntityKind.Person };
        bool Joiner(int token) => token >= 0 && token < tokens.Count && (tokens[token].Text is "," || tokens[token].Is("and"));
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (first, last) in context.Undecided.ToList())
            {
                if ((Joiner(first - 1) && IsPerson(first - 2)) || (Joiner(last + 1) && IsPerson(last + 2)))
                {
                    var person = PersonNames.Resolve(context, first, last);
                    context.AddMention(context.CandidateOf(first, last, MentionKind.Name, person));
                    context.Undecided.Remove((first, last));
                    changed = true;
                }
            }
        }
    }

    /// <summary>Adds a name typed as <paramref name="kind"/>, keeping the known names inside it as nested mentions.</summary>
    public static void AddNamed(ExtractionContext context, int first, int last, EntityKind kind, bool nestKnown)
    {
        var tokens = context.Document.Tokens;
        var name = context.Document.SpanOf(first, last).Of(context.Document.Text);
        var prefix = kind switch
        {
            EntityKind.Place or EntityKind.City => "place/",
            EntityKind.Person => "person/",
            _ => "organization/",
        };
        var entry = context.Create(prefix + LexiconLoader.Slug(name), kind, name);
        if (!context.AddMention(context.CandidateOf(first, last, MentionKind.Name, entry)) || !nestKnown)
        {
            return;
        }

        for (var t = first; t <= last; t++)
        {
            if (context.Lexicon.Gazetteer.TryMatch(tokens, t, last + 1, out var known, out var length)
                && known.Entry.Kind is EntityKind.Country or EntityKind.City or EntityKind.Place or EntityKind.Region or EntityKind.IntergovernmentalOrganization
                && known.MentionKind == MentionKind.Name)
            {
                context.AddNestedMention(context.CandidateOf(t, t + length - 1, known.MentionKind, known.Entry));
                t += length - 1;
            }
        }
    }

    // A known first name, a speech verb after the name, or the surname alone elsewhere in the text.
    private static bool HasPersonEvidence(ExtractionContext context, int first, int last)
    {
        var tokens = context.Document.Tokens;
        if (context.Lexicon.FirstNames.ContainsKey(tokens[first].Text) || (last + 1 < tokens.Count && s_speechVerbs.Contains(tokens[last + 1].Text)))
        {
            return true;
        }

        foreach (var k in context.TokensWithText(tokens[last].Text))
        {
            if ((k < first || k > last) && (k == 0 || !tokens[k - 1].IsCapitalized) && (k + 1 >= tokens.Count || !tokens[k + 1].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    private static void ClassifySingle(ExtractionContext context, int t)
    {
        var tokens = context.Document.Tokens;
        var token = tokens[t];

        // Codes ("STS-135") and participles ("Leaving") name nothing of ours.
        if (context.Lexicon.CommonCapitalized.Contains(token.Text) || token.Text.Length < 2 || token.Text.Any(char.IsDigit)
            || (token.Text.EndsWith("ing", StringComparison.Ordinal) && !token.IsAcronym))
        {
            return;
        }

        if (PersonNames.FindBySurname(context, token.Text) is { } person)
        {
            context.AddMention(context.CandidateOf(t, t, MentionKind.Name, person));
            return;
        }

        var clauseStart = context.Document.StartsClause(t);
        var beforeSpeech = t + 1 < tokens.Count && s_speechVerbs.Contains(tokens[t + 1].Text);
        if (beforeSpeech && !token.IsAcronym && !(clauseStart && LooksLikePluralNoun(token.Text)))
        {
            var entry = context.Create(PersonNames.KeyOf(token.Text), EntityKind.Person, token.Text);
            context.AddMention(context.CandidateOf(t, t, MentionKind.Name, entry));
            return;
        }

        if (clauseStart && !token.IsAcronym)
        {
            return;
        }

        if (token.IsAcronym)
        {
            // Two letters ("IQ", "TV") or a shouted word ("UNLESS") are too often no organisation.
            var letters = token.Text.Count(char.IsLetter);
            if (letters is > 2 and <= 5)
            {
                AddAcronym(context, t);
            }

            return;
        }

        // A lone unknown word may be a deity, a brand, a ship or a person. A place preposition before it
        // makes a place and a known first name ("Marilyn") a person; anything else is taken for an
        // organisation, the commonest kind of one-word name in news. (Dropping those instead costs the
        // GUM news set a third of its recall for a small gain in precision.)
        if (PlaceBefore(context, t))
        {
            AddNamed(context, t, t, EntityKind.Place, nestKnown: false);
        }
        else if (context.Lexicon.FirstNames.ContainsKey(token.Text))
        {
            var entry = context.Create(PersonNames.KeyOf(token.Text), EntityKind.Person, token.Text);
            context.AddMention(context.CandidateOf(t, t, MentionKind.Name, entry));
        }
        else
        {
            AddNamed(context, t, t, EntityKind.Organization, nestKnown: false);
        }
    }

    // "Reporters said", "Officials told": a capitalised plural of a common noun opening a clause is no
    // person. A surname with such an ending was found already from the full name earlier in the text.
    private static bool LooksLikePluralNoun(string word) =>
        word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ists", StringComparison.Ordinal)
        || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("ents", StringComparison.Ordinal)
        || word.EndsWith("ials", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal);

    // "Johnson Space Center (JSC)": an acronym in brackets after a name is another name of it.
    private static void AddAcronym(ExtractionContext context, int t)
    {
        var tokens = context.Document.Tokens;
        if (t >= 2 && tokens[t - 1].Text == "(" && context.MentionAt(t - 2) is { } named && named.MentionKind == MentionKind.Name)
        {
            var initials = string.Concat(Enumerable.Range(named.First, named.Last - named.First + 1)
                .Where(k => tokens[k].IsCapitalized).Select(k => tokens[k].Text[0]));
            if (initials == tokens[t].Text)
            {
                context.AddMention(context.CandidateOf(t, t, MentionKind.Name, named.Entity));
                return;
            }
        }

        AddNamed(context, t, t, EntityKind.Organization, nestKnown: false);
    }

    private static bool PlaceBefore(ExtractionContext context, int t)
    {
        var tokens = context.Document.Tokens;
        var before = t - 1;
        if (before >= 0 && tokens[before].Is("the"))
        {
            before--;
        }

        return before >= 0 && s_placePrepositions.Contains(tokens[before].Text);
    }
}
