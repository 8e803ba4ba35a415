using System.Text;

namespace Graph.Rdf;

/// <summary>Reference resolution (RFC 3986 section 5.2), purely on strings.</summary>
internal static class IriResolver
{
    /// <summary>Resolves <paramref name="reference"/> against the absolute IRI <paramref name="baseIri"/>.</summary>
    public static string Resolve(string baseIri, string reference)
    {
        var r = IriParts.Split(reference);
        if (r.Scheme is not null)
        {
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = IriParts.Split(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    private static string Merge(IriParts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relativePath;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    /// <summary>RFC 3986 section 5.2.4.</summary>
    internal static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var input = path;
        var output = new StringBuilder(path.Length);
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                var last = output.ToString().LastIndexOf('/');
                output.Length = last < 0 ? 0 : last;
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Append(input, 0, next);
                input = input[next..];
            }
        }

        return output.ToString();
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null)
        {
            sb.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }
}

/// <summary>The five components of an IRI reference (RFC 3986 appendix B).</summary>
internal readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static IriParts Split(string s)
    {
        string? fragment = null;
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            s = s[..hash];
        }

        string? query = null;
        var question = s.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = s[(question + 1)..];
            s = s[..question];
        }

        string? scheme = null;
        var schemeLength = IriSyntax.SchemeLength(s);
        if (schemeLength > 0)
        {
            scheme = s[..schemeLength];
            s = s[(schemeLength + 1)..];
        }

        string? authority = null;
        if (s.StartsWith("//", StringComparison.Ordinal))
        {
            var end = s.IndexOf('/', 2);
            if (end < 0)
            {
                end = s.Length;
            }

            authority = s[2..end];
            s = s[end..];
        }

        return new IriParts(scheme, authority, s, query, fragment);
    }
}
