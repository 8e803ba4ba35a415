using System.Globalization;
using System.Text;

namespace Graph.Ingestion.Mapping;

/// <summary>
/// Turns names and keys into IRI path segments that are the same in every run: lower case ASCII
/// letters and digits, words joined by hyphens, accents dropped ("Wallström" → "wallstrom").
/// </summary>
public static class Slug
{
    /// <summary>The slug of one segment; empty when the text holds no letter or digit.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (LatinFolding.IsFoldable(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                LatinFolding.TryAppend(c, builder);
                pendingHyphen = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // A letter outside ASCII with no ASCII base (Cyrillic, CJK…): keep it, percent-encoded, so distinct names stay distinct.
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                foreach (var b in Encoding.UTF8.GetBytes(char.ToLowerInvariant(c).ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The slug of a key such as <c>country/BE</c> or <c>person/Didier Reynders</c>: each
    /// <c>/</c>-separated segment slugged, empty segments dropped.
    /// </summary>
    public static string OfPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join('/', key.Split('/').Select(Of).Where(s => s.Length > 0));
    }
}
