using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>
/// The ORDER BY order (section 15.1): unbound, then blank nodes, then IRIs, then literals, then triple
/// terms. Literals whose values compare (numbers, strings, booleans, dates) are ordered by value; the
/// rest, which the specification leaves unordered, are ordered by a fixed rule so the order is total.
/// </summary>
internal static class TermOrder
{
    public static int Compare(Term? a, Term? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var rankA = Rank(a);
        var rankB = Rank(b);
        if (rankA != rankB)
        {
            return rankA.CompareTo(rankB);
        }

        switch (a)
        {
            case null:
                return 0;
            case BlankNode blankA:
                return string.CompareOrdinal(blankA.Label, ((BlankNode)b!).Label);
            case Iri iriA:
                return Operators.CompareCodePoints(iriA.Value, ((Iri)b!).Value);
            case Literal literalA:
                return CompareLiterals(literalA, (Literal)b!);
            case TripleTerm tripleA:
                var tripleB = ((TripleTerm)b!).Triple;
                var c = Compare(tripleA.Triple.Subject, tripleB.Subject);
                if (c == 0)
                {
                    c = Compare(tripleA.Triple.Predicate, tripleB.Predicate);
                }

                return c != 0 ? c : Compare(tripleA.Triple.Object, tripleB.Object);
            default:
                return 0;
        }
    }

    private static int Rank(Term? term) => term switch
    {
        null => 0,
        BlankNode => 1,
        Iri => 2,
        Literal => 3,
        _ => 4,
    };

    private static int CompareLiterals(Literal a, Literal b)
    {
        var va = LiteralValue.Of(a);
        var vb = LiteralValue.Of(b);
        if (va.Space != vb.Space)
        {
            return va.Space.CompareTo(vb.Space);
        }

        if (LiteralValue.Compare(va, vb, a, b) is { } byValue && byValue != 0)
        {
            return byValue;
        }

        // Equal values (1 and 01), or values without an order: a fixed, deterministic tie-break.
        var c = Operators.CompareCodePoints(a.LexicalForm, b.LexicalForm);
        if (c == 0)
        {
            c = Operators.CompareCodePoints(a.Datatype.Value, b.Datatype.Value);
        }

        if (c == 0)
        {
            c = string.Compare(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
        }

        return c;
    }
}
