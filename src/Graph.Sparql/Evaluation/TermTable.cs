using Graph.Rdf;
using Graph.Rdf.Datasets;

namespace Graph.Sparql.Evaluation;

/// <summary>
/// The ids solutions hold: the dataset's term ids (positive), plus ids for terms made during the query
/// (BIND results, aggregates, constants absent from the data), which are negative from -2 down. One
/// term has one id, so equal ids mean equal terms; 0 means unbound.
/// </summary>
internal sealed class TermTable
{
    private readonly TermDictionary _terms;
    private readonly List<Term> _local = [];
    private readonly Dictionary<Term, int> _localIds = [];

    public TermTable(Dataset dataset) => _terms = dataset.Terms;

    // Decoded data terms, so a term read by many solutions is decoded once.
    private Term?[] _decoded = [];

    /// <summary>The term of an id (not 0).</summary>
    public Term this[int id] => id > 0 ? Decoded(id) : _local[-id - 2];

    private Term Decoded(int id)
    {
        if (id >= _decoded.Length)
        {
            Array.Resize(ref _decoded, Math.Max(id + 1, Math.Min(_terms.Count + 1, Math.Max(1024, _decoded.Length * 2))));
        }

        return _decoded[id] ??= _terms[id];
    }

    /// <summary>The term of an id, or null for 0.</summary>
    public Term? Get(int id) => id == 0 ? null : this[id];

    /// <summary>The id of a term, made if new.</summary>
    public int Intern(Term term)
    {
        if (_terms.TryGetId(term, out var id))
        {
            return id;
        }

        if (_localIds.TryGetValue(term, out id))
        {
            return id;
        }

        id = -2 - _local.Count;
        _local.Add(term);
        _localIds.Add(term, id);
        return id;
    }

    /// <summary>The id of a term, or null for null.</summary>
    public int InternOrUnbound(Term? term) => term is null ? 0 : Intern(term);

    /// <summary>True when the id is a term of the dataset (one the indexes can match).</summary>
    public static bool IsStored(int id) => id > 0;
}
