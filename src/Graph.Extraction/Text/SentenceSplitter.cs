using Graph.Extraction.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences: a sentence ends at '.', '!' or '?' (with any closing quotation mark)
/// when the next token starts a new sentence, and always at a paragraph break (a blank line).
/// Abbreviations ("Mr.", "U.S.", "Jan.") do not end sentences.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc", "Corp", "Ltd", "Co",
    };

    /// <summary>The sentences of <paramref name="text"/> over <paramref name="tokens"/>.</summary>
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = EndsSentence(text, tokens, i);
            if (end < 0)
            {
                continue;
            }

            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end].Span.End), first, end + 1));
            first = end + 1;
            i = end;
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[^1].Span.End), first, tokens.Count));
        }

        return sentences;
    }

    // The index of the sentence's last token when a sentence ends at token i, or -1.
    private static int EndsSentence(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (i + 1 < tokens.Count && IsParagraphBreak(text, token.Span.End, tokens[i + 1].Span.Start))
        {
            return i;
        }

        if (token.Kind != TokenKind.Punctuation || token.Text is not ("." or "!" or "?"))
        {
            return -1;
        }

        if (token.Text == "." && i > 0 && s_abbreviations.Contains(tokens[i - 1].Text) && tokens[i - 1].Span.End == token.Span.Start)
        {
            return -1;
        }

        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Quote && tokens[last + 1].Span.Start == tokens[last].Span.End)
        {
            last++;
        }

        if (last + 1 >= tokens.Count)
        {
            return last;
        }

        var next = tokens[last + 1];
        return next.Kind == TokenKind.Quote || next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && !char.IsLower(next.Text[0])) ? last : -1;
    }

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        return newlines >= 2;
    }
}
