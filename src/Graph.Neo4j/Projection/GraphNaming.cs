using System.Text;
using Graph.Rdf.Vocabularies;

namespace Graph.Neo4j.Projection;

/// <summary>Turns IRIs into labels, property names and relationship types under one <see cref="VocabularyHandling"/>.</summary>
internal sealed class GraphNaming
{
    private readonly VocabularyHandling _handling;
    private readonly PrefixMap _known;
    private readonly Dictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _relationshipCache = new(StringComparer.Ordinal);

    public GraphNaming(VocabularyHandling handling, PrefixMap known)
    {
        _handling = handling;
        _known = known;
    }

    /// <summary>The prefixes that shortened names use (prefix → namespace).</summary>
    public IReadOnlyDictionary<string, string> UsedPrefixes => _used;

    /// <summary>A label or property name.</summary>
    public string Name(string iri)
    {
        if (!_cache.TryGetValue(iri, out var name))
        {
            name = _handling switch
            {
                VocabularyHandling.Keep => iri,
                VocabularyHandling.Shorten => Shorten(iri),
                _ => LocalName(iri) is { Length: > 0 } local ? local : iri,
            };
            _cache[iri] = name;
        }

        return name;
    }

    /// <summary>A relationship type: under IGNORE, the local name in upper snake case.</summary>
    public string RelationshipType(string iri)
    {
        if (_handling != VocabularyHandling.Ignore)
        {
            return Name(iri);
        }

        if (!_relationshipCache.TryGetValue(iri, out var type))
        {
            var local = LocalName(iri);
            type = local.Length > 0 ? UpperSnake(local) : iri;
            _relationshipCache[iri] = type;
        }

        return type;
    }

    /// <summary>The part of an IRI after its last <c>#</c>, <c>/</c> or <c>:</c>.</summary>
    public static string LocalName(string iri)
    {
        var cut = iri.LastIndexOfAny(['#', '/', ':']);
        return cut < 0 ? iri : iri[(cut + 1)..];
    }

    /// <summary><c>postIn</c> → <c>POST_IN</c>, <c>wasDerivedFrom</c> → <c>WAS_DERIVED_FROM</c>, <c>has-part</c> → <c>HAS_PART</c>.</summary>
    public static string UpperSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            var startsWord = char.IsUpper(c) && i > 0 && builder.Length > 0 && builder[^1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString().TrimEnd('_');
    }

    private string Shorten(string iri)
    {
        var local = LocalName(iri);
        var ns = iri[..(iri.Length - local.Length)];
        if (local.Length == 0)
        {
            return iri;
        }

        var prefix = PrefixOf(ns);
        return prefix + "__" + local;
    }

    private string PrefixOf(string ns)
    {
        foreach (var (prefix, known) in _used)
        {
            if (known == ns)
            {
                return prefix;
            }
        }

        var chosen = _known.Entries.FirstOrDefault(e => e.Namespace == ns && e.Prefix.Length > 0 && !_used.ContainsKey(e.Prefix)).Prefix;
        if (chosen is null)
        {
            var n = 0;
            while (_used.ContainsKey("ns" + n) || _known.Namespace("ns" + n) is not null)
            {
                n++;
            }

            chosen = "ns" + n;
        }

        _used[chosen] = ns;
        return chosen;
    }
}
