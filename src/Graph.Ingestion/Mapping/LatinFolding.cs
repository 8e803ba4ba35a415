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

    /// <summary>True when <paramref name="c"/> folds to ASCII letters or digits.</summary>
    public static bool IsFoldable(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= First && c < First + Table.Length && Table[c - First].Length > 0);

    /// <summary>Appends the ASCII folding of <paramref name="c"/> to <paramref name="builder"/>; false when it has none.</summary>
    public static bool TryAppend(char c, System.Text.StringBuilder builder)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            builder.Append(char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c);
            return true;
        }

        if (c >= First && c < First + Table.Length && Table[c - First] is { Length: > 0 } folded)
        {
            builder.Append(folded);
            return true;
        }

        return false;
    }
}
