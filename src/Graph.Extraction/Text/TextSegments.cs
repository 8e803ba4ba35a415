namespace Graph.Extraction.Text;

/// <summary>Cuts a long text into segments of at most a given length, at paragraph or sentence breaks when possible.</summary>
internal static class TextSegments
{
    /// <summary>The (offset, length) of each segment, covering <paramref name="text"/> in order.</summary>
    public static IEnumerable<(int Offset, int Length)> Cut(string text, int maxLength)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + maxLength);
            if (end < text.Length)
            {
                var window = text.AsSpan(start, end - start);
                var cut = window.LastIndexOf("\n\n");
                if (cut < maxLength / 4)
                {
                    cut = window.LastIndexOf('\n');
                }

                if (cut < maxLength / 4)
                {
                    cut = window.LastIndexOf(". ");
                }

                if (cut >= maxLength / 4)
                {
                    end = start + cut + 1;
                }
                else if (char.IsHighSurrogate(text[end - 1]))
                {
                    end--;
                }
            }

            yield return (start, end - start);
            start = end;
        }
    }
}
