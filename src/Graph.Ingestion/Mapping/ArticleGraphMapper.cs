using System.Globalization;
using Graph.Extraction.Model;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Vocabularies;

namespace Graph.Ingestion.Mapping;

/// <summary>
/// Maps an <see cref="ArticleGraph"/> to RDF in the vocabulary contract of the architecture page:
/// the article, its entities with their types and names, officials' posts, events, quotations, the
/// provenance of each, and optionally NIF mentions. The same input gives the same statements in the
/// same order.
/// </summary>
public sealed partial class ArticleGraphMapper
{
    /// <summary>Creates a mapper.</summary>
    /// <param name="options">How to write; defaults when null.</param>
    /// <param name="registry">The entities seen in earlier articles, shared by the mappers of one run; a new one when null.</param>
    /// <exception cref="IriFormatException">The resource base is not an absolute IRI.</exception>
    public ArticleGraphMapper(MappingOptions? options = null, EntityRegistry? registry = null)
    {
        Options = options ?? new MappingOptions();
        Iris = new ResourceIris(Options.ResourceBase);
        Registry = registry ?? new EntityRegistry();
    }

    /// <summary>How this mapper writes.</summary>
    public MappingOptions Options { get; }

    /// <summary>The IRIs it mints.</summary>
    public ResourceIris Iris { get; }

    /// <summary>The entities seen so far.</summary>
    public EntityRegistry Registry { get; }

    /// <summary>Writes the statements of <paramref name="graph"/> into <paramref name="sink"/>; returns how many.</summary>
    /// <exception cref="ArticleMappingException">The graph holds a span outside the text or a malformed identifier.</exception>
    public int Map(ArticleGraph graph, IRdfSink sink)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        var articleIri = Iris.Article(graph.Article.Id);
        var statements = new StatementBuffer(Options.NamedGraphs ? articleIri : null);
        var mapping = new Mapping(this, graph, articleIri, statements);
        mapping.MapArticle();
        mapping.MapEntities();
        mapping.MapPosts();
        mapping.MapEvents();
        mapping.MapQuotations();
        if (Options.IncludeMentions)
        {
            mapping.MapMentions();
        }

        var count = 0;
        foreach (var (quad, shared) in statements.Statements)
        {
            // In one merged default graph, what an earlier article said about a shared resource is not repeated.
            if (shared && !Options.NamedGraphs && !Registry.IsNewSharedStatement(quad))
            {
                continue;
            }

            sink.HandleQuad(quad);
            count++;
        }

        return count;
    }

    /// <summary>The classes of an entity kind: the most specific first, then the contract's general class where it is not the same.</summary>
    internal static IReadOnlyList<Iri> ClassesOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => [Contract.Person],
        EntityKind.Organization => [Contract.Organization],
        EntityKind.GovernmentOrganization => [Contract.GovernmentOrganization, Contract.Organization],
        EntityKind.IntergovernmentalOrganization => [Kg.IntergovernmentalOrganization, Contract.Organization],
        EntityKind.Country => [Contract.Country, Contract.Place],
        EntityKind.City => [Contract.City, Contract.Place],
        EntityKind.Region => [Kg.Region, Contract.Place],
        EntityKind.CountryGroup => [Kg.CountryGroup, Kg.Region, Contract.Place],
        EntityKind.Place => [Contract.Place],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    /// <summary>The <c>kg:</c> class of an event kind.</summary>
    internal static Iri ClassOf(EventKind kind) => kind switch
    {
        EventKind.Attack => Kg.Attack,
        EventKind.Arrest => Kg.Arrest,
        EventKind.Raid => Kg.Raid,
        EventKind.MilitaryDeployment => Kg.MilitaryDeployment,
        EventKind.Meeting => Kg.Meeting,
        EventKind.Appeal => Kg.Appeal,
        EventKind.Statement => Kg.Statement,
        EventKind.Agreement => Kg.Agreement,
        EventKind.Conflict => Kg.Conflict,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown event kind"),
    };

    /// <summary>The mapping of one article.</summary>
    private sealed partial class Mapping(ArticleGraphMapper mapper, ArticleGraph graph, Iri article, StatementBuffer output)
    {
        private Article Article => graph.Article;

        public void MapArticle()
        {
            output.Add(article, Contract.Type, Contract.NewsArticle);
            output.Add(article, Contract.Identifier, Literal.String(Article.Id));
            if (!string.IsNullOrWhiteSpace(Article.Headline))
            {
                output.Add(article, Contract.Headline, Literal.String(Article.Headline));
            }

            if (Article.Published is { } published)
            {
                output.Add(article, Contract.DatePublished, Literal.Date(published));
            }

            if (Article.Url is not null)
            {
                output.Add(article, Contract.Url, ParseIri(Article.Url, "url"));
            }

            // An entity the extractor added without a mention (the country of a city named alone) is
            // described, but the article does not mention it.
            foreach (var entity in graph.Entities.Where(e => e.Mentions.Count > 0))
            {
                output.Add(article, Contract.Mentions, EntityIri(entity.Key));
            }
        }

        public void MapEntities()
        {
            foreach (var entity in graph.Entities)
            {
                var iri = EntityIri(entity.Key);
                foreach (var type in ClassesOf(entity.Kind))
                {
                    output.AddShared(iri, Contract.Type, type);
                }

                var canonical = mapper.Registry.Resolve(iri, entity);
                output.AddShared(iri, Contract.Name, Literal.String(canonical));
                foreach (var alias in Aliases(entity, canonical))
                {
                    output.AddShared(iri, Contract.AlternateName, Literal.String(alias));
                }

                if (entity.ContainedInKey is not null)
                {
                    output.AddShared(iri, Contract.ContainedInPlace, EntityIri(entity.ContainedInKey));
                }

                if (entity.WikidataId is not null)
                {
                    output.AddShared(iri, Contract.SameAs, WikidataEntity(entity));
                }

                output.Add(iri, Contract.WasDerivedFrom, article);
            }
        }

        public void MapPosts()
        {
            foreach (var post in graph.Posts)
            {
                var iri = mapper.Iris.Post(post.Title, post.InstitutionKey);
                output.AddShared(EntityIri(post.HolderKey), Contract.Holds, iri);
                output.AddShared(iri, Contract.Type, Contract.Post);
                output.AddShared(iri, Contract.Name, Literal.String(post.Title));
                if (post.InstitutionKey is not null)
                {
                    output.AddShared(iri, Contract.PostIn, EntityIri(post.InstitutionKey));
                }

                output.Add(iri, Contract.WasDerivedFrom, article);
            }
        }

        public void MapEvents()
        {
            for (var i = 0; i < graph.Events.Count; i++)
            {
                var e = graph.Events[i];
                var iri = mapper.Iris.Event(Article.Id, i + 1);
                output.Add(iri, Contract.Type, Contract.Event);
                output.Add(iri, Contract.Type, ClassOf(e.Kind));
                if (!string.IsNullOrWhiteSpace(e.Label))
                {
                    output.Add(iri, Contract.Label, Literal.String(e.Label));
                }

                if (!string.IsNullOrWhiteSpace(e.Trigger))
                {
                    output.Add(iri, Kg.Trigger, Literal.String(e.Trigger));
                }

                foreach (var actor in e.ActorKeys)
                {
                    output.Add(iri, Contract.HasActor, EntityIri(actor));
                }

                if (e.PlaceKey is not null)
                {
                    output.Add(iri, Contract.HasPlace, EntityIri(e.PlaceKey));
                }

                if (e.Time is { } time)
                {
                    MapTime(iri, time);
                }

                output.Add(iri, Contract.WasDerivedFrom, article);
            }
        }

        public void MapQuotations()
        {
            for (var i = 0; i < graph.Quotations.Count; i++)
            {
                var quotation = graph.Quotations[i];
                var iri = mapper.Iris.Quotation(Article.Id, i + 1);
                output.Add(iri, Contract.Type, Contract.Quotation);
                output.Add(iri, Contract.Text, Literal.String(quotation.Text));
                output.Add(iri, Kg.IsDirect, Literal.Boolean(quotation.IsDirect));
                if (quotation.SpeakerKey is not null)
                {
                    output.Add(iri, Contract.Creator, EntityIri(quotation.SpeakerKey));
                }

                output.Add(iri, Contract.WasDerivedFrom, article);
            }
        }

        private void MapTime(Iri iri, TimeReference time)
        {
            output.Add(iri, Kg.TimeExpression, Literal.String(time.Expression));
            if (time.Start is not { } start)
            {
                return;
            }

            // One day is a time stamp; a span of days (over the weekend, last week) has a beginning and an end.
            if (time.End is not { } end || end == start)
            {
                output.Add(iri, Contract.HasTimeStamp, Literal.Date(start));
            }
            else
            {
                output.Add(iri, Contract.HasBeginTimeStamp, Literal.Date(start));
                output.Add(iri, Contract.HasEndTimeStamp, Literal.Date(end));
            }
        }

        private Iri EntityIri(string key) => mapper.Iris.Entity(key);

        private Iri WikidataEntity(Entity entity)
        {
            var id = entity.WikidataId!;
            var valid = id.Length > 1 && id[0] == 'Q' && id[1] != '0' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
            return valid
                ? Vocab.Wd.Entity(id)
                : throw new ArticleMappingException(Article.Id, $"entity {entity.Key} has a malformed Wikidata identifier \"{id}\" (expected Q and digits)");
        }

        private Iri ParseIri(string text, string field) =>
            Iri.TryParse(text, out var iri, out var error)
                ? iri!
                : throw new ArticleMappingException(Article.Id, $"the {field} <{text}> is not an absolute IRI: {error}");

        private static IEnumerable<string> Aliases(Entity entity, string canonical)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { canonical };
            var names = entity.Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => m.Text.Trim()).Prepend(entity.Name);
            foreach (var name in names)
            {
                if (name.Length > 0 && seen.Add(name))
                {
                    yield return name;
                }
            }
        }

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
