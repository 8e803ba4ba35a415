namespace Graph.Extraction.Model;

/// <summary>An article as read from its source, before extraction.</summary>
/// <param name="Id">A stable identifier of the article (from the corpus record, or derived from its text).</param>
/// <param name="Headline">The headline, or null.</param>
/// <param name="Published">The publication date, or null when unknown.</param>
/// <param name="Text">The body text (the headline excluded); every span indexes into it.</param>
/// <param name="Url">The article's address, or null.</param>
public sealed record Article(string Id, string? Headline, DateOnly? Published, string Text, string? Url = null);

/// <summary>
/// What extraction found in one article: entities with their mentions, posts, events and quotations.
/// It knows nothing of RDF; Graph.Ingestion maps it.
/// </summary>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Quotation> Quotations);
