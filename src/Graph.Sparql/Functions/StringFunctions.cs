using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>The functions on strings (17.4.3). Each returns null for a type error.</summary>
internal static class StringFunctions
{
    public static Term? StrLen(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args is [var t] && XsdTypes.IsStringLiteral(t) ? Literal.Integer(CodePointCount(((Literal)t!).LexicalForm)) : null;

    public static Term? Substr(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args.Length is < 2 or > 3 || !XsdTypes.IsStringLiteral(args[0]) || !Numeric.TryFrom(args[1], out var start))
        {
            return null;
        }

        var length = default(Numeric);
        if (args.Length == 3 && !Numeric.TryFrom(args[2], out length))
        {
            return null;
        }

        var source = (Literal)args[0]!;
        var runes = source.LexicalForm.EnumerateRunes().ToArray();

        // fn:substring: the characters at positions p (from 1) with round(start) <= p < round(start) + round(length).
        var first = XPathRound(start.AsDouble);
        var end = args.Length == 3 ? first + XPathRound(length.AsDouble) : double.PositiveInfinity;
        var sb = new StringBuilder();
        for (var i = 0; i < runes.Length; i++)
        {
            var position = i + 1;
            if (position >= first && position < end)
            {
                sb.Append(runes[i].ToString());
            }
        }

        return Like(source, sb.ToString());
    }

    public static Term? UCase(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args is [var t] && XsdTypes.IsStringLiteral(t) ? Like((Literal)t!, ((Literal)t!).LexicalForm.ToUpperInvariant()) : null;

    public static Term? LCase(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args is [var t] && XsdTypes.IsStringLiteral(t) ? Like((Literal)t!, ((Literal)t!).LexicalForm.ToLowerInvariant()) : null;

    public static Term? StrStarts(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Compatible(args, out var a, out var b) ? Literal.Boolean(a.LexicalForm.StartsWith(b.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? StrEnds(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Compatible(args, out var a, out var b) ? Literal.Boolean(a.LexicalForm.EndsWith(b.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? Contains(ReadOnlySpan<Term?> args, FunctionContext context) =>
        Compatible(args, out var a, out var b) ? Literal.Boolean(a.LexicalForm.Contains(b.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? StrBefore(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (!Compatible(args, out var a, out var b))
        {
            return null;
        }

        var index = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return index < 0 ? Literal.String(string.Empty) : Like(a, a.LexicalForm[..index]);
    }

    public static Term? StrAfter(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (!Compatible(args, out var a, out var b))
        {
            return null;
        }

        var index = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return index < 0 ? Literal.String(string.Empty) : Like(a, a.LexicalForm[(index + b.LexicalForm.Length)..]);
    }

    public static Term? EncodeForUri(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var t] || !XsdTypes.IsStringLiteral(t))
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(((Literal)t!).LexicalForm))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return Literal.String(sb.ToString());
    }

    public static Term? Concat(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        var sb = new StringBuilder();
        string? language = null;
        var sameLanguage = true;
        for (var i = 0; i < args.Length; i++)
        {
            if (!XsdTypes.IsStringLiteral(args[i]))
            {
                return null;
            }

            var literal = (Literal)args[i]!;
            sb.Append(literal.LexicalForm);
            if (i == 0)
            {
                language = literal.Language;
            }
            else if (!string.Equals(language, literal.Language, StringComparison.OrdinalIgnoreCase))
            {
                sameLanguage = false;
            }
        }

        return sameLanguage && language is not null ? Literal.LangString(sb.ToString(), language) : Literal.String(sb.ToString());
    }

    public static Term? LangMatches(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var t, var r] || !XsdTypes.IsSimpleString(t) || !XsdTypes.IsSimpleString(r))
        {
            return null;
        }

        var tag = ((Literal)t!).LexicalForm;
        var range = ((Literal)r!).LexicalForm;
        bool matches;
        if (range == "*")
        {
            matches = tag.Length > 0;
        }
        else
        {
            // RFC 4647 basic filtering: the range equals the tag or is a prefix of it ending at a '-'.
            matches = tag.Equals(range, StringComparison.OrdinalIgnoreCase)
                || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
        }

        return Literal.Boolean(matches);
    }

    public static Term? Regex(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args.Length is < 2 or > 3 || !XsdTypes.IsStringLiteral(args[0]))
        {
            return null;
        }

        var regex = RegexOf(args[1], args.Length == 3 ? args[2] : null);
        if (regex is null)
        {
            return null;
        }

        try
        {
            return Literal.Boolean(regex.IsMatch(((Literal)args[0]!).LexicalForm));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static Term? Replace(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args.Length is < 3 or > 4 || !XsdTypes.IsStringLiteral(args[0]) || !XsdTypes.IsSimpleString(args[2]))
        {
            return null;
        }

        var regex = RegexOf(args[1], args.Length == 4 ? args[3] : null);
        if (regex is null)
        {
            return null;
        }

        var source = (Literal)args[0]!;
        var replacement = ((Literal)args[2]!).LexicalForm;
        try
        {
            // fn:replace raises an error when the pattern matches the empty string.
            if (regex.IsMatch(string.Empty))
            {
                return null;
            }

            var failed = false;
            var result = regex.Replace(source.LexicalForm, match =>
            {
                var expanded = ExpandReplacement(replacement, match);
                failed |= expanded is null;
                return expanded ?? string.Empty;
            });
            return failed ? null : Like(source, result);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Expands <c>$N</c> group references and the <c>\$</c>, <c>\\</c> escapes of an fn:replace replacement string.</summary>
    private static string? ExpandReplacement(string replacement, Match match)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 < replacement.Length && replacement[i + 1] is '\\' or '$')
                {
                    sb.Append(replacement[++i]);
                    continue;
                }

                return null;
            }

            if (c == '$')
            {
                if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1]))
                {
                    return null;
                }

                // The first digit always counts; further digits only while they name an existing group.
                var group = replacement[++i] - '0';
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1])
                    && (group * 10) + (replacement[i + 1] - '0') < match.Groups.Count)
                {
                    group = (group * 10) + (replacement[++i] - '0');
                }

                if (group < match.Groups.Count)
                {
                    sb.Append(match.Groups[group].Value);
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static Regex? RegexOf(Term? pattern, Term? flags)
    {
        if (!XsdTypes.IsSimpleString(pattern) || (flags is not null && !XsdTypes.IsSimpleString(flags)))
        {
            return null;
        }

        return SparqlRegex.TryCreate(((Literal)pattern!).LexicalForm, flags is null ? string.Empty : ((Literal)flags).LexicalForm);
    }

    /// <summary>
    /// Argument compatibility (17.4.3.1.2): both simple or <c>xsd:string</c>; both with the same language tag;
    /// or a language-tagged first argument with a simple second one.
    /// </summary>
    private static bool Compatible(ReadOnlySpan<Term?> args, out Literal a, out Literal b)
    {
        a = b = null!;
        if (args is not [var x, var y] || !XsdTypes.IsStringLiteral(x) || !XsdTypes.IsStringLiteral(y))
        {
            return false;
        }

        a = (Literal)x!;
        b = (Literal)y!;
        return b.Language is null || string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A string literal with the same language tag (or <c>xsd:string</c> type) as <paramref name="source"/>.</summary>
    private static Literal Like(Literal source, string text) =>
        source.Language is null ? Literal.String(text) : Literal.LangString(text, source.Language, source.Direction);

    internal static int CodePointCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>fn:round: the nearest integer, halves rounded towards positive infinity.</summary>
    internal static double XPathRound(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? value : Math.Floor(value + 0.5);
}
