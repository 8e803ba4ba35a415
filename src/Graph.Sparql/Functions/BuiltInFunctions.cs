namespace Graph.Sparql.Functions;

/// <summary>
/// The SPARQL 1.1 built-in functions (section 17.4) that take evaluated arguments, and the XSD
/// constructor casts. The special forms (BOUND, IF, COALESCE, EXISTS, IN, logical operators) are the
/// evaluator's, since they control evaluation of their arguments.
/// </summary>
public static class BuiltInFunctions
{
    /// <summary>
    /// Finds a function by its upper-case keyword (<c>STRLEN</c>, <c>REGEX</c>, <c>SHA256</c>…) or, for casts,
    /// by the full datatype IRI (<c>http://www.w3.org/2001/XMLSchema#integer</c>).
    /// </summary>
    public static bool TryGet(string name, out BuiltInFunction function) => throw new NotImplementedException();
}
