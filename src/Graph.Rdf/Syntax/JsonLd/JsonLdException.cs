namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// A JSON-LD processing error, carrying the error code the JSON-LD 1.1 API names
/// (for example <c>invalid IRI mapping</c>), so callers and the conformance suite can tell errors apart.
/// </summary>
public sealed class JsonLdException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The JSON-LD error code, as the specification spells it.</param>
    /// <param name="message">What is wrong, in words.</param>
    public JsonLdException(string code, string message)
        : base(code + ": " + message)
    {
        Code = code;
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    /// <param name="code">The JSON-LD error code, as the specification spells it.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="inner">The cause.</param>
    public JsonLdException(string code, string message, Exception inner)
        : base(code + ": " + message, inner)
    {
        Code = code;
    }

    /// <summary>The JSON-LD error code, as the specification spells it.</summary>
    public string Code { get; }
}
