namespace Graph.Rdf.Syntax.NTriples;

/// <summary>
/// A small direct-mapped cache of the terms a reader met last, keyed by their text: repeated
/// IRIs (predicates, types, subjects) and blank nodes cost a lookup instead of two allocations.
/// A slot holds the last term whose text hashed to it, so memory stays fixed.
/// </summary>
internal sealed class TermCache
{
    private const int Slots = 1 << 12;
    private readonly Iri?[] _iris = new Iri?[Slots];
    private readonly BlankNode?[] _blanks = new BlankNode?[Slots / 4];
    private readonly string?[] _languages = new string?[64];

    public Iri Iri(ReadOnlySpan<char> value)
    {
        var slot = Hash(value) & (Slots - 1);
        var cached = _iris[slot];
        if (cached is not null && value.SequenceEqual(cached.Value))
        {
            return cached;
        }

        var iri = Rdf.Iri.FromTrusted(new string(value));
        _iris[slot] = iri;
        return iri;
    }

    public BlankNode BlankNode(ReadOnlySpan<char> label)
    {
        var slot = Hash(label) & (_blanks.Length - 1);
        var cached = _blanks[slot];
        if (cached is not null && label.SequenceEqual(cached.Label))
        {
            return cached;
        }

        var blank = new BlankNode(new string(label));
        _blanks[slot] = blank;
        return blank;
    }

    public string Language(ReadOnlySpan<char> tag)
    {
        var slot = Hash(tag) & (_languages.Length - 1);
        var cached = _languages[slot];
        if (cached is not null && tag.SequenceEqual(cached))
        {
            return cached;
        }

        var language = new string(tag);
        _languages[slot] = language;
        return language;
    }

    /// <summary>A fast hash of the length and the last (most distinctive) characters.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        var h = (uint)text.Length * 0x9E3779B1u;
        var from = Math.Max(0, text.Length - 24);
        for (var i = from; i < text.Length; i++)
        {
            h = (h ^ text[i]) * 0x01000193u;
        }

        return (int)(h ^ (h >> 15));
    }
}
