using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds officials and their posts from the patterns wire news uses:
/// "Belgian Foreign Minister Didier Reynders", "EU foreign policy chief Federica Mogherini",
/// "New Zealand's Prime Minister John Key" (qualifier, title, name); "Mogherini, the EU's foreign
/// policy chief," and "X, Belgium's foreign minister" (appositive); "Prime Minister X of Belgium".
/// Titles of address ("Mr", "Dr") and occupations ("actor") mark persons without a post.
/// </summary>
internal static class OfficialRecognizer
{
    /// <summary>Adds the officials, their qualifiers and posts to <paramref name="context"/>.</summary>
    public static void Run(ExtractionContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!context.IsTaken(i))
                {
                    var next = TryTitleBeforeName(context, i, sentence.EndToken);
                    if (next < 0 && context.Document.Tokens[i].IsCapitalized)
                    {
                        next = TryAppositive(context, i, sentence.EndToken);
                    }

                    i = Math.Max(i, next);
                }
            }
        }
    }

    // qualifier? title name ("of" institution)?  → the index of the last token used, or -1.
    private static int TryTitleBeforeName(ExtractionContext context, int i, int end)
    {
        var tokens = context.Document.Tokens;
        var lexicon = context.Lexicon;
        var j = i;
        GazetteerName? qualifier = null;
        var qLength = 0;
        if ((tokens[i].IsCapitalized || tokens[i].IsAcronym) && lexicon.Gazetteer.TryMatch(tokens, i, end, out var q, out qLength) && IsQualifier(q))
        {
            qualifier = q;
            j = i + qLength;
            if (j < end && IsPossessive(tokens[j]))
            {
                j++;
            }
        }

        if (j >= end || !lexicon.Titles.TryMatch(tokens, j, end, out var title, out var tLength))
        {
            return -1;
        }

        // "General Assembly", "Secretary of State Department": a longer known name wins over the title.
        if (lexicon.Gazetteer.TryMatch(tokens, j, end, out _, out var gLength) && gLength > tLength)
        {
            return -1;
        }

        var nameStart = j + tLength;
        if (nameStart < end && tokens[nameStart].Text == ",")
        {
            return -1;
        }

        var nameEnd = PersonNames.Read(context, nameStart, end);
        if (nameEnd < 0)
        {
            return -1;
        }

        var institutionEnd = -1;
        if (qualifier is null && nameEnd + 2 < end && tokens[nameEnd + 1].Is("of")
            && lexicon.Gazetteer.TryMatch(tokens, nameEnd + 2, end, out var of, out var ofLength) && IsQualifier(of))
        {
            qualifier = of;
            institutionEnd = nameEnd + 1 + ofLength;
            context.AddMention(context.CandidateOf(nameEnd + 2, institutionEnd, of.MentionKind, of.Entry));
        }

        if (qualifier is not null && institutionEnd < 0)
        {
            context.AddMention(context.CandidateOf(i, i + qLength - 1, qualifier.MentionKind, qualifier.Entry));
        }

        for (var t = j; t < nameStart; t++)
        {
            context.Consumed.Add(t);
        }

        var person = PersonNames.Resolve(context, nameStart, nameEnd);
        context.AddMention(context.CandidateOf(nameStart, nameEnd, MentionKind.Name, person));
        if (title.Kind == TitleKind.Office)
        {
            var last = Math.Max(nameEnd, institutionEnd);
            context.Posts.Add((title.Title, qualifier?.Entry.Key, person.Key, context.Document.SpanOf(qualifier is null || institutionEnd >= 0 ? j : i, last)));
        }

        return Math.Max(nameEnd, institutionEnd);
    }

    // name , the? qualifier 's? title (, | . | of institution)
    private static int TryAppositive(ExtractionContext context, int i, int end)
    {
        var tokens = context.Document.Tokens;
        var lexicon = context.Lexicon;
        var nameEnd = PersonNames.Read(context, i, end);
        if (nameEnd < 0 || nameEnd + 2 >= end || tokens[nameEnd + 1].Text != ",")
        {
            return -1;
        }

        if (nameEnd == i && context.Document.StartsClause(i) && PersonNames.FindBySurname(context, tokens[i].Text) is null)
        {
            return -1;
        }

        var j = nameEnd + 2;
        if (tokens[j].Is("the"))
        {
            j++;
        }

        GazetteerName? qualifier = null;
        var qStart = j;
        var qLength = 0;
        if (j < end && lexicon.Gazetteer.TryMatch(tokens, j, end, out var q, out qLength) && IsQualifier(q))
        {
            qualifier = q;
            j += qLength;
            if (j < end && IsPossessive(tokens[j]))
            {
                j++;
            }
        }

        if (j >= end || !lexicon.Titles.TryMatch(tokens, j, end, out var title, out var tLength) || title.Kind != TitleKind.Office)
        {
            return -1;
        }

        var after = j + tLength;
        var last = after - 1;
        if (qualifier is null && after + 1 < end && tokens[after].Is("of")
            && lexicon.Gazetteer.TryMatch(tokens, after + 1, end, out var of, out var ofLength) && IsQualifier(of))
        {
            qualifier = of;
            qStart = after + 1;
            qLength = ofLength;
            last = after + ofLength;
        }

        var closing = last + 1;
        if (closing < end && !(tokens[closing].Text is "," or "." or ";" or ")" || tokens[closing].Kind == TokenKind.Quote || tokens[closing].Is("said") || tokens[closing].Is("says")))
        {
            return -1;
        }

        var person = PersonNames.Resolve(context, i, nameEnd);
        context.AddMention(context.CandidateOf(i, nameEnd, MentionKind.Name, person));
        if (qualifier is not null)
        {
            context.AddMention(context.CandidateOf(qStart, qStart + qLength - 1, qualifier.MentionKind, qualifier.Entry));
        }

        for (var t = j; t < j + tLength; t++)
        {
            context.Consumed.Add(t);
        }

        context.Posts.Add((title.Title, qualifier?.Entry.Key, person.Key, context.Document.SpanOf(i, last)));
        return last;
    }

    private static bool IsQualifier(GazetteerName name) => name.Entry.Kind is not (EntityKind.Region or EntityKind.CountryGroup);

    private static bool IsPossessive(Token token) => token.Text is "'s" or "’s" or "'" or "’";
}
