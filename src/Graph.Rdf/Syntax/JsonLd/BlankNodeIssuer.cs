using System.Globalization;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Issues fresh blank node identifiers (_:b0, _:b1…), the same one each time for the same old identifier.</summary>
internal sealed class BlankNodeIssuer
{
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>The new identifier for an old one, or a fresh one when <paramref name="old"/> is null.</summary>
    public string Issue(string? old = null)
    {
        if (old is not null && _issued.TryGetValue(old, out var existing))
        {
            return existing;
        }

        var fresh = "_:b" + (_counter++).ToString(CultureInfo.InvariantCulture);
        if (old is not null)
        {
            _issued[old] = fresh;
        }

        return fresh;
    }
}
