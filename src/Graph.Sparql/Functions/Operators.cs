using Graph.Rdf;

namespace Graph.Sparql.Functions;

/// <summary>
/// The SPARQL operators on RDF terms (section 17.3) with XPath semantics: numeric promotion,
/// value comparison, the effective boolean value. A null result is a type error.
/// </summary>
public static class Operators
{
    /// <summary>The effective boolean value (17.2.2), or null for a type error.</summary>
    public static bool? EffectiveBooleanValue(Term? term) => throw new NotImplementedException();

    /// <summary><c>a = b</c>: value equality for known datatypes, term equality otherwise; null for a type error.</summary>
    public static bool? ValueEquals(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>Compares values for <c>&lt;</c>, <c>&gt;</c>…: negative, zero or positive; null when not comparable.</summary>
    public static int? CompareValues(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>The total order of ORDER BY (section 15.1), extended to order every pair of terms.</summary>
    public static int CompareForOrderBy(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>a + b</c> on numerics; null for a type error.</summary>
    public static Term? Add(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>a - b</c> on numerics; null for a type error.</summary>
    public static Term? Subtract(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>a * b</c> on numerics; null for a type error.</summary>
    public static Term? Multiply(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>a / b</c> on numerics (integer division gives a decimal); null for a type error or division by zero.</summary>
    public static Term? Divide(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>Unary minus; null for a type error.</summary>
    public static Term? Negate(Term? a) => throw new NotImplementedException();

    /// <summary>Unary plus (checks the argument is numeric); null for a type error.</summary>
    public static Term? Plus(Term? a) => throw new NotImplementedException();
}
