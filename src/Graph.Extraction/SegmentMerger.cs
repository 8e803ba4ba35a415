using Graph.Extraction.Model;

namespace Graph.Extraction;

/// <summary>Joins the graphs of a long text's segments: spans shifted to the whole text, entities merged by key, keys renumbered.</summary>
internal static class SegmentMerger
{
    /// <summary>One graph for <paramref name="article"/> from its segments' graphs.</summary>
    public static ArticleGraph Merge(Article article, IReadOnlyList<(int Offset, ArticleGraph Graph)> parts)
    {
        var entities = new Dictionary<string, (Entity Entity, List<Mention> Mentions)>(StringComparer.Ordinal);
        var order = new List<string>();
        var posts = new List<Post>();
        var events = new List<Event>();
        var quotations = new List<Quotation>();
        var eventCounts = new Dictionary<EventKind, int>();
        foreach (var (offset, graph) in parts)
        {
            TextSpan Shift(TextSpan span) => new(span.Start + offset, span.End + offset);
            foreach (var entity in graph.Entities)
            {
                if (!entities.TryGetValue(entity.Key, out var known))
                {
                    known = (entity, []);
                    entities[entity.Key] = known;
                    order.Add(entity.Key);
                }

                known.Mentions.AddRange(entity.Mentions.Select(m => m with { Span = Shift(m.Span) }));
            }

            foreach (var post in graph.Posts)
            {
                if (!posts.Any(p => p.Key == post.Key && p.HolderKey == post.HolderKey))
                {
                    posts.Add(post with { Span = Shift(post.Span) });
                }
            }

            foreach (var e in graph.Events)
            {
                var n = eventCounts[e.Kind] = eventCounts.GetValueOrDefault(e.Kind) + 1;
                var time = e.Time is null ? null : e.Time with { Span = Shift(e.Time.Span) };
                var local = e.Key[(e.Key.LastIndexOf('/') + 1)..];
                events.Add(e with { Key = $"event/{article.Id}/{local[..local.LastIndexOf('-')]}-{n}", Span = Shift(e.Span), Time = time });
            }

            foreach (var q in graph.Quotations)
            {
                quotations.Add(q with { Key = $"quotation/{article.Id}/{quotations.Count + 1}", Span = Shift(q.Span) });
            }
        }

        var merged = order.Select(k => entities[k].Entity with { Mentions = entities[k].Mentions }).ToList();
        return new ArticleGraph(article, merged, posts, events, quotations);
    }
}
