namespace Graph.Ingestion.Mapping;

/// <summary>
/// Converts UTF-16 offsets (the model's spans) to Unicode code point offsets (what NIF counts):
/// they differ only after a character outside the Basic Multilingual Plane.
/// </summary>
internal sealed class CodePointOffsets
{
    // For each UTF-16 offset, the number of low surrogates before it; null when the text has none.
    private readonly int[]? _surrogatesBefore;

    public CodePointOffsets(string text)
    {
        Length = text.Length;
        if (!text.AsSpan().ContainsAnyInRange('\uDC00', '\uDFFF'))
        {
            return;
        }

        _surrogatesBefore = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            _surrogatesBefore[i + 1] = _surrogatesBefore[i] + (char.IsLowSurrogate(text[i]) ? 1 : 0);
        }
    }

    /// <summary>The length of the text in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The code point offset of UTF-16 offset <paramref name="utf16Offset"/>.</summary>
    public int this[int utf16Offset] => _surrogatesBefore is null ? utf16Offset : utf16Offset - _surrogatesBefore[utf16Offset];
}
