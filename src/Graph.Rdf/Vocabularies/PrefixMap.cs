namespace Graph.Rdf.Vocabularies;

/// <summary>
/// An ordered map of prefixes to namespace IRIs, as declared by <c>@prefix</c> or <c>PREFIX</c>.
/// Readers fill it; writers use it to abbreviate IRIs.
/// </summary>
public sealed class PrefixMap
{
    private readonly List<(string Prefix, string Namespace)> _entries = [];

    /// <summary>An empty map.</summary>
    public PrefixMap()
    {
    }

    /// <summary>A map with the given entries.</summary>
    public PrefixMap(IEnumerable<(string Prefix, string Namespace)> entries)
    {
        foreach (var (prefix, ns) in entries)
        {
            Set(prefix, ns);
        }
    }

    /// <summary>A map with the well-known prefixes of <see cref="Vocab.WellKnownPrefixes"/>.</summary>
    public static PrefixMap WellKnown() => new(Vocab.WellKnownPrefixes);

    /// <summary>The entries, in the order they were first declared.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> Entries => _entries;

    /// <summary>Declares or redeclares a prefix.</summary>
    public void Set(string prefix, string ns)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(ns);
        var index = _entries.FindIndex(e => e.Prefix == prefix);
        if (index >= 0)
        {
            _entries[index] = (prefix, ns);
        }
        else
        {
            _entries.Add((prefix, ns));
        }
    }

    /// <summary>The namespace of a prefix, or null.</summary>
    public string? Namespace(string prefix)
    {
        foreach (var (p, ns) in _entries)
        {
            if (p == prefix)
            {
                return ns;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the longest namespace that <paramref name="iri"/> starts with; returns the prefix and the
    /// rest. The caller checks that the rest is a valid local name for its syntax.
    /// </summary>
    public bool TrySplit(string iri, out string prefix, out string localName)
    {
        prefix = string.Empty;
        localName = string.Empty;
        var best = -1;
        foreach (var (p, ns) in _entries)
        {
            if (ns.Length > best && iri.StartsWith(ns, StringComparison.Ordinal))
            {
                best = ns.Length;
                prefix = p;
            }
        }

        if (best < 0)
        {
            return false;
        }

        localName = iri[best..];
        return true;
    }
}
