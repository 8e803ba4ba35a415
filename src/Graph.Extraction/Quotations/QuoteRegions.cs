using Graph.Extraction.Text;

namespace Graph.Extraction.Quotations;

/// <summary>
/// Pairs double quotation marks (straight, curly, guillemets) into quoted regions. A region never runs
/// past its paragraph: wire copy often leaves a quotation open at a paragraph's end.
/// </summary>
internal sealed class QuoteRegions
{
    private readonly List<(int Open, int Close)> _regions = [];
    private readonly bool[] _inside;

    /// <summary>Finds the regions of <paramref name="document"/>.</summary>
    public QuoteRegions(TextDocument document)
    {
        var tokens = document.Tokens;
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (tokens[i].Kind != TokenKind.Quote || text is "'" or "‘" or "’")
            {
                continue;
            }

            if (open >= 0 && ParagraphBetween(document, open, i))
            {
                open = -1;
            }

            if (open < 0 && text is not ("”" or "»"))
            {
                open = i;
            }
            else if (open >= 0 && text is not ("“" or "«" or "„"))
            {
                if (i > open + 1)
                {
                    _regions.Add((open, i));
                }

                open = -1;
            }
        }

        _inside = new bool[tokens.Count];
        foreach (var (first, last) in _regions)
        {
            for (var t = first + 1; t < last; t++)
            {
                _inside[t] = true;
            }
        }
    }

    /// <summary>The regions as (opening mark, closing mark) token indexes.</summary>
    public IReadOnlyList<(int Open, int Close)> Regions => _regions;

    /// <summary>True when token <paramref name="token"/> lies inside a quotation.</summary>
    public bool Inside(int token) => token >= 0 && token < _inside.Length && _inside[token];

    private static bool ParagraphBetween(TextDocument document, int from, int to) =>
        document.Text.AsSpan(document.Tokens[from].Span.End, document.Tokens[to].Span.Start - document.Tokens[from].Span.End).IndexOf("\n\n") >= 0
        || document.Text.AsSpan(document.Tokens[from].Span.End, document.Tokens[to].Span.Start - document.Tokens[from].Span.End).IndexOf("\r\n\r\n") >= 0;
}
