using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds groups of countries: a known qualifier before "countries", "nations" or "states"
/// ("Arab countries", "Muslim nations", "EU countries"). "nations" and "countries" name the same group.
/// </summary>
internal static class CountryGroupRecognizer
{
    /// <summary>Adds the groups found to <paramref name="context"/>.</summary>
    public static void Run(ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        foreach (var sentence in context.Document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (context.IsTaken(i) || !tokens[i].IsCapitalized && !tokens[i].IsAcronym
                    || !context.Lexicon.CountryGroupQualifiers.TryMatch(tokens, i, sentence.EndToken, out var group, out var length))
                {
                    continue;
                }

                var head = i + length;
                if (head >= sentence.EndToken || !(tokens[head].Is("countries") || tokens[head].Is("nations") || tokens[head].Is("states") || tokens[head].Is("members")))
                {
                    continue;
                }

                var entry = context.Create("country-group/" + LexiconLoader.Slug(group), EntityKind.CountryGroup, group);
                context.AddMention(context.CandidateOf(i, head, MentionKind.Name, entry));

                // "EU countries" also mentions the EU.
                if (context.Lexicon.Gazetteer.TryMatch(tokens, i, head, out var qualifier, out var qLength) && qLength == length
                    && qualifier.Entry.Kind is EntityKind.IntergovernmentalOrganization)
                {
                    context.AddNestedMention(context.CandidateOf(i, i + qLength - 1, MentionKind.Name, qualifier.Entry));
                }

                i = head;
            }
        }
    }
}
