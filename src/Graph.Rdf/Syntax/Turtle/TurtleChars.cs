using System.Runtime.CompilerServices;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>The character classes of the Turtle grammar (PN_CHARS_BASE and friends), on UTF-16 code units.</summary>
internal static class TurtleChars
{
    /// <summary>PN_CHARS_BASE for a BMP character (surrogates are handled by the caller as pairs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStartBase(char c) =>
        char.IsAsciiLetter(c) || (c >= 0xC0 && IsNonAsciiNameStartBase(c));

    private static bool IsNonAsciiNameStartBase(char c) =>
        c is (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u02FF')
            or (>= '\u0370' and <= '\u037D') or (>= '\u037F' and <= '\u1FFF') or (>= '\u200C' and <= '\u200D')
            or (>= '\u2070' and <= '\u218F') or (>= '\u2C00' and <= '\u2FEF') or (>= '\u3001' and <= '\uD7FF')
            or (>= '\uF900' and <= '\uFDCF') or (>= '\uFDF0' and <= '\uFFFD');

    /// <summary>PN_CHARS_U: PN_CHARS_BASE or '_'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStartU(char c) => c == '_' || IsNameStartBase(c);

    /// <summary>PN_CHARS: PN_CHARS_U, '-', digits, U+00B7, U+0300–U+036F, U+203F–U+2040.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameChar(char c) =>
        IsNameStartU(c) || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7'
            || (c >= '\u0300' && (c is (>= '\u0300' and <= '\u036F') or (>= '\u203F' and <= '\u2040')));

    /// <summary>True for a high surrogate whose pair lies in U+10000–U+EFFFF (the supplementary part of PN_CHARS_BASE).</summary>
    public static bool IsNameHighSurrogate(char c) => c is >= '\uD800' and <= '\uDB7F';

    /// <summary>The characters a local name may escape with a backslash (PN_LOCAL_ESC).</summary>
    public static bool IsLocalEscapable(char c) => c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')'
        or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>Characters that may not appear in an IRIREF, raw or escaped.</summary>
    public static bool IsForbiddenInIri(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';
}
