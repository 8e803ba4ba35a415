using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds the remaining names: runs of capitalised words (with inner "of", "for", "&amp;", "de"…)
/// split into known names from the gazetteer and unknown names, which <see cref="NameClassifier"/>
/// types. A run that holds a type cue ("University of Texas", "Kennedy Space Center") is one name,
/// with the known places inside it kept as nested mentions.
/// </summary>
internal static class NameChunker
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "on", "&", "de", "del", "da", "al", "bin", "von", "van", "and",
    };

    /// <summary>Adds the names found to <paramref name="context"/>.</summary>
    public static void Run(ExtractionContext context)
    {
        var unknown = new List<(int First, int Last)>();
        foreach (var sentence in context.Document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (context.IsTaken(i) || !StartsName(context.Document.Tokens[i]))
                {
                    i++;
                    continue;
                }

                // A known name may go on in lower case: "the European parliament".
                if (context.Lexicon.Gazetteer.TryMatch(context.Document.Tokens, i, sentence.EndToken, out var known, out var length)
                    && i + length - 1 > ChunkEnd(context, i, sentence.EndToken))
                {
                    context.AddMention(context.CandidateOf(i, i + length - 1, known.MentionKind, known.Entry));
                    i += length;
                    continue;
                }

                var last = ChunkEnd(context, i, sentence.EndToken);
                Analyze(context, i, last, unknown);
                i = last + 1;
            }
        }

        // Multi-word names first, so that a lone surname later finds its person.
        foreach (var (first, last) in unknown.OrderByDescending(u => u.Last - u.First))
        {
            NameClassifier.Classify(context, first, last);
        }

        NameClassifier.ClassifyByCoordination(context);
    }

    private static bool StartsName(Token token) => token.IsCapitalized || token.IsAcronym;

    private static int ChunkEnd(ExtractionContext context, int start, int end)
    {
        var tokens = context.Document.Tokens;
        var last = start;
        for (var i = start + 1; i < end; i++)
        {
            if (context.IsTaken(i))
            {
                break;
            }

            if (StartsName(tokens[i]))
            {
                last = i;
                continue;
            }

            // "University of Texas", "Daughters of the American Revolution": a connector joins only
            // capitalised words, and "and" only inside a name that a cue types ("Museum and Art Gallery").
            if (s_connectors.Contains(tokens[i].Text) && i + 1 < end && (StartsName(tokens[i + 1]) || (tokens[i + 1].Is("the") && i + 2 < end && StartsName(tokens[i + 2]))))
            {
                if (tokens[i].Text == "and" && !HasCue(context, start, i - 1))
                {
                    break;
                }

                if (tokens[i + 1].Is("the"))
                {
                    i++;
                }

                continue;
            }

            break;
        }

        return last;
    }

    private static bool HasCue(ExtractionContext context, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (context.Lexicon.NameCues.ContainsKey(context.Document.Tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static void Analyze(ExtractionContext context, int first, int last, List<(int, int)> unknown)
    {
        var tokens = context.Document.Tokens;
        var lexicon = context.Lexicon;

        // A leading "The" belongs to the sentence, not the name, unless the name is a known one.
        if (tokens[first].Is("The") && first < last && !lexicon.Gazetteer.TryMatch(tokens, first, last + 1, out _, out _))
        {
            first++;
        }

        if (lexicon.Gazetteer.TryMatch(tokens, first, last + 1, out var whole, out var wholeLength) && wholeLength == last - first + 1)
        {
            context.AddMention(context.CandidateOf(first, last, whole.MentionKind, whole.Entry));
            return;
        }

        if (IsNonEntity(context, first, last))
        {
            return;
        }

        var cue = CueKind(context, first, last);
        if (cue is not null && !StartsWithTitle(context, first, last))
        {
            NameClassifier.AddNamed(context, first, last, cue.Value, nestKnown: true);
            return;
        }

        // Split the run into known names and the unknown stretches between them.
        var stretch = -1;
        var i = first;
        while (i <= last)
        {
            if (lexicon.Gazetteer.TryMatch(tokens, i, last + 1, out var known, out var length) && !(known.Entry.Kind == EntityKind.Country && known.MentionKind == MentionKind.Adjective && stretch >= 0))
            {
                if (stretch >= 0)
                {
                    unknown.Add(Trim(tokens, stretch, i - 1));
                    stretch = -1;
                }

                context.AddMention(context.CandidateOf(i, i + length - 1, known.MentionKind, known.Entry));
                i += length;
                continue;
            }

            if (lexicon.Titles.TryMatch(tokens, i, last + 1, out _, out var titleLength) && stretch < 0)
            {
                for (var t = i; t < i + titleLength; t++)
                {
                    context.Consumed.Add(t);
                }

                i += titleLength;
                continue;
            }

            if (stretch < 0)
            {
                stretch = i;
            }

            i++;
        }

        if (stretch >= 0)
        {
            unknown.Add(Trim(tokens, stretch, last));
        }
    }

    // Connectors never start or end a name.
    private static (int, int) Trim(List<Token> tokens, int first, int last)
    {
        while (first < last && !StartsName(tokens[first]))
        {
            first++;
        }

        while (last > first && !StartsName(tokens[last]))
        {
            last--;
        }

        return (first, last);
    }

    // The last type word decides: "Space Shuttle Columbia" (a vehicle), "Clean Air Act" (a law) are none of ours,
    // but "Nobel Prize Committee" is an organisation.
    private static bool IsNonEntity(ExtractionContext context, int first, int last)
    {
        var tokens = context.Document.Tokens;
        for (var t = last; t > first; t--)
        {
            if (context.Lexicon.NonEntityCues.Contains(tokens[t].Text))
            {
                return true;
            }

            if (context.Lexicon.NameCues.ContainsKey(tokens[t].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static EntityKind? CueKind(ExtractionContext context, int first, int last)
    {
        if (first == last)
        {
            return null;
        }

        var tokens = context.Document.Tokens;

        // The last cue decides: "Museum of Flight" is typed by "Museum", "Wright-Patterson Air Force Base" by "Base".
        EntityKind? kind = null;
        for (var t = first + 1; t <= last; t++)
        {
            if (context.Lexicon.NameCues.TryGetValue(tokens[t].Text, out var k))
            {
                kind = k;
            }
        }

        if (kind is null && context.Lexicon.NameCues.TryGetValue(tokens[first].Text, out var leading) && first + 1 <= last && tokens[first + 1].Is("of"))
        {
            kind = leading;
        }

        return kind;
    }

    private static bool StartsWithTitle(ExtractionContext context, int first, int last) =>
        context.Lexicon.Titles.TryMatch(context.Document.Tokens, first, last + 1, out var title, out _) && title.Kind != TitleKind.Role;
}
