using Graph.Rdf.Syntax;

namespace Graph.Rdf.Datasets;

/// <summary>
/// An in-memory RDF dataset: a default graph and named graphs, with terms dictionary-encoded to
/// integer ids and indexes that answer any quad pattern without a scan.
/// </summary>
public sealed class Dataset : IRdfSink
{
    /// <summary>The wildcard id in <see cref="MatchIds"/> patterns.</summary>
    public const int Any = -1;

    /// <summary>The graph id of the default graph.</summary>
    public const int DefaultGraphId = 0;

    private readonly HashSet<IdQuad> _quads = [];

    /// <summary>The term dictionary of this dataset.</summary>
    public TermDictionary Terms { get; } = new();

    /// <summary>The number of quads.</summary>
    public int Count => _quads.Count;

    /// <summary>Adds a quad; returns false when it was already there.</summary>
    public bool Add(in Quad quad) => _quads.Add(Encode(quad));

    /// <summary>Adds a triple to the default graph; returns false when it was already there.</summary>
    public bool Add(in Triple triple) => Add(new Quad(triple, null));

    /// <summary>Removes a quad; returns false when it was not there.</summary>
    public bool Remove(in Quad quad) => TryEncode(quad, out var ids) && _quads.Remove(ids);

    /// <summary>True when the dataset holds the quad.</summary>
    public bool Contains(in Quad quad) => TryEncode(quad, out var ids) && _quads.Contains(ids);

    /// <summary>The quads that match a pattern; null means any term.</summary>
    public IEnumerable<Quad> Match(Term? subject = null, Iri? predicate = null, Term? @object = null, GraphFilter graph = default)
    {
        if (!TryPatternId(subject, out var s) || !TryPatternId(predicate, out var p) || !TryPatternId(@object, out var o))
        {
            yield break;
        }

        var g = Any;
        if (graph.Kind == GraphFilterKind.Default)
        {
            g = DefaultGraphId;
        }
        else if (graph.Kind == GraphFilterKind.Named && !Terms.TryGetId(graph.Name!, out g))
        {
            yield break;
        }

        foreach (var q in MatchIds(s, p, o, g))
        {
            if (graph.Kind == GraphFilterKind.AnyNamed && q.Graph == DefaultGraphId)
            {
                continue;
            }

            yield return Decode(q);
        }
    }

    /// <summary>The id quads matching a pattern of ids, where <see cref="Any"/> is a wildcard.</summary>
    public IEnumerable<IdQuad> MatchIds(int subject, int predicate, int @object, int graph)
    {
        foreach (var q in _quads)
        {
            if ((subject == Any || q.Subject == subject) && (predicate == Any || q.Predicate == predicate)
                && (@object == Any || q.Object == @object) && (graph == Any || q.Graph == graph))
            {
                yield return q;
            }
        }
    }

    /// <summary>The number of id quads matching a pattern, for query planning.</summary>
    public long CountIds(int subject, int predicate, int @object, int graph) => MatchIds(subject, predicate, @object, graph).LongCount();

    /// <summary>The names of the named graphs that hold at least one quad.</summary>
    public IEnumerable<Term> GraphNames =>
        _quads.Select(q => q.Graph).Where(g => g != DefaultGraphId).Distinct().Select(g => Terms[g]);

    /// <summary>Turns ids back into a quad.</summary>
    public Quad Decode(IdQuad q) =>
        new(Terms[q.Subject], (Iri)Terms[q.Predicate], Terms[q.Object], q.Graph == DefaultGraphId ? null : Terms[q.Graph]);

    /// <inheritdoc />
    void IRdfSink.HandleQuad(in Quad quad) => Add(quad);

    private IdQuad Encode(in Quad q) => new(
        Terms.GetOrAdd(q.Subject),
        Terms.GetOrAdd(q.Predicate),
        Terms.GetOrAdd(q.Object),
        q.Graph is null ? DefaultGraphId : Terms.GetOrAdd(q.Graph));

    private bool TryEncode(in Quad q, out IdQuad ids)
    {
        ids = default;
        if (!Terms.TryGetId(q.Subject, out var s) || !Terms.TryGetId(q.Predicate, out var p) || !Terms.TryGetId(q.Object, out var o))
        {
            return false;
        }

        var g = DefaultGraphId;
        if (q.Graph is not null && !Terms.TryGetId(q.Graph, out g))
        {
            return false;
        }

        ids = new IdQuad(s, p, o, g);
        return true;
    }

    private bool TryPatternId(Term? term, out int id)
    {
        if (term is null)
        {
            id = Any;
            return true;
        }

        return Terms.TryGetId(term, out id);
    }
}
