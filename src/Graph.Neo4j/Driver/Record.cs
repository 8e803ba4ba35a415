namespace Graph.Neo4j.Driver;

/// <summary>One row of a result: values by position and by column name.</summary>
public sealed class Record
{
    private readonly IReadOnlyList<string> _keys;

    internal Record(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
    {
        _keys = keys;
        Values = values;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The values, in column order.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>The value of a column.</summary>
    /// <exception cref="KeyNotFoundException">The result has no such column.</exception>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    return i < Values.Count ? Values[i] : null;
                }
            }

            throw new KeyNotFoundException($"the record has no column '{key}'; its columns are {string.Join(", ", _keys)}");
        }
    }

    /// <summary>The value at a position.</summary>
    public object? this[int index] => Values[index];

    /// <summary>The value of a column, as <typeparamref name="T"/> (integers widen or narrow as asked).</summary>
    /// <exception cref="InvalidCastException">The value is of another type.</exception>
    public T Get<T>(string key)
    {
        var value = this[key];
        if (value is T typed)
        {
            return typed;
        }

        if (value is long l && typeof(T) == typeof(int))
        {
            return (T)(object)checked((int)l);
        }

        throw new InvalidCastException($"the column '{key}' holds {(value is null ? "null" : value.GetType().Name)}, not {typeof(T).Name}");
    }

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _keys.Select((k, i) => k + ": " + (i < Values.Count ? Values[i] : null))) + "}";
}
