using Graph.Rdf.Syntax;

namespace Graph.Rdf.Datasets;

/// <summary>
/// An in-memory RDF dataset: a default graph and named graphs, with terms dictionary-encoded to
/// integer ids and indexes that answer any quad pattern without a scan.
/// </summary>
/// <remarks>
/// Quads live in sorted permutation indexes (<c>SPOG</c>, <c>POGS</c>, <c>OGSP</c>, <c>GSPO</c>).
/// Changes go to a small write buffer first and are merged in by <see cref="Optimize"/>, which any
/// read does on its own when the buffer is not empty; bulk loading is therefore fast, and reading
/// sees every change. Enumerations are snapshots: changes made while enumerating are not seen by
/// that enumeration. Reads may run in parallel; changes need a single writer.
/// </remarks>
public sealed class Dataset : IRdfSink
{
    /// <summary>The wildcard id in <see cref="MatchIds"/> patterns.</summary>
    public const int Any = -1;

    /// <summary>The graph id of the default graph.</summary>
    public const int DefaultGraphId = 0;

    // Large enough that a bulk load of a few million quads is merged once (one sort per order), on the first read.
    private const int MinimumMergeBatch = 1 << 22;

    private readonly object _mergeLock = new();
    private HashSet<IdQuad> _added = [];
    private HashSet<IdQuad> _removed = [];
    private QuadIndex _index = QuadIndex.Empty;

    // Every id in _index is at most this (the dictionary's size at the last merge): a quad holding a
    // larger id is new without searching the index, which is most quads of a bulk load.
    private int _indexedTermLimit;

    /// <summary>The term dictionary of this dataset.</summary>
    public TermDictionary Terms { get; } = new();

    /// <summary>The number of quads.</summary>
    public int Count => _index.Count + _added.Count - _removed.Count;

    /// <summary>An estimate of the bytes held by the indexes and the dictionary (after <see cref="Optimize"/>).</summary>
    public long AllocatedBytes => _index.AllocatedBytes + Terms.AllocatedBytes;

    /// <summary>Adds a quad; returns false when it was already there.</summary>
    public bool Add(in Quad quad) => AddIds(Encode(quad));

    /// <summary>Adds a triple to the default graph; returns false when it was already there.</summary>
    public bool Add(in Triple triple) => Add(new Quad(triple, null));

    /// <summary>Adds a quad of ids (of terms in <see cref="Terms"/>); returns false when it was already there.</summary>
    public bool AddIds(IdQuad ids)
    {
        if (_added.Contains(ids))
        {
            return false;
        }

        if (_removed.Count > 0 && _removed.Remove(ids))
        {
            return true;
        }

        if (_index.Count > 0 && !HasIdAbove(ids, _indexedTermLimit) && _index.Contains(ids))
        {
            return false;
        }

        _added.Add(ids);
        if (_added.Count >= Math.Max(MinimumMergeBatch, _index.Count))
        {
            Optimize();
        }

        return true;
    }

    /// <summary>Removes a quad; returns false when it was not there.</summary>
    public bool Remove(in Quad quad)
    {
        if (!TryEncode(quad, out var ids))
        {
            return false;
        }

        if (_added.Remove(ids))
        {
            return true;
        }

        if (_removed.Contains(ids) || HasIdAbove(ids, _indexedTermLimit) || !_index.Contains(ids))
        {
            return false;
        }

        _removed.Add(ids);
        return true;
    }

    /// <summary>True when the dataset holds the quad.</summary>
    public bool Contains(in Quad quad) =>
        TryEncode(quad, out var ids) && (_added.Contains(ids) || (!HasIdAbove(ids, _indexedTermLimit) && _index.Contains(ids) && !_removed.Contains(ids)));

    /// <summary>
    /// Merges the write buffer into the indexes now (reads do it on their own; call it after a bulk
    /// load to pay the cost at a time of your choosing).
    /// </summary>
    public void Optimize()
    {
        lock (_mergeLock)
        {
            if (_added.Count == 0 && _removed.Count == 0)
            {
                return;
            }

            _indexedTermLimit = Terms.Count;
            _index = _index.With(_added, _removed);
            _added = [];
            _removed = [];
        }
    }

    /// <summary>The quads that match a pattern; null means any term.</summary>
    public IEnumerable<Quad> Match(Term? subject = null, Iri? predicate = null, Term? @object = null, GraphFilter graph = default)
    {
        if (!TryPatternId(subject, out var s) || !TryPatternId(predicate, out var p) || !TryPatternId(@object, out var o))
        {
            return [];
        }

        var g = Any;
        if (graph.Kind == GraphFilterKind.Default)
        {
            g = DefaultGraphId;
        }
        else if (graph.Kind == GraphFilterKind.Named && !Terms.TryGetId(graph.Name!, out g))
        {
            return [];
        }

        var ids = MatchIds(s, p, o, g);
        if (graph.Kind == GraphFilterKind.AnyNamed)
        {
            ids = ids.Where(q => q.Graph != DefaultGraphId);
        }

        return ids.Select(Decode);
    }

    /// <summary>The id quads matching a pattern of ids, where <see cref="Any"/> is a wildcard.</summary>
    public IEnumerable<IdQuad> MatchIds(int subject, int predicate, int @object, int graph)
    {
        var index = Current();
        var plan = index.PlanFor(subject, predicate, @object, graph);
        return plan.NeedsFilter ? Filtered(index, plan, subject, predicate, @object, graph) : Exact(index, plan);
    }

    /// <summary>The number of id quads matching a pattern, for query planning: a range length in most cases, a short scan in the others.</summary>
    public long CountIds(int subject, int predicate, int @object, int graph)
    {
        var index = Current();
        var plan = index.PlanFor(subject, predicate, @object, graph);
        if (!plan.NeedsFilter)
        {
            return plan.Hi - plan.Lo;
        }

        var count = 0L;
        for (var i = plan.Lo; i < plan.Hi; i++)
        {
            if (Matches(index.At(plan, i), subject, predicate, @object, graph))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The names of the named graphs that hold at least one quad.</summary>
    public IEnumerable<Term> GraphNames =>
        Current().GraphIds().Where(g => g != DefaultGraphId).Select(g => Terms[g]);

    /// <summary>Turns ids back into a quad.</summary>
    public Quad Decode(IdQuad q) =>
        new(Terms[q.Subject], (Iri)Terms[q.Predicate], Terms[q.Object], q.Graph == DefaultGraphId ? null : Terms[q.Graph]);

    /// <inheritdoc />
    void IRdfSink.HandleQuad(in Quad quad) => Add(quad);

    /// <inheritdoc />
    void IRdfSink.HandleTriple(in Triple triple) => Add(new Quad(triple, null));

    private QuadIndex Current()
    {
        if (_added.Count > 0 || _removed.Count > 0)
        {
            Optimize();
        }

        return _index;
    }

    private static IEnumerable<IdQuad> Exact(QuadIndex index, QuadIndex.Plan plan)
    {
        for (var i = plan.Lo; i < plan.Hi; i++)
        {
            yield return index.At(plan, i);
        }
    }

    private static IEnumerable<IdQuad> Filtered(QuadIndex index, QuadIndex.Plan plan, int s, int p, int o, int g)
    {
        for (var i = plan.Lo; i < plan.Hi; i++)
        {
            var q = index.At(plan, i);
            if (Matches(q, s, p, o, g))
            {
                yield return q;
            }
        }
    }

    private static bool HasIdAbove(in IdQuad q, int limit) =>
        (uint)q.Subject > (uint)limit || (uint)q.Predicate > (uint)limit || (uint)q.Object > (uint)limit || (uint)q.Graph > (uint)limit;

    private static bool Matches(in IdQuad q, int s, int p, int o, int g) =>
        (s == Any || q.Subject == s) && (p == Any || q.Predicate == p) && (o == Any || q.Object == o) && (g == Any || q.Graph == g);

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
