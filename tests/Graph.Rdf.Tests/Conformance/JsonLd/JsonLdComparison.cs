using Graph.Rdf.Syntax.JsonLd;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>
/// The suite's comparison of JSON-LD results: objects compare by their entries, arrays as multisets
/// except the value of @list, where order matters.
/// </summary>
internal static class JsonLdComparison
{
    public static bool Equivalent(object? expected, object? actual, bool ordered = false)
    {
        switch (expected)
        {
            case Dictionary<string, object?> e:
                if (actual is not Dictionary<string, object?> a || a.Count != e.Count)
                {
                    return false;
                }

                foreach (var (key, value) in e)
                {
                    if (!a.TryGetValue(key, out var other) || !Equivalent(value, other, key == "@list"))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> e:
                if (actual is not List<object?> list || list.Count != e.Count)
                {
                    return false;
                }

                if (ordered)
                {
                    return e.Zip(list).All(p => Equivalent(p.First, p.Second));
                }

                var used = new bool[list.Count];
                foreach (var item in e)
                {
                    var found = false;
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (!used[i] && Equivalent(item, list[i]))
                        {
                            used[i] = found = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return JsonLdJson.DeepEquals(expected, actual);
        }
    }
}
