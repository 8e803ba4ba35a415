using Graph.Extraction.Lexicons;
using Graph.Extraction.Linking;
using Graph.Extraction.Model;

namespace Graph.Extraction.Recognition;

/// <summary>Turns the mentions and posts of an extraction into the model's entities and posts.</summary>
internal static class EntityAssembler
{
    /// <summary>
    /// The entities, ordered by first mention, each with its mentions in text order. A city's or a
    /// place's country is included (without mentions) when the text does not name it, so that
    /// <see cref="Entity.ContainedInKey"/> always points at an entity of the graph.
    /// </summary>
    public static List<Entity> Entities(ExtractionContext context)
    {
        var text = context.Document.Text;
        var groups = context.Mentions
            .GroupBy(m => m.Entity.Key, StringComparer.Ordinal)
            .Select(g => (Entry: g.First().Entity, Mentions: g.DistinctBy(m => (m.Span.Start, m.Span.End)).OrderBy(m => m.Span.Start).ToList()))
            .OrderBy(g => g.Mentions[0].Span.Start)
            .ToList();
        var entities = groups
            .Select(g => ToEntity(context.Lexicon, g.Entry, g.Mentions.Select(m => new Mention(m.Span, m.Span.Of(text), m.MentionKind)).ToList()))
            .ToList();
        var present = entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in entities.Select(e => e.ContainedInKey).OfType<string>().Distinct().ToList())
        {
            if (present.Add(key) && context.Lexicon.Find(key) is { } country)
            {
                entities.Add(ToEntity(context.Lexicon, country, []));
            }
        }

        return entities;
    }

    /// <summary>The posts, one per holder, title and institution, keyed by institution and title.</summary>
    public static List<Post> Posts(ExtractionContext context)
    {
        var posts = new List<Post>();
        foreach (var post in context.Posts)
        {
            // "NASA Administrator Charles Bolden" then "Administrator Bolden": the second names the same post.
            if (posts.Any(p => p.HolderKey == post.HolderKey && p.Title == post.Title && (p.InstitutionKey == post.InstitutionKey || post.InstitutionKey is null))
                || (post.InstitutionKey is null && context.Posts.Any(p => p.HolderKey == post.HolderKey && p.Title == post.Title && p.InstitutionKey is not null)))
            {
                continue;
            }

            // A post without a known institution is keyed by its holder, so unrelated "President"s never merge.
            var owner = post.InstitutionKey is { } institution ? institution[(institution.IndexOf('/', StringComparison.Ordinal) + 1)..] : "of/" + post.HolderKey["person/".Length..];
            posts.Add(new Post($"post/{owner}/{LexiconLoader.Slug(post.Title)}", post.Title, post.InstitutionKey, post.HolderKey, post.Span));
        }

        return posts;
    }

    private static Entity ToEntity(Lexicon lexicon, LexiconEntry entry, IReadOnlyList<Mention> mentions) =>
        new(entry.Key, entry.Kind, entry.Name, mentions, WikidataLinker.IdOf(lexicon, entry), entry.ContainedInKey);
}
