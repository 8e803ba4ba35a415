using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Sparql.Functions;

/// <summary>
/// Translates XPath regular expressions (the syntax of REGEX and REPLACE, with flags <c>s m i x q</c>)
/// into .NET regular expressions with the same meaning, and caches them. Matching runs with a timeout,
/// so a pathological pattern fails the one call instead of hanging the query.
/// </summary>
public static class SparqlRegex
{
    private const int CacheLimit = 512;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> Cache = new();

    /// <summary>Builds (or finds in the cache) the regex for a pattern and flags; null when either is invalid.</summary>
    public static Regex? TryCreate(string pattern, string flags)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(flags);
        if (Cache.TryGetValue((pattern, flags), out var cached))
        {
            return cached;
        }

        var regex = Build(pattern, flags);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd((pattern, flags), regex);
        }

        return regex;
    }

    private static Regex? Build(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        bool dotAll = false, multiline = false, extended = false, literal = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 's': dotAll = true; break;
                case 'm': multiline = true; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': extended = true; break;
                case 'q': literal = true; break;
                default: return null;
            }
        }

        if (multiline)
        {
            options |= RegexOptions.Multiline;
        }

        string? translated = literal ? Regex.Escape(pattern) : Translate(pattern, dotAll, multiline, extended);
        if (translated is null)
        {
            return null;
        }

        try
        {
            return new Regex(translated, options, MatchTimeout);
        }
        catch (RegexParseException)
        {
            return null;
        }
    }

    /// <summary>Rewrites the constructs whose meaning differs between XPath and .NET; null for syntax XPath forbids.</summary>
    private static string? Translate(string pattern, bool dotAll, bool multiline, bool extended)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        var classDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return null;
                }

                var next = pattern[++i];
                sb.Append(next switch
                {
                    'i' => classDepth > 0 ? @"\p{L}_:" : @"[\p{L}_:]",
                    'I' => @"[^\p{L}_:]",
                    'c' => classDepth > 0 ? @"\p{L}\p{Nd}\p{Mn}\p{Mc}.\-_:\u00B7" : @"[\p{L}\p{Nd}\p{Mn}\p{Mc}.\-_:\u00B7]",
                    'C' => @"[^\p{L}\p{Nd}\p{Mn}\p{Mc}.\-_:\u00B7]",
                    _ => "\\" + next,
                });
                continue;
            }

            if (extended && c is ' ' or '\t' or '\n' or '\r' && classDepth == 0)
            {
                continue;
            }

            switch (c)
            {
                case '[':
                    classDepth++;
                    sb.Append(c);
                    break;
                case ']':
                    classDepth = Math.Max(0, classDepth - 1);
                    sb.Append(c);
                    break;
                case '.' when classDepth == 0:
                    sb.Append(dotAll ? @"[\s\S]" : @"[^\n\r]");
                    break;
                case '$' when classDepth == 0:
                    // .NET's '$' also matches before a final newline; XPath's only at the very end.
                    sb.Append(multiline ? @"(?=\n|\z)" : @"\z");
                    break;
                case '(' when classDepth == 0 && i + 1 < pattern.Length && pattern[i + 1] == '?':
                    // XPath has no inline options, named groups or look-around; only (?: ) in XPath 3.
                    if (i + 2 >= pattern.Length || pattern[i + 2] != ':')
                    {
                        return null;
                    }

                    sb.Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
