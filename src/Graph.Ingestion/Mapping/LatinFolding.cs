namespace Graph.Ingestion.Mapping;

/// <summary>
/// Folds ASCII letters and digits to lower case, and the Latin letters of U+00C0–U+017F to their
/// ASCII base ("ö" → "o", "ß" → "ss"), without the ICU normalisation that invariant globalisation lacks.
/// </summary>
internal static class LatinFolding
{
    private const int First = 0xC0;

    // One entry per code point from U+00C0 to U+017F, separated by '|'; empty for × and ÷, which are no letters.
    private static readonly string[] Table =
        "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s".Split('|');

    /// <summary>The ASCII folding of <paramref name="c"/>, or null when it has none.</summary>
    public static string? Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.IsAsciiLetterUpper(c) ? ((char)(c + 32)).ToString() : c.ToString();
        }

        if (c >= First && c < First + Table.Length)
        {
            var folded = Table[c - First];
            return folded.Length > 0 ? folded : null;
        }

        return null;
    }
}
