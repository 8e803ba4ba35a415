using Graph.Extraction.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Quotations;

/// <summary>
/// Finds quotations and their speakers. Direct: <c>"…," X said</c>, <c>"…," said X</c>,
/// <c>X said: "…"</c>, <c>"…," he told reporters</c>. Reported: <c>X said (that) …</c> and
/// <c>X told reporters (that) …</c>, where X is a person the article names; the reported words run to
/// the end of the sentence. "…, according to X." and "According to X, …" are words reported for X; a
/// spokesperson ("X's spokesman", "a spokeswoman for X", "an X spokesperson") speaks for X.
/// </summary>
internal static class QuotationRecognizer
{
    private static readonly HashSet<string> s_speechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "adds", "stated", "declared", "explained", "insisted", "warned", "noted", "argued", "asked", "wrote", "tweeted", "announced",
    };

    private static readonly HashSet<string> s_spokespersons = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "spokespersons",
    };

    private const int SpeakerWindow = 10;

    /// <summary>The quotations of the article.</summary>
    public static List<Quotation> Find(ExtractionContext context, QuoteRegions quotes, string articleId)
    {
        var found = new List<Quotation>();
        var usedVerbs = new HashSet<int>();
        foreach (var (open, close) in quotes.Regions)
        {
            var speaker = SpeakerAfter(context, close, usedVerbs) ?? SpeakerBefore(context, open, usedVerbs) ?? SpeakerOpeningNextSentence(context, close);
            var span = Trim(context.Document, context.Document.Tokens[open].Span.End, context.Document.Tokens[close].Span.Start);
            if (span.Length == 0)
            {
                continue;
            }

            // A quoted title or scare quote ("courageous achievement") without a speaker is no quotation.
            if (speaker is null && close - open < 6)
            {
                continue;
            }

            found.Add(new Quotation($"quotation/{articleId}/{found.Count + 1}", span.Of(context.Document.Text), true, speaker, span));
        }

        foreach (var reported in Reported(context, quotes, usedVerbs).Concat(AccordingTo(context, quotes)))
        {
            found.Add(reported with { Key = $"quotation/{articleId}/{found.Count + 1}" });
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found.Select((q, n) => q with { Key = $"quotation/{articleId}/{n + 1}" }).ToList();
    }

    // "…," X said / "…," said X / "…," he told reporters
    private static string? SpeakerAfter(ExtractionContext context, int close, HashSet<int> usedVerbs)
    {
        var tokens = context.Document.Tokens;
        var sentenceEnd = context.Document.Sentences[context.Document.SentenceOf(close)].EndToken;
        if (close + 1 < tokens.Count && context.Document.SentenceOf(close + 1) != context.Document.SentenceOf(close))
        {
            // The closing mark ends the sentence: the speaker may open the next one only with a verb ("…." He said.) — rare; skip.
            return null;
        }

        string? beforeVerb = null;
        for (var k = close + 1; k < sentenceEnd && k <= close + SpeakerWindow; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                break;
            }

            if (s_speechVerbs.Contains(tokens[k].Text))
            {
                usedVerbs.Add(k);
                if (beforeVerb is not null)
                {
                    return beforeVerb;
                }

                // said X
                for (var m = k + 1; m < sentenceEnd && m <= k + SpeakerWindow; m++)
                {
                    if (SpeakerAt(context, m) is { } after)
                    {
                        return after;
                    }
                }

                return null;
            }

            beforeVerb = SpeakerAt(context, k) ?? beforeVerb;
        }

        return null;
    }

    // "… ." Berg said … / "… ." Foreign Minister Anna Berg added … / "… ." Berg, who …, said …: a quotation
    // that closes its sentence is the words of the person whose saying opens the next one. The verb is
    // left to reported speech, which takes what that sentence says.
    private static string? SpeakerOpeningNextSentence(ExtractionContext context, int close)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        var next = close + 1;
        if (next >= tokens.Count || document.SentenceOf(next) == document.SentenceOf(close) || tokens[next].Kind == TokenKind.Quote)
        {
            return null;
        }

        var sentence = document.Sentences[document.SentenceOf(next)];
        for (var k = next + 1; k < sentence.EndToken && k <= next + SpeakerWindow; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                return null;
            }

            if (!s_speechVerbs.Contains(tokens[k].Text))
            {
                continue;
            }

            var subject = tokens[k - 1].Is("also") || tokens[k - 1].Is("later") ? k - 2 : k - 1;
            if (subject < next)
            {
                return null;
            }

            // The subject must open the sentence: "Reporters said Berg …" is someone else speaking.
            var mention = context.MentionAt(subject);
            if (mention is not null && SpeakerAt(context, subject) is { } speaker && OpensSentence(context, next, mention.First))
            {
                return speaker;
            }

            if (tokens[subject].Text == "," && context.MentionAt(next) is { } opener && OpensSentence(context, next, opener.First)
                && AppositiveSpeaker(context, subject) is { } apposed && apposed == SpeakerAt(context, opener.Last))
            {
                return apposed;
            }

            return null;
        }

        return null;
    }

    // Only a title ("Foreign Minister") may stand before the mention at the sentence's start.
    private static bool OpensSentence(ExtractionContext context, int sentenceStart, int mentionFirst)
    {
        for (var t = sentenceStart; t < mentionFirst; t++)
        {
            if (!context.Consumed.Contains(t))
            {
                return false;
            }
        }

        return true;
    }

    // X said: "…"
    private static string? SpeakerBefore(ExtractionContext context, int open, HashSet<int> usedVerbs)
    {
        var tokens = context.Document.Tokens;
        var k = open - 1;
        if (k >= 0 && tokens[k].Text is ":" or ",")
        {
            k--;
        }

        if (k < 0 || !s_speechVerbs.Contains(tokens[k].Text) || context.Document.SentenceOf(k) != context.Document.SentenceOf(open))
        {
            return null;
        }

        usedVerbs.Add(k);
        for (var m = k - 1; m >= 0 && m >= k - SpeakerWindow && context.Document.SentenceOf(m) == context.Document.SentenceOf(k); m--)
        {
            if (SpeakerAt(context, m) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    private static IEnumerable<Quotation> Reported(ExtractionContext context, QuoteRegions quotes, HashSet<int> usedVerbs)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!(tokens[k].Is("said") || tokens[k].Is("says") || tokens[k].Is("told")) || usedVerbs.Contains(k) || quotes.Inside(k))
            {
                continue;
            }

            var subject = k - 1;
            if (tokens[subject].Is("also") || tokens[subject].Is("has") || tokens[subject].Is("had"))
            {
                subject--;
            }

            if (subject < 0 || (SpeakerAt(context, subject) ?? AppositiveSpeaker(context, subject)) is not { } speaker)
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceOf(k)];
            var start = k + 1;
            if (tokens[k].Is("told"))
            {
                // told reporters / told the BBC / told a news conference
                while (start < sentence.EndToken && !tokens[start].Is("that") && start <= k + 4 && tokens[start].Text != ",")
                {
                    start++;
                }

                if (start >= sentence.EndToken || !tokens[start].Is("that"))
                {
                    continue;
                }
            }

            if (start < sentence.EndToken && tokens[start].Is("that"))
            {
                start++;
            }

            var end = sentence.EndToken - 1;
            while (end > start && tokens[end].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                end--;
            }

            if (end - start < 3 || Enumerable.Range(start, end - start + 1).Any(t => tokens[t].Kind == TokenKind.Quote))
            {
                continue;
            }

            var span = document.SpanOf(start, end);
            yield return new Quotation("", span.Of(document.Text), false, speaker, span);
        }
    }

    // "Kofi Mensah, Ghana's defence minister, said": the person before an appositive that ends at the comma.
    private static string? AppositiveSpeaker(ExtractionContext context, int comma)
    {
        var tokens = context.Document.Tokens;
        if (tokens[comma].Text != ",")
        {
            return null;
        }

        var sentenceStart = context.Document.Sentences[context.Document.SentenceOf(comma)].FirstToken;
        for (var k = comma - 1; k > sentenceStart && k >= comma - 10; k--)
        {
            if (tokens[k].Text == "," && SpeakerAt(context, k - 1) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    // "Prices will rise, according to X." and "According to X(,) prices will rise.": the words reported
    // for X, a person or an organisation the article names. "according to figures" names no speaker.
    private static IEnumerable<Quotation> AccordingTo(ExtractionContext context, QuoteRegions quotes)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        foreach (var k in context.TokensWithText("according").Concat(context.TokensWithText("According")))
        {
            if (k + 2 >= tokens.Count || !tokens[k + 1].Is("to") || quotes.Inside(k)
                || SpeakerPhraseAfter(context, k + 2) is not { } phrase)
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceOf(k)];
            var after = phrase.Last + 1;
            int start, end;
            if (k == sentence.FirstToken)
            {
                start = after < sentence.EndToken && tokens[after].Text == "," ? after + 1 : after;
                end = sentence.EndToken - 1;
            }
            else if (k - 1 > sentence.FirstToken && tokens[k - 1].Text == ","
                && (after >= sentence.EndToken || tokens[after].Kind is TokenKind.Punctuation && tokens[after].Text != ","))
            {
                // The phrase closes the sentence; a phrase in its middle leaves no single span of words.
                start = sentence.FirstToken;
                end = k - 2;
            }
            else
            {
                continue;
            }

            while (end > start && tokens[end].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                end--;
            }

            if (end - start < 3 || Enumerable.Range(start, end - start + 1).Any(t => tokens[t].Kind == TokenKind.Quote))
            {
                continue;
            }

            var span = document.SpanOf(start, end);
            yield return new Quotation("", span.Of(document.Text), false, phrase.Key, span);
        }
    }

    // After "according to": (the|a|an) [spokesperson (for|of) (the)] X ['s spokesperson], X a person or an organisation.
    private static (string Key, int Last)? SpeakerPhraseAfter(ExtractionContext context, int j)
    {
        var tokens = context.Document.Tokens;
        j = SkipDeterminer(tokens, j);
        if (j < tokens.Count && s_spokespersons.Contains(tokens[j].Text) && j + 1 < tokens.Count && (tokens[j + 1].Is("for") || tokens[j + 1].Is("of")))
        {
            j = SkipDeterminer(tokens, j + 2);
        }

        if (j >= tokens.Count || context.MentionAt(j) is not { } mention || mention.First != j || !CanSpeak(mention.Entity.Kind))
        {
            return null;
        }

        var last = mention.Last;
        if (last + 2 < tokens.Count && IsPossessive(tokens[last + 1]) && s_spokespersons.Contains(tokens[last + 2].Text))
        {
            last += 2;
        }

        return (mention.Entity.Key, last);
    }

    private static int SkipDeterminer(IReadOnlyList<Token> tokens, int j) =>
        j < tokens.Count && (tokens[j].Is("the") || tokens[j].Is("a") || tokens[j].Is("an")) ? j + 1 : j;

    private static bool IsPossessive(Token token) => token.Text.Length > 0 && token.Text[0] is '\'' or '’';

    private static bool CanSpeak(EntityKind kind) =>
        kind is EntityKind.Person or EntityKind.Organization or EntityKind.GovernmentOrganization or EntityKind.IntergovernmentalOrganization;

    // The key of the speaker whose phrase ends at token m: a person (or pronoun resolved to one), or the
    // person or organisation a spokesperson speaks for ("X's spokesman", "a spokeswoman for (the) X",
    // "an X spokesperson").
    private static string? SpeakerAt(ExtractionContext context, int m)
    {
        var tokens = context.Document.Tokens;
        var mention = context.MentionAt(m);
        if (mention is not null && mention.Last == m)
        {
            if (mention.Entity.Kind == EntityKind.Person)
            {
                return mention.Entity.Key;
            }

            var before = mention.First - 1;
            if (before >= 0 && tokens[before].Is("the"))
            {
                before--;
            }

            return before >= 1 && CanSpeak(mention.Entity.Kind) && (tokens[before].Is("for") || tokens[before].Is("of"))
                && s_spokespersons.Contains(tokens[before - 1].Text) ? mention.Entity.Key : null;
        }

        if (!s_spokespersons.Contains(tokens[m].Text) || m < 1)
        {
            return null;
        }

        var owner = IsPossessive(tokens[m - 1]) && m >= 2 ? context.MentionAt(m - 2) : context.MentionAt(m - 1);
        return owner is not null && owner.Last == (IsPossessive(tokens[m - 1]) ? m - 2 : m - 1) && CanSpeak(owner.Entity.Kind) ? owner.Entity.Key : null;
    }

    private static TextSpan Trim(TextDocument document, int start, int end)
    {
        var text = document.Text;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
