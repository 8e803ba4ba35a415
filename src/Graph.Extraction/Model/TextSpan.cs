namespace Graph.Extraction.Model;

/// <summary>A range of characters in the article text: <c>[Start, End)</c>, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];
}
