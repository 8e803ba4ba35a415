using System.Text;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Writes an IRI relative to a base IRI where it can, checking that resolving it gives the IRI back.</summary>
internal static class IriRelativizer
{
    /// <summary>The shortest relative reference found that resolves against <paramref name="baseIri"/> to <paramref name="iri"/>, else the IRI itself.</summary>
    public static string Relativize(string baseIri, string iri)
    {
        if (!JsonLdKeywords.IsAbsoluteIri(baseIri) || !JsonLdKeywords.IsAbsoluteIri(iri))
        {
            return iri;
        }

        var b = IriParts.Split(baseIri);
        var r = IriParts.Split(iri);
        if (b.Scheme != r.Scheme || b.Authority != r.Authority)
        {
            return iri;
        }

        var candidate = Candidate(b, r);
        return IriResolver.Resolve(baseIri, candidate) == iri ? candidate : iri;
    }

    private static string Candidate(IriParts b, IriParts r)
    {
        var tail = new StringBuilder();
        if (r.Query is not null)
        {
            tail.Append('?').Append(r.Query);
        }

        if (r.Fragment is not null)
        {
            tail.Append('#').Append(r.Fragment);
        }

        if (r.Path == b.Path)
        {
            if (r.Query is null && r.Fragment is not null && b.Query is null)
            {
                return tail.ToString();
            }

            if (r.Query is not null)
            {
                return tail.ToString();
            }
        }

        var baseSegments = b.Path.Split('/');
        var segments = r.Path.Split('/');
        var common = 0;
        while (common < baseSegments.Length - 1 && common < segments.Length - 1 && baseSegments[common] == segments[common])
        {
            common++;
        }

        var sb = new StringBuilder();
        for (var i = common; i < baseSegments.Length - 1; i++)
        {
            sb.Append("../");
        }

        var rest = string.Join('/', segments.Skip(common));
        var firstSegment = rest.Split('/')[0];
        if (sb.Length == 0 && (rest.Length == 0 || firstSegment.Contains(':', StringComparison.Ordinal) || firstSegment.StartsWith('@')))
        {
            sb.Append("./");
        }

        sb.Append(rest).Append(tail);
        return sb.ToString();
    }
}
