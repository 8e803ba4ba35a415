using System.Runtime.InteropServices;

namespace Graph.Rdf.Datasets;

/// <summary>
/// Immutable sorted indexes over id quads: a row-major table of (subject, predicate, object, graph)
/// ids and four permutations of its row numbers, sorted in the orders SPOG, POGS, OGSP and GSPO.
/// Every pattern whose bound positions are a prefix of one order (14 of the 16 patterns) is a
/// binary-searched range; the two others (S and O bound; P and G bound) scan the smaller of two
/// ranges. 32 bytes a quad. A new version is made by merging a batch in (linear in the size).
/// </summary>
internal sealed class QuadIndex
{
    /// <summary>The component positions of each order: 0 subject, 1 predicate, 2 object, 3 graph.</summary>
    private static readonly int[][] Orders = [[0, 1, 2, 3], [1, 2, 3, 0], [2, 3, 0, 1], [3, 0, 1, 2]];

    private readonly int[] _table;
    private readonly int[][] _permutations;

    private QuadIndex(int[] table, int[][] permutations)
    {
        _table = table;
        _permutations = permutations;
    }

    public static QuadIndex Empty { get; } = new([], [[], [], [], []]);

    public int Count => _table.Length / 4;

    /// <summary>The bytes held by the table and the permutations.</summary>
    public long AllocatedBytes => (_table.Length * 4L) + (_permutations.Sum(p => (long)p.Length) * 4L);

    /// <summary>A new index holding these quads and <paramref name="added"/> (absent here, distinct), without <paramref name="removed"/>.</summary>
    public QuadIndex With(IReadOnlyCollection<IdQuad> added, IReadOnlySet<IdQuad> removed)
    {
        if (removed.Count > 0)
        {
            var kept = new List<IdQuad>(Count - removed.Count + added.Count);
            for (var row = 0; row < Count; row++)
            {
                var q = Row(_table, row);
                if (!removed.Contains(q))
                {
                    kept.Add(q);
                }
            }

            kept.AddRange(added);
            return Empty.With(kept, new HashSet<IdQuad>());
        }

        var oldRows = Count;
        var table = new int[(oldRows + added.Count) * 4];
        Array.Copy(_table, table, _table.Length);
        var at = _table.Length;
        foreach (var q in added)
        {
            table[at] = q.Subject;
            table[at + 1] = q.Predicate;
            table[at + 2] = q.Object;
            table[at + 3] = q.Graph;
            at += 4;
        }

        var permutations = new int[4][];
        for (var order = 0; order < 4; order++)
        {
            var sorted = SortAdded(table, oldRows, added.Count, Orders[order]);
            permutations[order] = _permutations[order].Length == 0 ? sorted : Merge(table, _permutations[order], sorted, Orders[order]);
        }

        return new QuadIndex(table, permutations);
    }

    /// <summary>True when the index holds the quad.</summary>
    public bool Contains(in IdQuad q)
    {
        Span<int> key = [q.Subject, q.Predicate, q.Object, q.Graph];
        var (lo, hi) = Range(0, key, 4);
        return hi > lo;
    }

    /// <summary>Chooses how to answer a pattern (<see cref="Dataset.Any"/> = unbound).</summary>
    public Plan PlanFor(int s, int p, int o, int g)
    {
        Span<int> pattern = [s, p, o, g];
        var bound = 0;
        foreach (var v in pattern)
        {
            bound += v == Dataset.Any ? 0 : 1;
        }

        var best = default(Plan);
        var bestSize = int.MaxValue;
        Span<int> key = stackalloc int[4];
        for (var order = 0; order < 4; order++)
        {
            var components = Orders[order];
            var prefix = 0;
            while (prefix < 4 && pattern[components[prefix]] != Dataset.Any)
            {
                key[prefix] = pattern[components[prefix]];
                prefix++;
            }

            if (prefix == bound)
            {
                var (lo, hi) = Range(order, key, prefix);
                return new Plan(order, lo, hi, NeedsFilter: false);
            }

            if (prefix > 0)
            {
                var (lo, hi) = Range(order, key, prefix);
                if (hi - lo < bestSize)
                {
                    best = new Plan(order, lo, hi, NeedsFilter: true);
                    bestSize = hi - lo;
                }
            }
        }

        return best;
    }

    /// <summary>The quad at a position of a plan's order.</summary>
    public IdQuad At(in Plan plan, int position) => Row(_table, _permutations[plan.Order][position]);

    /// <summary>The distinct graph ids, in increasing order, by skipping through the GSPO order.</summary>
    public IEnumerable<int> GraphIds()
    {
        var position = 0;
        Span<int> key = stackalloc int[1];
        var result = new List<int>();
        while (position < Count)
        {
            var g = _table[(_permutations[3][position] * 4) + 3];
            result.Add(g);
            key[0] = g;
            position = Range(3, key, 1).Hi;
        }

        return result;
    }

    private static IdQuad Row(int[] table, int row)
    {
        var at = row * 4;
        return new IdQuad(table[at], table[at + 1], table[at + 2], table[at + 3]);
    }

    /// <summary>The range of positions in an order whose first <paramref name="length"/> components equal the key.</summary>
    private (int Lo, int Hi) Range(int order, ReadOnlySpan<int> key, int length)
    {
        var permutation = _permutations[order];
        var components = Orders[order];
        if (length == 0)
        {
            return (0, permutation.Length);
        }

        var lo = 0;
        var hi = permutation.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (ComparePrefix(permutation[mid], components, key, length) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var start = lo;
        hi = permutation.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (ComparePrefix(permutation[mid], components, key, length) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (start, lo);
    }

    private int ComparePrefix(int row, int[] components, ReadOnlySpan<int> key, int length)
    {
        var at = row * 4;
        for (var i = 0; i < length; i++)
        {
            var c = _table[at + components[i]].CompareTo(key[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>
    /// The <paramref name="count"/> rows from <paramref name="firstRow"/> on, sorted in the given order. When the ids fit side by side in 64 bits (their widths measured on the batch;
    /// the graph id of triples takes none), the rows are sorted on one packed integer, several times
    /// faster than comparing two-word keys.
    /// </summary>
    private static int[] SortAdded(int[] table, int firstRow, int count, int[] components)
    {
        Span<int> widths = stackalloc int[4];
        var maxima = new uint[4];
        for (var i = 0; i < count; i++)
        {
            var at = (firstRow + i) * 4;
            maxima[0] |= (uint)table[at];
            maxima[1] |= (uint)table[at + 1];
            maxima[2] |= (uint)table[at + 2];
            maxima[3] |= (uint)table[at + 3];
        }

        var totalWidth = 0;
        for (var c = 0; c < 4; c++)
        {
            widths[c] = 32 - System.Numerics.BitOperations.LeadingZeroCount(maxima[c]);
            totalWidth += widths[c];
        }

        if (totalWidth > 64)
        {
            var keys = new SortKey[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = SortKey.Of(table, firstRow + i, components);
            }

            keys.AsSpan().Sort(default(SortKeyComparer));
            return Array.ConvertAll(keys, k => k.Row);
        }

        var packed = new ulong[count];
        var rows = new int[count];
        for (var i = 0; i < count; i++)
        {
            var at = (firstRow + i) * 4;
            ulong key = 0;
            foreach (var c in components)
            {
                key = (key << widths[c]) | (uint)table[at + c];
            }

            packed[i] = key;
            rows[i] = firstRow + i;
        }

        Array.Sort(packed, rows);
        return rows;
    }

    private static int[] Merge(int[] table, int[] existing, int[] added, int[] components)
    {
        var merged = new int[existing.Length + added.Length];
        int i = 0, j = 0, k = 0;
        while (i < existing.Length && j < added.Length)
        {
            var old = SortKey.Of(table, existing[i], components);
            if (SortKeyComparer.CompareKeys(old, SortKey.Of(table, added[j], components)) <= 0)
            {
                merged[k++] = existing[i++];
            }
            else
            {
                merged[k++] = added[j++];
            }
        }

        while (i < existing.Length)
        {
            merged[k++] = existing[i++];
        }

        while (j < added.Length)
        {
            merged[k++] = added[j++];
        }

        return merged;
    }

    /// <summary>A quad's ids in one order, packed for fast comparison (ids are non-negative).</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct SortKey(ulong High, ulong Low, int Row)
    {
        public static SortKey Of(int[] table, int row, int[] components)
        {
            var at = row * 4;
            return new SortKey(
                ((ulong)(uint)table[at + components[0]] << 32) | (uint)table[at + components[1]],
                ((ulong)(uint)table[at + components[2]] << 32) | (uint)table[at + components[3]],
                row);
        }
    }

    private readonly struct SortKeyComparer : IComparer<SortKey>
    {
        public static int CompareKeys(in SortKey a, in SortKey b)
        {
            var c = a.High.CompareTo(b.High);
            return c != 0 ? c : a.Low.CompareTo(b.Low);
        }

        public int Compare(SortKey a, SortKey b) => CompareKeys(a, b);
    }

    /// <summary>How a pattern is answered: a range of positions in one order, filtered or exact.</summary>
    internal readonly record struct Plan(int Order, int Lo, int Hi, bool NeedsFilter);
}
