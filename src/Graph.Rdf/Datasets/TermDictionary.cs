namespace Graph.Rdf.Datasets;

/// <summary>
/// Encodes terms as dense integer ids (1, 2, 3…) and back. Id 0 stands for the default graph and
/// <see cref="Dataset.Any"/> (-1) for a wildcard in patterns; neither is ever given to a term.
/// </summary>
public sealed class TermDictionary
{
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [null!];

    /// <summary>The number of distinct terms.</summary>
    public int Count => _terms.Count - 1;

    /// <summary>Returns the id of a term, adding it when new.</summary>
    public int GetOrAdd(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _terms.Count;
        _terms.Add(term);
        _ids.Add(term, id);
        return id;
    }

    /// <summary>Looks up the id of a term without adding it.</summary>
    public bool TryGetId(Term term, out int id) => _ids.TryGetValue(term, out id);

    /// <summary>The term with the given id.</summary>
    public Term this[int id] => _terms[id];
}
