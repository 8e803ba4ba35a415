using Graph.Extraction.Model;

namespace Graph.Extraction.Text;

/// <summary>The text with its tokens and sentences, shared by every stage of extraction.</summary>
internal sealed class TextDocument
{
    private readonly int[] _sentenceOfToken;

    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public TextDocument(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(text, Tokens);
        _sentenceOfToken = new int[Tokens.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            for (var t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++)
            {
                _sentenceOfToken[t] = s;
            }
        }
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Every token.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Every sentence.</summary>
    public List<Sentence> Sentences { get; }

    /// <summary>The index of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceOf(int token) => _sentenceOfToken[token];

    /// <summary>True when token <paramref name="token"/> starts its sentence or follows an opening quotation mark.</summary>
    public bool StartsClause(int token)
    {
        var sentence = Sentences[_sentenceOfToken[token]];
        var i = token - 1;
        while (i >= sentence.FirstToken && (Tokens[i].Kind == TokenKind.Quote || Tokens[i].Text is "(" or "-" or "—" or ":"))
        {
            i--;
        }

        return i < sentence.FirstToken || Tokens[i].Text is ":" || (i < token - 1 && Tokens[i + 1].Kind == TokenKind.Quote);
    }

    /// <summary>The token index whose span starts at <paramref name="start"/>, or the first after it.</summary>
    public int TokenAt(int start)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < start)
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

    /// <summary>The span from token <paramref name="first"/> to token <paramref name="last"/> inclusive.</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);
}
