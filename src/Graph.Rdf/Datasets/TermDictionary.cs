using System.Runtime.CompilerServices;

namespace Graph.Rdf.Datasets;

/// <summary>
/// Encodes terms as dense integer ids (1, 2, 3…) and back. Id 0 stands for the default graph and
/// <see cref="Dataset.Any"/> (-1) for a wildcard in patterns; neither is ever given to a term.
/// </summary>
/// <remarks>
/// Terms are stored compactly, not as objects: each term's bytes (<see cref="TermEncoding"/>) sit in
/// an append-only arena, an open-addressing table maps the bytes' hash to the id, and a term object
/// is rebuilt on demand (recently decoded terms are kept in a small cache). This keeps a million
/// distinct terms in tens of megabytes instead of hundreds. Lookups may run concurrently with each
/// other; adding needs a single writer.
/// </remarks>
public sealed class TermDictionary
{
    private const int DecodeCacheSize = 1 << 16;
    private const int IdentityCacheSize = 1 << 12;

    private readonly ByteArena _arena = new();
    private readonly Func<Term, int> _addComponent;
    private readonly Func<Term, int> _findComponent;
    private readonly Func<int, Term> _termOf;
    private long[] _handles = new long[1024];
    // Each slot holds a term's hash in the high half and its id in the low half (0 = empty), so a probe
    // reads the arena only when the hashes agree and growing never rehashes the bytes.
    private long[] _table = new long[2048];
    private int _count;

    private readonly DecodedTerm?[] _decoded = new DecodedTerm?[DecodeCacheSize];
    private readonly Term?[] _identityTerms = new Term?[IdentityCacheSize];
    private readonly int[] _identityIds = new int[IdentityCacheSize];

    /// <summary>Creates an empty dictionary.</summary>
    public TermDictionary()
    {
        _addComponent = GetOrAdd;
        _findComponent = t => TryGetId(t, out var id) ? id : -1;
        _termOf = id => this[id];
    }

    /// <summary>The number of distinct terms.</summary>
    public int Count => _count;

    /// <summary>An estimate of the bytes this dictionary holds (arena, tables, caches).</summary>
    public long AllocatedBytes =>
        _arena.AllocatedBytes + (_handles.Length * 8L) + (_table.Length * 8L) + (DecodeCacheSize * 8L) + (IdentityCacheSize * 12L);

    /// <summary>Returns the id of a term, adding it when new.</summary>
    public int GetOrAdd(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var identitySlot = RuntimeHelpers.GetHashCode(term) & (IdentityCacheSize - 1);
        if (ReferenceEquals(_identityTerms[identitySlot], term))
        {
            return _identityIds[identitySlot];
        }

        var builder = new ByteBuilder(stackalloc byte[256]);
        try
        {
            TermEncoding.Encode(ref builder, term, _addComponent);
            var key = builder.Written;
            var hash = Hash(key);
            var mask = _table.Length - 1;
            var slot = hash & mask;
            long entry;
            int id;
            while ((entry = _table[slot]) != 0)
            {
                id = (int)entry;
                if ((int)(entry >> 32) == hash && _arena.Get(_handles[id]).SequenceEqual(key))
                {
                    Remember(identitySlot, term, id);
                    return id;
                }

                slot = (slot + 1) & mask;
            }

            id = ++_count;
            if (id == _handles.Length)
            {
                Array.Resize(ref _handles, _handles.Length * 2);
            }

            _handles[id] = _arena.Add(key);
            _table[slot] = Entry(hash, id);
            if (_count * 4 > _table.Length * 3)
            {
                Rehash();
            }

            Remember(identitySlot, term, id);
            return id;
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>Looks up the id of a term without adding it.</summary>
    public bool TryGetId(Term term, out int id)
    {
        ArgumentNullException.ThrowIfNull(term);
        var identitySlot = RuntimeHelpers.GetHashCode(term) & (IdentityCacheSize - 1);
        if (ReferenceEquals(_identityTerms[identitySlot], term))
        {
            id = _identityIds[identitySlot];
            return true;
        }

        var builder = new ByteBuilder(stackalloc byte[256]);
        try
        {
            // An unknown component encodes as id uint.MaxValue, which no stored term contains.
            TermEncoding.Encode(ref builder, term, _findComponent);

            var key = builder.Written;
            var table = _table;
            var mask = table.Length - 1;
            var hash = Hash(key);
            var slot = hash & mask;
            long entry;
            while ((entry = table[slot]) != 0)
            {
                id = (int)entry;
                if ((int)(entry >> 32) == hash && _arena.Get(_handles[id]).SequenceEqual(key))
                {
                    return true;
                }

                slot = (slot + 1) & mask;
            }

            id = 0;
            return false;
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>The term with the given id.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No term has this id.</exception>
    public Term this[int id]
    {
        get
        {
            if (id <= 0 || id > _count)
            {
                throw new ArgumentOutOfRangeException(nameof(id), id, "no term has this id");
            }

            // One object per slot, so concurrent readers never see an id paired with another term.
            var slot = id & (DecodeCacheSize - 1);
            var cached = _decoded[slot];
            if (cached is not null && cached.Id == id)
            {
                return cached.Term;
            }

            var term = TermEncoding.Decode(_arena.Get(_handles[id]), _termOf);
            _decoded[slot] = new DecodedTerm(id, term);
            return term;
        }
    }

    private void Remember(int slot, Term term, int id)
    {
        _identityTerms[slot] = term;
        _identityIds[slot] = id;
    }

    private static long Entry(int hash, int id) => ((long)hash << 32) | (uint)id;

    private void Rehash()
    {
        var table = new long[_table.Length * 2];
        var mask = table.Length - 1;
        foreach (var entry in _table)
        {
            if (entry == 0)
            {
                continue;
            }

            var slot = (int)(entry >> 32) & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = entry;
        }

        _table = table;
    }

    /// <summary>A fast 64-bit multiply-mix hash over 8-byte words.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong k = 0x9E3779B97F4A7C15UL;
        var h = (ulong)bytes.Length * k;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h = (h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * k;
            h ^= h >> 29;
        }

        ulong tail = 0;
        for (var shift = 0; i < bytes.Length; i++, shift += 8)
        {
            tail |= (ulong)bytes[i] << shift;
        }

        h = (h ^ tail) * k;
        h ^= h >> 32;
        return (int)h;
    }

    private sealed record DecodedTerm(int Id, Term Term);
}
