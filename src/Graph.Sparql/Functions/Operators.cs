using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>
/// The SPARQL operators on RDF terms (section 17.3) with XPath semantics: numeric promotion,
/// value comparison, the effective boolean value. A null result is a type error.
/// </summary>
public static class Operators
{
    /// <summary>The effective boolean value (17.2.2), or null for a type error.</summary>
    public static bool? EffectiveBooleanValue(Term? term)
    {
        if (term is not Literal literal)
        {
            return null;
        }

        if (literal.Language is not null || literal.Datatype == Vocab.Xsd.String)
        {
            return literal.LexicalForm.Length > 0;
        }

        if (literal.Datatype == Vocab.Xsd.Boolean)
        {
            return TryBoolean(literal, out var b) && b;
        }

        if (XsdTypes.NumericKindOf(literal.Datatype) is not null)
        {
            if (!Numeric.TryFrom(literal, out var n))
            {
                return false;
            }

            return n.IsExact ? n.Exact != 0 : !(double.IsNaN(n.Approximate) || n.Approximate == 0);
        }

        return null;
    }

    /// <summary><c>a = b</c>: value equality for known datatypes, term equality otherwise; null for a type error.</summary>
    public static bool? ValueEquals(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a is not Literal la || b is not Literal lb)
        {
            return a.Equals(b);
        }

        var va = LiteralValue.Of(la);
        var vb = LiteralValue.Of(lb);
        var spaceA = va.Space;
        var spaceB = vb.Space;

        // A language-tagged string never denotes the same value as a literal without a tag, whatever its
        // datatype (the open-world tests open-eq-08 to 12 rely on this).
        if ((spaceA == ValueSpace.LangString) != (spaceB == ValueSpace.LangString))
        {
            return false;
        }

        if (spaceA == ValueSpace.Other || spaceB == ValueSpace.Other)
        {
            // RDFterm-equal: the same term is equal; two different literals whose values we cannot
            // compare may still denote the same value, so that is a type error (17.4.1.7).
            return la.Equals(lb) ? true : null;
        }

        if (spaceA != spaceB)
        {
            return false;
        }

        return spaceA switch
        {
            ValueSpace.LangString => string.Equals(la.LexicalForm, lb.LexicalForm, StringComparison.Ordinal)
                && string.Equals(la.Language, lb.Language, StringComparison.OrdinalIgnoreCase)
                && la.Direction == lb.Direction,

            // NaN is equal to nothing, itself included (op:numeric-equal).
            ValueSpace.Numeric => LiteralValue.Compare(va, vb, la, lb) == 0,
            _ => LiteralValue.Compare(va, vb, la, lb) is { } c ? c == 0 : null,
        };
    }

    /// <summary><c>a != b</c>: the negation of <see cref="ValueEquals"/>, with the same type errors.</summary>
    public static bool? ValueNotEquals(Term? a, Term? b) => ValueEquals(a, b) is { } equal ? !equal : null;

    /// <summary>Compares values for <c>&lt;</c>, <c>&gt;</c>…: negative, zero or positive; null when not comparable.</summary>
    public static int? CompareValues(Term? a, Term? b)
    {
        if (a is not Literal la || b is not Literal lb)
        {
            return null;
        }

        var va = LiteralValue.Of(la);
        var vb = LiteralValue.Of(lb);
        return va.Space == vb.Space ? LiteralValue.Compare(va, vb, la, lb) : null;
    }

    /// <summary>
    /// Compares two numeric values after promotion; null when one is NaN (NaN is neither less, equal nor greater).
    /// </summary>
    public static int? CompareNumerics(Numeric a, Numeric b)
    {
        var kind = (NumericKind)Math.Max((int)a.Kind, (int)b.Kind);
        if (kind is NumericKind.Integer or NumericKind.Decimal)
        {
            return a.Exact.CompareTo(b.Exact);
        }

        var x = a.PromoteTo(kind).Approximate;
        var y = b.PromoteTo(kind).Approximate;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return null;
        }

        return x.CompareTo(y);
    }

    /// <summary><c>a &lt; b</c>; null for a type error.</summary>
    public static bool? LessThan(Term? a, Term? b) => CompareValues(a, b) is { } c ? c < 0 : null;

    /// <summary><c>a &gt; b</c>; null for a type error.</summary>
    public static bool? GreaterThan(Term? a, Term? b) => CompareValues(a, b) is { } c ? c > 0 : null;

    /// <summary><c>a &lt;= b</c>; null for a type error.</summary>
    public static bool? LessThanOrEqual(Term? a, Term? b) => CompareValues(a, b) is { } c ? c <= 0 : null;

    /// <summary><c>a &gt;= b</c>; null for a type error.</summary>
    public static bool? GreaterThanOrEqual(Term? a, Term? b) => CompareValues(a, b) is { } c ? c >= 0 : null;

    /// <summary>
    /// <c>needle IN (list)</c> (17.4.1.9): true when an element is equal, false when none is and none
    /// raised an error, null (an error) when none is equal and one comparison raised an error.
    /// </summary>
    public static bool? In(Term? needle, IEnumerable<Term?> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var error = false;
        foreach (var item in list)
        {
            switch (ValueEquals(needle, item))
            {
                case true:
                    return true;
                case null:
                    error = true;
                    break;
            }
        }

        return error ? null : false;
    }

    /// <summary><c>needle NOT IN (list)</c>: the negation of <see cref="In"/>, with the same errors.</summary>
    public static bool? NotIn(Term? needle, IEnumerable<Term?> list) => In(needle, list) is { } found ? !found : null;

    /// <summary><c>sameTerm(a, b)</c>: identity of RDF terms; null when an argument is unbound or an error.</summary>
    public static bool? SameTerm(Term? a, Term? b) => a is null || b is null ? null : a.Equals(b);

    /// <summary>The total order of ORDER BY (section 15.1), extended to order every pair of terms.</summary>
    public static int CompareForOrderBy(Term? a, Term? b) => TermOrder.Compare(a, b);

    /// <summary><c>a + b</c> on numerics; null for a type error.</summary>
    public static Term? Add(Term? a, Term? b) => Arithmetic.Apply(a, b, Arithmetic.Operation.Add);

    /// <summary><c>a - b</c> on numerics; null for a type error.</summary>
    public static Term? Subtract(Term? a, Term? b) => Arithmetic.Apply(a, b, Arithmetic.Operation.Subtract);

    /// <summary><c>a * b</c> on numerics; null for a type error.</summary>
    public static Term? Multiply(Term? a, Term? b) => Arithmetic.Apply(a, b, Arithmetic.Operation.Multiply);

    /// <summary><c>a / b</c> on numerics (integer division gives a decimal); null for a type error or division by zero.</summary>
    public static Term? Divide(Term? a, Term? b) => Arithmetic.Apply(a, b, Arithmetic.Operation.Divide);

    /// <summary>Unary minus; null for a type error.</summary>
    public static Term? Negate(Term? a)
    {
        if (!Numeric.TryFrom(a, out var n))
        {
            return null;
        }

        return Numeric.Of(n.Kind, -n.Exact, -n.Approximate).ToLiteral();
    }

    /// <summary>Unary plus (checks the argument is numeric); null for a type error.</summary>
    public static Term? Plus(Term? a) => Numeric.TryFrom(a, out _) ? a : null;

    /// <summary>Compares strings by Unicode code point (the XPath codepoint collation).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            // Surrogates (U+D800–DFFF) encode code points above U+FFFF, so they sort after every BMP character.
            var sx = char.IsSurrogate(x);
            var sy = char.IsSurrogate(y);
            if (sx != sy)
            {
                return sx ? 1 : -1;
            }

            return x.CompareTo(y);
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Reads an <c>xsd:boolean</c> literal; false when the term is not a valid boolean.</summary>
    public static bool TryBoolean(Term? term, out bool value)
    {
        value = false;
        if (term is not Literal { Language: null } literal || literal.Datatype != Vocab.Xsd.Boolean)
        {
            return false;
        }

        switch (literal.LexicalForm.Trim())
        {
            case "true":
            case "1":
                value = true;
                return true;
            case "false":
            case "0":
                return true;
            default:
                return false;
        }
    }
}
