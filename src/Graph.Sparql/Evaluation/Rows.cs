namespace Graph.Sparql.Evaluation;

/// <summary>Operations on solution rows: one term id per variable slot, 0 when unbound.</summary>
internal static class Rows
{
    public static bool IsEmpty(int[] row)
    {
        foreach (var id in row)
        {
            if (id != 0)
            {
                return false;
            }
        }

        return true;
    }

    public static bool Compatible(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != 0 && b[i] != 0 && a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the rows bind at least one variable in common (the condition of MINUS).</summary>
    public static bool ShareBinding(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != 0 && b[i] != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static int[] Merge(int[] a, int[] b)
    {
        var result = (int[])a.Clone();
        for (var i = 0; i < b.Length; i++)
        {
            if (b[i] != 0)
            {
                result[i] = b[i];
            }
        }

        return result;
    }
}

/// <summary>Compares rows by value, for DISTINCT and hash keys.</summary>
internal sealed class RowComparer : IEqualityComparer<int[]>
{
    public static RowComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = default(HashCode);
        foreach (var id in obj)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }
}
