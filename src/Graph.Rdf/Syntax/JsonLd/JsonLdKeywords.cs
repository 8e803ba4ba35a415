namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>The JSON-LD keywords and the small predicates over names that the algorithms share.</summary>
internal static class JsonLdKeywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@preserve", "@propagate", "@protected",
        "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    /// <summary>True for a JSON-LD keyword.</summary>
    public static bool IsKeyword(string? value) => value is not null && All.Contains(value);

    /// <summary>True for a string of the form @ followed by letters only, reserved for future keywords.</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a blank node identifier (<c>_:</c> prefix).</summary>
    public static bool IsBlankNodeId(string? value) => value is not null && value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>True for an absolute IRI: a scheme followed by a colon.</summary>
    public static bool IsAbsoluteIri(string? value) => value is not null && IriSyntax.SchemeLength(value) > 0;

    /// <summary>True for an absolute IRI that is also valid (no spaces or forbidden characters).</summary>
    public static bool IsWellFormedIri(string? value) =>
        IsAbsoluteIri(value) && IriSyntax.ValidateAbsolute(value!) is null && value!.IndexOf('#', value.IndexOf('#', StringComparison.Ordinal) + 1) < 0;

    /// <summary>True when an IRI ends with a generic delimiter (:/?#[]@), so a term mapped to it may serve as a prefix.</summary>
    public static bool EndsWithGenDelim(string value) => value.Length > 0 && value[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';

    /// <summary>Resolves a reference against a base IRI (RFC 3986); with no base, returns the reference.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        if (IsAbsoluteIri(reference))
        {
            return IriResolver.Resolve(reference, reference);
        }

        return IriResolver.Resolve(baseIri, reference);
    }
}
