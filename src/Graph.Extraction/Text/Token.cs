using Graph.Extraction.Model;

namespace Graph.Extraction.Text;

/// <summary>The shape of a token, enough for the recognisers' patterns.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "co-founder").</summary>
    Word,

    /// <summary>Digits, possibly with inner separators ("28", "2,000", "2015-01-19").</summary>
    Number,

    /// <summary>A quotation mark of any style.</summary>
    Quote,

    /// <summary>Any other single character.</summary>
    Punctuation,
}

/// <summary>One token of the text with its span.</summary>
internal readonly record struct Token(TextSpan Span, string Text, TokenKind Kind)
{
    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for a word of two or more letters, all upper case ("EU", "NATO").</summary>
    public bool IsAcronym
    {
        get
        {
            if (Kind != TokenKind.Word || Text.Length < 2)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                }
            }

            return letters >= 2;
        }
    }

    /// <summary>True when the token is the word <paramref name="word"/>, ignoring case.</summary>
    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A sentence: its span and its tokens' index range.</summary>
internal readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken);
