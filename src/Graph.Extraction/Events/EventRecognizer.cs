using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Quotations;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Extraction.Time;

namespace Graph.Extraction.Events;

/// <summary>
/// Finds events from trigger words outside quotations and gives each its actors (the subject of a
/// verb, the modifiers of a noun: "Belgian police raids"), its place ("in", "across", "at" a place
/// after the trigger; the object of "met"), and its time (an expression in the same clause; for a
/// meeting reported with "met" and no time of its own, the day the article's lead sentence names,
/// the news day of wire copy). Mentions of one meeting are merged.
/// </summary>
internal static class EventRecognizer
{
    private static readonly HashSet<string> s_militaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "military", "troops", "soldiers", "army", "forces", "warships", "paratroopers", "marines", "tanks", "jets",
    };

    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "across", "at", "throughout", "near", "inside", "around",
    };

    private static readonly HashSet<string> s_clauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "said", "says", "that", "which", "who", "(", ")", "As", "as", "when", "while", "after", "before",
    };

    private static readonly HashSet<string> s_functionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "and", "or", "for", "to", "with", "on", "at", "by", "from", "its", "their", "his", "her", "this", "that", "these", "those",
    };

    private static readonly Dictionary<string, string> s_governmentBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["police"] = "police",
        ["military"] = "military",
        ["army"] = "army",
        ["troops"] = "military",
        ["soldiers"] = "military",
        ["prosecutors"] = "prosecutors",
    };

    /// <summary>The events of the article.</summary>
    public static List<Event> Find(ExtractionContext context, QuoteRegions quotes, IReadOnlyList<TimeExpression> times, string articleId)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        var newsDay = NewsDay(document, times);
        var drafts = new List<Draft>();
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (quotes.Inside(i) || context.MentionAt(i) is not null
                    || !context.Lexicon.EventTriggers.TryMatch(tokens, i, sentence.EndToken, out var trigger, out var length))
                {
                    continue;
                }

                var last = i + length - 1;
                if (!Plausible(tokens, i, last, trigger, sentence))
                {
                    continue;
                }

                var draft = new Draft(trigger, i, last, sentence);
                var noun = trigger.IsVerb ? SameKindNounAfter(context, draft) : -1;
                FindActors(context, draft);
                FindPlaces(context, draft);
                draft.Time = FindTime(times, draft) ?? (trigger.IsVerb && trigger.Kind == EventKind.Meeting && tokens[i].Is("met") ? newsDay : null);
                drafts.Add(draft);
                i = Math.Max(last, noun);
            }
        }

        return Build(context, Merge(drafts), articleId);
    }

    // "signed a trade agreement": the noun names the event the verb reports; it is not a second event.
    private static int SameKindNounAfter(ExtractionContext context, Draft draft)
    {
        var tokens = context.Document.Tokens;
        for (var k = draft.Last + 1; k < draft.Sentence.EndToken && k <= draft.Last + 4; k++)
        {
            if (context.Lexicon.EventTriggers.TryMatch(tokens, k, draft.Sentence.EndToken, out var noun, out var length) && !noun.IsVerb && noun.Kind == draft.Trigger.Kind)
            {
                var start = k;
                while (start - 1 > draft.Last && tokens[start - 1].Kind == TokenKind.Word && char.IsLower(tokens[start - 1].Text[0]) && !s_functionWords.Contains(tokens[start - 1].Text))
                {
                    start--;
                }

                draft.NounPhrase = string.Join(' ', Enumerable.Range(start, k + length - start).Select(t => tokens[t].Text));
                return k + length - 1;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return -1;
    }

    private static bool Plausible(List<Token> tokens, int first, int last, EventTrigger trigger, Sentence sentence)
    {
        bool Near(Func<Token, bool> test, int before, int after)
        {
            for (var k = Math.Max(sentence.FirstToken, first - before); k < Math.Min(sentence.EndToken, last + after + 1); k++)
            {
                if (test(tokens[k]))
                {
                    return true;
                }
            }

            return false;
        }

        return trigger.Kind switch
        {
            // Diplomats, attachés and equipment are deployed too; only armed forces make a military deployment.
            EventKind.MilitaryDeployment => Near(t => s_militaryWords.Contains(t.Text), trigger.IsVerb ? 0 : 2, 4),
            EventKind.Meeting when tokens[first].Is("talks") => !(first > 0 && (tokens[first - 1].Is("he") || tokens[first - 1].Is("she"))),
            EventKind.Agreement when tokens[first].Is("signed") => Near(t => t.Is("agreement") || t.Is("deal") || t.Is("treaty") || t.Is("accord"), 0, 4),
            _ => true,
        };
    }

    private static void FindActors(ExtractionContext context, Draft draft)
    {
        var tokens = context.Document.Tokens;
        if (draft.Trigger.IsVerb)
        {
            CollectSubject(context, draft);

            // The object: "urged the European Parliament", "met with Kerry".
            for (var k = draft.Last + 1; k < draft.Sentence.EndToken && k <= draft.Last + 3; k++)
            {
                if (context.MentionAt(k) is { } mention && IsActor(mention.Entity) && mention.Entity.Kind is not (EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Place))
                {
                    draft.Actors.Add(mention.Entity);
                    draft.Objects.Add(mention.Entity);
                    break;
                }

                if (tokens[k].Kind == TokenKind.Punctuation || (s_placePrepositions.Contains(tokens[k].Text) && !tokens[k].Is("with")))
                {
                    break;
                }
            }

            if (draft.Trigger.Kind == EventKind.MilitaryDeployment && BodyAfter(context, draft) is var (deployed, at) && deployed is not null)
            {
                draft.Body = deployed;
                draft.BodyToken = at;
            }

            return;
        }

        // A noun's modifiers: "Belgian police raids", "EU summit".
        for (var k = draft.First - 1; k >= draft.Sentence.FirstToken && k >= draft.First - 3; k--)
        {
            if (context.MentionAt(k) is { } mention && IsActor(mention.Entity))
            {
                draft.Actors.Insert(0, mention.Entity);
                k = mention.First;
                continue;
            }

            if (s_governmentBodies.TryGetValue(tokens[k].Text, out var body) && draft.Body is null)
            {
                draft.Body = body;
                draft.BodyToken = k;
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(tokens[k].Text[0]) || s_functionWords.Contains(tokens[k].Text)
                || context.Lexicon.EventTriggers.TryMatch(tokens, k, k + 1, out _, out _))
            {
                break;
            }

            draft.Modifiers.Insert(0, tokens[k].Text);
        }

        // "The WTO welcomed the deal in a statement": a statement is its clause's subject's.
        if (draft.Actors.Count == 0 && draft.Trigger.Kind == EventKind.Statement)
        {
            CollectSubject(context, draft);
        }
    }

    // The subject: the entities named between the clause's start and the trigger, a government body
    // ("Police in Tokyo arrested"), and a place inside it as the fallback place. A country adjective
    // that qualifies an official ("Japanese Prime Minister Hiroshi Tanaka") is the official's, not an actor.
    private static void CollectSubject(ExtractionContext context, Draft draft)
    {
        var tokens = context.Document.Tokens;
        for (var k = draft.First - 1; k >= draft.Sentence.FirstToken && !s_clauseBreaks.Contains(tokens[k].Text) && tokens[k].Kind != TokenKind.Quote; k--)
        {
            if (context.MentionAt(k) is { } mention && mention.Last == k)
            {
                if (mention.MentionKind == MentionKind.Adjective && QualifiesPerson(context, mention))
                {
                    k = mention.First;
                    continue;
                }

                if (IsActor(mention.Entity))
                {
                    draft.Actors.Insert(0, mention.Entity);
                }
                else if (mention.First > 0 && tokens[mention.First - 1].Is("in"))
                {
                    draft.SubjectPlace = mention.Entity;
                }

                k = mention.First;
                continue;
            }

            if (context.MentionAt(k) is null && s_governmentBodies.TryGetValue(tokens[k].Text, out var body) && draft.Body is null)
            {
                draft.Body = body;
                draft.BodyToken = k;
            }
        }
    }

    private static bool QualifiesPerson(ExtractionContext context, Candidate adjective)
    {
        var k = adjective.Last + 1;
        while (k < context.Document.Tokens.Count && context.Consumed.Contains(k))
        {
            k++;
        }

        return k < context.Document.Tokens.Count && context.MentionAt(k) is { Entity.Kind: EntityKind.Person };
    }

    // "deployed the military", "deployed troops": the body deployed and where it is named.
    private static (string? Body, int Token) BodyAfter(ExtractionContext context, Draft draft)
    {
        var tokens = context.Document.Tokens;
        for (var k = draft.Last + 1; k < draft.Sentence.EndToken && k <= draft.Last + 3; k++)
        {
            if (s_governmentBodies.TryGetValue(tokens[k].Text, out var body) && context.MentionAt(k) is null)
            {
                return (body, k);
            }
        }

        return (null, -1);
    }

    private static bool IsActor(LexiconEntry entity) => entity.Kind is not (EntityKind.Region or EntityKind.Place or EntityKind.City);

    private static void FindPlaces(ExtractionContext context, Draft draft)
    {
        var tokens = context.Document.Tokens;
        var end = Math.Min(draft.Sentence.EndToken, draft.Last + 8);
        var k = draft.Last + 1;

        // "met Brussels", "met in Brussels"
        if (draft.Trigger.Kind == EventKind.Meeting && k < end && PlaceAt(context, k) is { } direct)
        {
            draft.Places.Add(direct.Entity);
            return;
        }

        for (; k < end; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" || tokens[k].Kind == TokenKind.Quote)
            {
                break;
            }

            if (!s_placePrepositions.Contains(tokens[k].Text))
            {
                continue;
            }

            var m = k + 1;
            if (m < end && tokens[m].Is("the"))
            {
                m++;
            }

            // "in Syria and Iraq": every coordinated place.
            while (m < draft.Sentence.EndToken && PlaceAt(context, m) is { } place)
            {
                draft.Places.Add(place.Entity);
                m = place.Last + 1;
                if (m + 1 < draft.Sentence.EndToken && (tokens[m].Is("and") || tokens[m].Text == ","))
                {
                    m++;
                    continue;
                }

                break;
            }

            if (draft.Places.Count > 0)
            {
                return;
            }
        }

        // "in Addis Ababa, where the ministers met"
        for (var w = draft.First - 1; w > draft.Sentence.FirstToken + 1 && w >= draft.First - 8; w--)
        {
            if (tokens[w].Is("where") && tokens[w - 1].Text == "," && context.MentionAt(w - 2) is { } before
                && before.Entity.Kind is EntityKind.City or EntityKind.Country or EntityKind.Region or EntityKind.Place && before.MentionKind == MentionKind.Name)
            {
                draft.Places.Add(before.Entity);
                return;
            }
        }

        if (draft.SubjectPlace is not null)
        {
            draft.Places.Add(draft.SubjectPlace);
            return;
        }

        // "Brussels attacks": a city named right before a noun.
        if (!draft.Trigger.IsVerb && draft.First > 0 && context.MentionAt(draft.First - 1) is { Entity.Kind: EntityKind.City, MentionKind: MentionKind.Name } city)
        {
            draft.Places.Add(city.Entity);
        }
    }

    private static Candidate? PlaceAt(ExtractionContext context, int token)
    {
        foreach (var mention in context.MentionsStartingAt(token))
        {
            if (mention.Entity.Kind is EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Place or EntityKind.CountryGroup
                && mention.MentionKind != MentionKind.Adjective)
            {
                return mention;
            }
        }

        return null;
    }

    private static TimeReference? FindTime(IReadOnlyList<TimeExpression> times, Draft draft)
    {
        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        var from = LowerBound(times, draft.Sentence.FirstToken);
        for (var n = from; n < times.Count && times[n].First < draft.Sentence.EndToken; n++)
        {
            var time = times[n];
            if (time.First < draft.Sentence.FirstToken || time.Last >= draft.Sentence.EndToken)
            {
                continue;
            }

            // After the trigger within its clause; before it only right before a verb ("on Monday called").
            var distance = time.First > draft.Last ? time.First - draft.Last : draft.Trigger.IsVerb ? draft.First - time.Last : int.MaxValue;
            var limit = time.First > draft.Last ? 8 : 3;
            if (distance <= limit && distance < bestDistance)
            {
                best = time;
                bestDistance = distance;
            }
        }

        return best?.Reference;
    }

    // The first time expression that starts at or after token `first` (times are in text order).
    private static int LowerBound(IReadOnlyList<TimeExpression> times, int first)
    {
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (times[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The day the lead sentence names ("The European Union on Monday called…"): the news day.
    private static TimeReference? NewsDay(TextDocument document, IReadOnlyList<TimeExpression> times)
    {
        if (document.Sentences.Count == 0)
        {
            return null;
        }

        var lead = document.Sentences[0];
        return times.FirstOrDefault(t => t.Last < lead.EndToken && t.Reference.Start is not null && t.Reference.Start == t.Reference.End)?.Reference;
    }

    // Mentions of one meeting ("the ministers met… As the ministers met") become one event.
    private static List<Draft> Merge(List<Draft> drafts)
    {
        var merged = new List<Draft>();
        foreach (var draft in drafts)
        {
            var same = draft.Trigger.Kind == EventKind.Meeting
                ? merged.FirstOrDefault(m => m.Trigger.Kind == EventKind.Meeting && Compatible(m, draft))
                : null;
            if (same is null)
            {
                merged.Add(draft);
                continue;
            }

            same.Actors.AddRange(draft.Actors.Where(a => !same.Actors.Contains(a)));
            same.Places.AddRange(draft.Places.Where(p => !same.Places.Contains(p)));
            same.Time ??= draft.Time;
        }

        return merged;
    }

    private static bool Compatible(Draft a, Draft b) =>
        (a.Places.Count == 0 || b.Places.Count == 0 || a.Places.SequenceEqual(b.Places))
        && (a.Time is null || b.Time is null || (a.Time.Start == b.Time.Start && a.Time.End == b.Time.End));

    private static List<Event> Build(ExtractionContext context, List<Draft> drafts, string articleId)
    {
        var events = new List<Event>();
        var counts = new Dictionary<EventKind, int>();
        foreach (var draft in drafts)
        {
            // "the conflicts in Syria and Iraq": one event a place for a plural noun.
            var places = draft.Places.Count > 1 && !draft.Trigger.IsVerb && draft.Trigger.Noun.EndsWith('s')
                ? draft.Places.Select(p => (LexiconEntry?)p).ToList()
                : [draft.Places.FirstOrDefault()];
            var bodyCountry = draft.Body is null ? null : BodyCountry(context, draft, draft.Places.FirstOrDefault());
            foreach (var place in places)
            {
                var actors = new List<LexiconEntry>(draft.Actors);
                var effectivePlace = place ?? (draft.Trigger.Kind == EventKind.MilitaryDeployment ? actors.FirstOrDefault(a => a.Kind == EntityKind.Country) : null);
                if (bodyCountry is not null)
                {
                    var adjective = context.Lexicon.Adjectives.GetValueOrDefault(bodyCountry.Key, bodyCountry.Name);
                    var body = context.Create($"organization/{bodyCountry.Key["country/".Length..]}/{draft.Body}", EntityKind.GovernmentOrganization, $"{adjective} {draft.Body}");
                    if (draft.BodyToken >= 0)
                    {
                        context.AddMention(context.CandidateOf(draft.BodyToken, draft.BodyToken, MentionKind.Description, body));
                    }

                    actors.Add(body);
                }

                var n = counts[draft.Trigger.Kind] = counts.GetValueOrDefault(draft.Trigger.Kind) + 1;
                var trigger = context.Document.SpanOf(draft.First, draft.Last);
                events.Add(new Event(
                    $"event/{articleId}/{KebabCase(draft.Trigger.Kind)}-{n}",
                    draft.Trigger.Kind,
                    EventLabel.Compose(context, draft, actors, effectivePlace),
                    trigger.Of(context.Document.Text),
                    trigger,
                    actors.Select(a => a.Key).Distinct().ToList(),
                    effectivePlace?.Key,
                    draft.Time));
            }
        }

        return events;
    }

    private static string KebabCase(EventKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // Whose police: the adjective before it ("Belgian police"), the subject of "deployed", else the country of the place.
    private static LexiconEntry? BodyCountry(ExtractionContext context, Draft draft, LexiconEntry? place)
    {
        var country = draft.Actors.FirstOrDefault(a => a.Kind == EntityKind.Country);
        if (country is not null)
        {
            if (!draft.Trigger.IsVerb)
            {
                draft.Actors.Remove(country);
            }

            return country;
        }

        return place switch
        {
            { Kind: EntityKind.Country } => place,
            { ContainedInKey: { } key } => context.Lexicon.Find(key),
            _ => null,
        };
    }

    /// <summary>An event while it is being assembled.</summary>
    internal sealed class Draft(EventTrigger trigger, int first, int last, Sentence sentence)
    {
        public EventTrigger Trigger { get; } = trigger;

        public int First { get; } = first;

        public int Last { get; } = last;

        public Sentence Sentence { get; } = sentence;

        public List<LexiconEntry> Actors { get; } = [];

        public List<LexiconEntry> Places { get; } = [];

        public List<string> Modifiers { get; } = [];

        public List<LexiconEntry> Objects { get; } = [];

        public string? Body { get; set; }

        public int BodyToken { get; set; } = -1;

        public LexiconEntry? SubjectPlace { get; set; }

        public string? NounPhrase { get; set; }

        public TimeReference? Time { get; set; }
    }
}
