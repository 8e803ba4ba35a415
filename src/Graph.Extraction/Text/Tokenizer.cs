using System.Globalization;
using Graph.Extraction.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers, quotation marks and punctuation, each with its span.
/// A possessive "'s" becomes a token of its own so patterns can see "Belgium 's foreign minister".
/// </summary>
internal static class Tokenizer
{
    /// <summary>Every token of <paramref name="text"/>, in order.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsFormat(c))
            {
                i++;
                continue;
            }

            // A detached possessive, as tokenised corpora write it: "New Zealand 's Prime Minister".
            if (c is '\'' or '’' && i + 1 < text.Length && text[i + 1] is 's' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))
                && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Word && i > 0 && text[i - 1] == ' ')
            {
                tokens.Add(new Token(new TextSpan(i, i + 2), text.Substring(i, 2), TokenKind.Word));
                i += 2;
                continue;
            }

            if (IsQuote(c) && !IsInnerApostrophe(text, i))
            {
                tokens.Add(new Token(new TextSpan(i, i + 1), text.Substring(i, 1), TokenKind.Quote));
                i++;
                continue;
            }

            if (char.IsLetter(c) || char.IsDigit(c) || char.IsSurrogate(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }

            tokens.Add(new Token(new TextSpan(i, i + 1), text.Substring(i, 1), TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var digits = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsCombining(c) || char.IsSurrogate(c))
            {
                digits &= char.IsDigit(c);
                i++;
                continue;
            }

            // Inner joiners: "co-founder", "U.S.", "2,000", "O'Brien"; a trailing period stays a word's
            // only after single letters ("U.S." keeps both periods, "said." loses it).
            if ((c is '-' or '\'' or '’' or '.' or ',' or '&') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                if (c == ',' && !(digits && char.IsDigit(text[i + 1])))
                {
                    break;
                }

                if (c == '&' && !(i - start == 1))
                {
                    break;
                }

                if ((c is '\'' or '’') && IsPossessive(text, i))
                {
                    break;
                }

                digits &= c is '.' or ',' or '-';
                i++;
                continue;
            }

            if (c == '.' && i + 1 <= text.Length && IsInitialism(text, start, i))
            {
                i++;
            }

            break;
        }

        tokens.Add(new Token(new TextSpan(start, i), text[start..i], digits ? TokenKind.Number : TokenKind.Word));
        if (i < text.Length && (text[i] is '\'' or '’') && IsPossessive(text, i))
        {
            var end = i + 1 < text.Length && text[i + 1] is 's' or 'S' ? i + 2 : i + 1;
            tokens.Add(new Token(new TextSpan(i, end), text[i..end], TokenKind.Word));
            return end;
        }

        return i;
    }

    // "U.S." or "D.C." (letters alternating with periods) keeps its final period.
    private static bool IsInitialism(string text, int start, int periodAt)
    {
        var length = periodAt - start;
        return length == 1 ? char.IsUpper(text[start]) : length >= 3 && text[periodAt - 2] == '.' && char.IsLetter(text[periodAt - 1]);
    }

    private static bool IsPossessive(string text, int apostrophe)
    {
        var next = apostrophe + 1;
        if (next < text.Length && text[next] is 's' or 'S')
        {
            return next + 1 >= text.Length || !char.IsLetterOrDigit(text[next + 1]);
        }

        // Plural possessive "ministers' meeting".
        return apostrophe > 0 && text[apostrophe - 1] == 's' && (next >= text.Length || !char.IsLetterOrDigit(text[next]));
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>True for straight and typographic quotation marks.</summary>
    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
