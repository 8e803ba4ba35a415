namespace Graph.Sparql.Evaluation;

/// <summary>
/// The materialised right side of a hash join: rows indexed by the variables every row binds, so a
/// left row that binds them finds its partners with one lookup (and otherwise scans).
/// </summary>
internal sealed class JoinTable
{
    private readonly List<int[]> _rows;
    private readonly int[] _keySlots;
    private readonly Dictionary<int[], List<int[]>>? _index;

    public JoinTable(List<int[]> rows, int width)
    {
        _rows = rows;
        var always = new List<int>();
        for (var slot = 0; slot < width; slot++)
        {
            if (rows.Count > 0 && rows.TrueForAll(r => r[slot] != 0))
            {
                always.Add(slot);
            }
        }

        _keySlots = [.. always];
        if (_keySlots.Length > 0 && rows.Count > 8)
        {
            _index = new Dictionary<int[], List<int[]>>(RowComparer.Instance);
            foreach (var row in rows)
            {
                var key = KeyOf(row);
                if (!_index.TryGetValue(key, out var list))
                {
                    _index.Add(key, list = []);
                }

                list.Add(row);
            }
        }
    }

    public List<int[]> Rows => _rows;

    /// <summary>The rows compatible with <paramref name="left"/>.</summary>
    public IEnumerable<int[]> Partners(int[] left)
    {
        IEnumerable<int[]> candidates = _rows;
        if (_index is not null && Array.TrueForAll(_keySlots, s => left[s] != 0))
        {
            if (!_index.TryGetValue(KeyOf(left), out var list))
            {
                return [];
            }

            candidates = list;
        }

        return candidates.Where(r => Rows_Compatible(left, r));
    }

    private static bool Rows_Compatible(int[] a, int[] b) => Evaluation.Rows.Compatible(a, b);

    private int[] KeyOf(int[] row)
    {
        var key = new int[_keySlots.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = row[_keySlots[i]];
        }

        return key;
    }
}
