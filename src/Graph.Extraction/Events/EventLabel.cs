using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Events;

/// <summary>
/// Composes a readable event label from its parts: who ("Belgian police", "European Union"), the
/// words around the trigger ("deadly attacks", "foreign ministers' meeting", "appeal for an
/// anti-terror alliance") and where ("in Brussels", left out when the actor already says it).
/// </summary>
internal static class EventLabel
{
    private static readonly HashSet<string> s_groupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "leaders", "officials", "diplomats", "delegates", "envoys", "lawmakers", "negotiators", "representatives",
    };

    private static readonly HashSet<string> s_objectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "in", "on", "and", "after", "by", "from", "at", "as", "across",
    };

    /// <summary>The label of the event <paramref name="draft"/> becomes.</summary>
    public static string Compose(ExtractionContext context, EventRecognizer.Draft draft, IReadOnlyList<LexiconEntry> actors, LexiconEntry? place)
    {
        var tokens = context.Document.Tokens;
        var parts = new List<string>();
        var people = actors.Where(a => a.Kind == EntityKind.Person && !draft.Objects.Contains(a)).Select(a => a.Name).ToList();
        foreach (var actor in actors.Where(a => a.Kind != EntityKind.Person && !draft.Objects.Contains(a)).Take(2))
        {
            if (actor.Kind == EntityKind.Country && actors.Any(a => a.Name.StartsWith(context.Lexicon.Adjectives.GetValueOrDefault(actor.Key, "\0") + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            parts.Add(actor.Kind == EntityKind.Country ? context.Lexicon.Adjectives.GetValueOrDefault(actor.Key, actor.Name) : actor.Name);
        }

        if (draft.Trigger.IsVerb && draft.Trigger.Kind == EventKind.Meeting && Group(tokens, draft) is { } group)
        {
            parts.Add(group + "'");
        }

        parts.AddRange(draft.Modifiers);
        var singular = place is not null && draft.Places.Count > 1 && draft.Trigger.Noun.EndsWith('s');
        var noun = draft.NounPhrase ?? (draft.Trigger.IsVerb ? draft.Trigger.Noun : context.Document.SpanOf(draft.First, draft.Last).Of(context.Document.Text).ToLowerInvariant());
        if (singular)
        {
            noun = noun[..^1];
        }

        if (draft.Trigger.Kind == EventKind.MilitaryDeployment && !noun.Contains("military", StringComparison.Ordinal) && !parts.Any(p => p.EndsWith("military", StringComparison.Ordinal)))
        {
            noun = "military " + noun;
        }

        parts.Add(noun);
        if (draft.Trigger.Kind is EventKind.Appeal or EventKind.Attack && Object(tokens, draft) is { } purpose)
        {
            parts.Add(purpose);
        }
        else if (draft.Objects.Count > 0)
        {
            parts.Add((draft.Trigger.Kind == EventKind.Meeting ? "with " : "to ") + draft.Objects[0].Name);
        }

        if (people.Count > 0)
        {
            parts.Add("by " + string.Join(" and ", people));
        }

        var label = string.Join(' ', parts.Where(p => p.Length > 0));
        if (place is not null && !actors.Any(a => a.Key == place.Key || a.Name.StartsWith(context.Lexicon.Adjectives.GetValueOrDefault(place.Key, "\0") + " ", StringComparison.Ordinal)))
        {
            label += " in " + place.Name;
        }

        return label.Length > 0 ? char.ToUpperInvariant(label[0]) + label[1..] : label;
    }

    // "the bloc's foreign ministers met": the people who met.
    private static string? Group(List<Token> tokens, EventRecognizer.Draft draft)
    {
        var k = draft.First - 1;
        if (k >= draft.Sentence.FirstToken && tokens[k].Is("also"))
        {
            k--;
        }

        if (k < draft.Sentence.FirstToken || !s_groupNouns.Contains(tokens[k].Text))
        {
            return null;
        }

        var start = k;
        while (start - 1 >= draft.Sentence.FirstToken && tokens[start - 1].Kind == TokenKind.Word && char.IsLower(tokens[start - 1].Text[0])
               && !tokens[start - 1].Is("the") && !tokens[start - 1].Is("some") && !tokens[start - 1].Is("many") && start > k - 2)
        {
            start--;
        }

        return string.Join(' ', Enumerable.Range(start, k - start + 1).Select(t => tokens[t].Text));
    }

    // "called for an anti-terror alliance with…": what was asked for.
    private static string? Object(List<Token> tokens, EventRecognizer.Draft draft)
    {
        var k = draft.Last + 1;
        var preposition = draft.Trigger.Kind == EventKind.Attack ? "on" : "for";
        var prefix = tokens[draft.Last].Is(preposition) ? preposition : null;
        if (prefix is null && k < draft.Sentence.EndToken && tokens[k].Is(preposition))
        {
            prefix = preposition;
            k++;
        }

        if (prefix is null)
        {
            return null;
        }

        var words = new List<string> { prefix };
        for (; k < draft.Sentence.EndToken && words.Count <= 6; k++)
        {
            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote || s_objectStops.Contains(tokens[k].Text))
            {
                break;
            }

            words.Add(tokens[k].Text);
        }

        return words.Count > 1 ? string.Join(' ', words) : null;
    }
}
