namespace Graph.Rdf.Syntax;

/// <summary>
/// The character classes that the Turtle family of grammars (N-Triples, N-Quads, Turtle, TriG)
/// share: PN_CHARS_BASE, PN_CHARS_U and PN_CHARS, on UTF-16 code units. A supplementary character
/// (U+10000–U+EFFFF) is a valid surrogate pair whose high half is in D800–DB7F.
/// </summary>
internal static class RdfCharClasses
{
    /// <summary>PN_CHARS_BASE for a BMP character (not a surrogate).</summary>
    public static bool IsPnCharsBase(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        || (c >= '\u00C0' && (c is <= '\u00D6'
            or >= '\u00D8' and <= '\u00F6'
            or >= '\u00F8' and <= '\u02FF'
            or >= '\u0370' and <= '\u037D'
            or >= '\u037F' and <= '\u1FFF'
            or '\u200C' or '\u200D'
            or >= '\u2070' and <= '\u218F'
            or >= '\u2C00' and <= '\u2FEF'
            or >= '\u3001' and <= '\uD7FF'
            or >= '\uF900' and <= '\uFDCF'
            or >= '\uFDF0' and <= '\uFFFD'));

    /// <summary>PN_CHARS_U (PN_CHARS_BASE or '_') for a BMP character.</summary>
    public static bool IsPnCharsU(char c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS for a BMP character.</summary>
    public static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or '\u00B7' or >= '\u0300' and <= '\u036F' or '\u203F' or '\u2040';

    /// <summary>
    /// True when <paramref name="text"/> at <paramref name="index"/> holds a surrogate pair for a
    /// code point in U+10000–U+EFFFF, the supplementary part of PN_CHARS_BASE.
    /// </summary>
    public static bool IsSupplementaryPnChar(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index] is >= '\uD800' and <= '\uDB7F' && char.IsLowSurrogate(text[index + 1]);

    /// <summary>True when <paramref name="label"/> is a BLANK_NODE_LABEL body (what follows <c>_:</c>).</summary>
    public static bool IsBlankNodeLabel(ReadOnlySpan<char> label)
    {
        if (label.Length == 0 || label[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsHighSurrogate(c))
            {
                if (!IsSupplementaryPnChar(label, i))
                {
                    return false;
                }

                i++;
                continue;
            }

            var ok = i == 0 ? IsPnCharsU(c) || char.IsAsciiDigit(c) : IsPnChars(c) || c == '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="tag"/> is a language tag the grammars accept: letters, then
    /// '-'-separated subtags of letters and digits, each subtag at most 8 characters (BCP 47).
    /// </summary>
    public static bool IsLanguageTag(ReadOnlySpan<char> tag)
    {
        var subtagLength = 0;
        var first = true;
        foreach (var c in tag)
        {
            if (c == '-')
            {
                if (subtagLength == 0)
                {
                    return false;
                }

                first = false;
                subtagLength = 0;
                continue;
            }

            if (!(char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c))) || ++subtagLength > 8)
            {
                return false;
            }
        }

        return subtagLength > 0;
    }

    /// <summary>True when <paramref name="direction"/> is an RDF 1.2 base direction.</summary>
    public static bool IsDirection(string? direction) => direction is "ltr" or "rtl";

    /// <summary>The length of the scheme of an absolute IRI (before ':'), or -1 when there is none.</summary>
    public static int SchemeLength(ReadOnlySpan<char> iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0]))
        {
            return -1;
        }

        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return -1;
            }
        }

        return -1;
    }
}
