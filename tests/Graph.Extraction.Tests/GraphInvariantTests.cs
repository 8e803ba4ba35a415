using Graph.Extraction.Evaluation;
using Graph.Extraction.Model;

namespace Graph.Extraction.Tests;

/// <summary>Every key a graph uses points at one of its entities, and every span holds its text — on every article we have.</summary>
public sealed class GraphInvariantTests
{
    public static TheoryData<string> Articles() => ["seed", "japan-canada-trade", "african-union-mali", "gum"];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Keys_resolve_and_spans_hold_their_text(string which)
    {
        foreach (var graph in Graphs(which))
        {
            var text = graph.Article.Text;
            var keys = graph.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(graph.Entities.Count, keys.Count);
            foreach (var entity in graph.Entities)
            {
                Assert.All(entity.Mentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
                Assert.True(entity.ContainedInKey is null || keys.Contains(entity.ContainedInKey), $"{entity.Key} in {entity.ContainedInKey}");
                Assert.True(entity.Mentions.Count > 0 || graph.Entities.Any(e => e.ContainedInKey == entity.Key), $"{entity.Key} has no mention");
            }

            foreach (var post in graph.Posts)
            {
                Assert.Contains(post.HolderKey, keys);
                Assert.True(post.InstitutionKey is null || keys.Contains(post.InstitutionKey), post.Key);
            }

            foreach (var e in graph.Events)
            {
                Assert.All(e.ActorKeys, k => Assert.Contains(k, keys));
                Assert.True(e.PlaceKey is null || keys.Contains(e.PlaceKey), $"{e.Key} at {e.PlaceKey}");
                Assert.Equal(e.Trigger, e.Span.Of(text));
                Assert.True(e.Time is null || e.Time.Expression == e.Time.Span.Of(text), e.Key);
            }

            Assert.Equal(graph.Events.Count, graph.Events.Select(e => e.Key).Distinct().Count());
            foreach (var q in graph.Quotations)
            {
                Assert.True(q.SpeakerKey is null || keys.Contains(q.SpeakerKey), q.Key);
                Assert.Equal(q.Text, q.Span.Of(text));
            }
        }
    }

    private static IEnumerable<ArticleGraph> Graphs(string which)
    {
        var extractor = new ArticleExtractor();
        if (which == "seed")
        {
            yield return extractor.Extract(ArticleFiles.Seed());
            yield break;
        }

        if (which == "gum")
        {
            foreach (var file in Directory.GetFiles(Graph.Testing.SharedData.PathOf("corpora/gum-news-dev"), "*.conllu"))
            {
                var document = ConlluDocument.Load(file);
                yield return extractor.Extract(new Article(document.Name, null, document.Created, document.Text));
            }

            yield break;
        }

        Assert.SkipWhen(Graph.Testing.SharedData.RepositoryRoot is null, "the repository root (Graph.sln) was not found");
        yield return extractor.Extract(ArticleFiles.Read(Path.Combine(Graph.Testing.SharedData.RepositoryRoot!, "samples", "articles", which + ".txt"), new DateOnly(2024, 3, 15)));
    }
}
