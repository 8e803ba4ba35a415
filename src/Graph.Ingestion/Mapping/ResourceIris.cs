using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Rdf;

namespace Graph.Ingestion.Mapping;

/// <summary>
/// Mints the IRIs of resources so that the same thing gets the same IRI in every article and every
/// run: entities from their key, posts from their title and institution (never their holder),
/// articles from their id, events and quotations from the article and their ordinal.
/// Minted IRIs of entities and posts are remembered, as one run asks for the same ones again and
/// again; an instance is therefore not safe for use by several threads at once.
/// </summary>
public sealed class ResourceIris
{
    private readonly string _base;
    private readonly Dictionary<string, Iri> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Title, string? Institution), Iri> _posts = [];
    private (string Id, string Slug) _lastArticle = (string.Empty, string.Empty);

    /// <summary>Creates the minter for resources under <paramref name="baseIri"/> (a <c>/</c> is added when it ends in neither <c>/</c> nor <c>#</c>).</summary>
    /// <exception cref="IriFormatException">The base is not an absolute IRI.</exception>
    public ResourceIris(string baseIri = Kg.DefaultResourceBase)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        var parsed = Iri.Parse(baseIri);
        _base = parsed.Value.EndsWith('/') || parsed.Value.EndsWith('#') ? parsed.Value : parsed.Value + "/";
    }

    /// <summary>The base, ending in <c>/</c> or <c>#</c>.</summary>
    public string Base => _base;

    /// <summary>The IRI of the entity with <paramref name="key"/>, e.g. <c>country/BE</c> → <c>…/country/be</c>.</summary>
    public Iri Entity(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_entities.TryGetValue(key, out var iri))
        {
            var path = Slug.OfPath(key);
            iri = Mint(path.Length > 0 ? path : "entity/" + Hash(key));
            _entities.Add(key, iri);
        }

        return iri;
    }

    /// <summary>
    /// The IRI of a post: its title in its country or institution, e.g. "Foreign Minister" of
    /// <c>country/BE</c> → <c>…/post/country-be/foreign-minister</c>. Every holder of the post shares it.
    /// </summary>
    public Iri Post(string title, string? institutionKey)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!_posts.TryGetValue((title, institutionKey), out var iri))
        {
            iri = MintPost(title, institutionKey);
            _posts.Add((title, institutionKey), iri);
        }

        return iri;
    }

    private Iri MintPost(string title, string? institutionKey)
    {
        var titleSlug = Slug.Of(title);
        if (titleSlug.Length == 0)
        {
            titleSlug = Hash(title);
        }

        var institution = institutionKey is null ? string.Empty : Slug.OfPath(institutionKey).Replace('/', '-');
        return Mint(institution.Length == 0 ? "post/" + titleSlug : "post/" + institution + "/" + titleSlug);
    }

    /// <summary>The IRI of an article, from its id: <c>…/article/{slug}</c>.</summary>
    public Iri Article(string articleId) => Mint("article/" + ArticleSlug(articleId));

    /// <summary>The IRI of the <paramref name="ordinal"/>-th (1-based) event of an article.</summary>
    public Iri Event(string articleId, int ordinal) => Mint("event/" + ArticleSlug(articleId) + "/" + Ordinal(ordinal));

    /// <summary>The IRI of the <paramref name="ordinal"/>-th (1-based) quotation of an article.</summary>
    public Iri Quotation(string articleId, int ordinal) => Mint("quotation/" + ArticleSlug(articleId) + "/" + Ordinal(ordinal));

    /// <summary>
    /// The IRI of a span of an article's text in the NIF convention (RFC 5147 fragment):
    /// <c>{article}#char={begin},{end}</c>, offsets in Unicode code points.
    /// </summary>
    public static Iri TextSpan(Iri article, int begin, int end) =>
        Iri.FromTrusted(article.Value + "#char=" + begin.ToString(CultureInfo.InvariantCulture) + "," + end.ToString(CultureInfo.InvariantCulture));

    private string ArticleSlug(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (!string.Equals(_lastArticle.Id, articleId, StringComparison.Ordinal))
        {
            var slug = Slug.Of(articleId);
            _lastArticle = (articleId, slug.Length > 0 ? slug : Hash(articleId));
        }

        return _lastArticle.Slug;
    }

    private static string Ordinal(int ordinal) =>
        ordinal >= 1 ? ordinal.ToString(CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "ordinals start at 1");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));

    // Slugs hold only ASCII letters, digits, '-', '/' and percent-escapes, so the result is a valid IRI.
    private Iri Mint(string path) => Iri.FromTrusted(_base + path);
}
