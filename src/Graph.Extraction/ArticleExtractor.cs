using Graph.Extraction.Coreference;
using Graph.Extraction.Events;
using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Quotations;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Extraction.Time;

namespace Graph.Extraction;

/// <summary>
/// Turns an article into an <see cref="ArticleGraph"/>: entities with every mention, officials' posts,
/// events, and quotations, each with its character span in <see cref="Article.Text"/>. Deterministic
/// (lexicons and patterns, no model), thread-safe, and linear in the text: long texts are processed
/// a segment of paragraphs at a time, so memory stays bounded by the segment and the results.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>The default size of the segments a long text is cut into, in characters.</summary>
    public const int DefaultSegmentLength = 200_000;

    private readonly Lexicon _lexicon;
    private readonly int _segmentLength;

    /// <summary>An extractor over the lexicons embedded in this assembly.</summary>
    public ArticleExtractor()
        : this(DefaultSegmentLength)
    {
    }

    /// <summary>An extractor that cuts texts longer than <paramref name="segmentLength"/> characters at paragraph breaks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="segmentLength"/> is below 1,000.</exception>
    public ArticleExtractor(int segmentLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentLength, 1_000);
        _lexicon = Lexicon.Default;
        _segmentLength = segmentLength;
    }

    /// <summary>Extracts the graph of <paramref name="article"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is null.</exception>
    public ArticleGraph Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? "";
        if (text.Length <= _segmentLength)
        {
            return ExtractSegment(article, text);
        }

        var parts = new List<(int Offset, ArticleGraph Graph)>();
        foreach (var (offset, length) in TextSegments.Cut(text, _segmentLength))
        {
            parts.Add((offset, ExtractSegment(article, text.Substring(offset, length))));
        }

        return SegmentMerger.Merge(article, parts);
    }

    private ArticleGraph ExtractSegment(Article article, string text)
    {
        var document = new TextDocument(text);
        var context = new ExtractionContext(document, _lexicon, article.Published);
        var quotes = new QuoteRegions(document);
        var times = TimeRecognizer.Find(document, article.Published);
        foreach (var time in times)
        {
            for (var t = time.First; t <= time.Last; t++)
            {
                context.Consumed.Add(t);
            }
        }

        OfficialRecognizer.Run(context);
        CountryGroupRecognizer.Run(context);
        NameChunker.Run(context);
        CoreferenceResolver.Run(context, quotes);
        var quotations = QuotationRecognizer.Find(context, quotes, article.Id);
        var events = EventRecognizer.Find(context, quotes, times, article.Id);
        return new ArticleGraph(article, EntityAssembler.Entities(context), EntityAssembler.Posts(context), events, quotations);
    }
}
