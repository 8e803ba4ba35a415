using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Types a name no lexicon knows, from the name itself and its neighbours: a known first name or
/// two or more words make a person; a lone surname of a person already found is that person; an
/// acronym is an organisation; a word after "in", "at", "from" is a place; a word before "said"
/// is a person. Anything else alone at the start of a sentence is taken for an ordinary word.
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

        if (kind == EntityKind.Person)
        {
            var person = PersonNames.Resolve(context, first, last);
            context.AddMention(context.CandidateOf(first, last, MentionKind.Name, person));
            return;
        }

        AddNamed(context, first, last, PlaceBefore(context, first) ? EntityKind.Place : kind, nestKnown: true);
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

    private static void ClassifySingle(ExtractionContext context, int t)
    {
        var tokens = context.Document.Tokens;
        var token = tokens[t];
        if (context.Lexicon.CommonCapitalized.Contains(token.Text) || token.Text.Length < 2)
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
        if (beforeSpeech && !token.IsAcronym)
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
            AddNamed(context, t, t, EntityKind.Organization, nestKnown: false);
            return;
        }

        AddNamed(context, t, t, PlaceBefore(context, t) ? EntityKind.Place : EntityKind.Organization, nestKnown: false);
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
