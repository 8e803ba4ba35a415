using System.Globalization;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions.Values;
using RdfIri = Graph.Rdf.Iri;

namespace Graph.Sparql.Functions;

/// <summary>
/// The XSD constructor functions (17.5): casts between <c>xsd:string</c>, <c>xsd:boolean</c>, the numeric
/// types and <c>xsd:dateTime</c>, following the XPath casting table. A cast that is not allowed, or a
/// string that is not in the target's lexical space, is a type error (null).
/// </summary>
public static class CastFunctions
{
    /// <summary>The datatypes a cast can produce.</summary>
    public static IReadOnlyList<RdfIri> Targets { get; } =
    [
        Vocab.Xsd.String, Vocab.Xsd.Boolean, Vocab.Xsd.Integer, Vocab.Xsd.Decimal,
        Vocab.Xsd.Float, Vocab.Xsd.Double, Vocab.Xsd.DateTime,
    ];

    /// <summary>Casts a term to <paramref name="target"/>; null when the cast raises an error.</summary>
    public static Literal? Cast(Term? term, RdfIri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        switch (term)
        {
            case RdfIri iri:
                return target == Vocab.Xsd.String ? Literal.String(iri.Value) : null;
            case Literal { Language: null } literal:
                break;
            default:
                return null;
        }

        var source = (Literal)term;
        if (target == Vocab.Xsd.String)
        {
            return Literal.String(XPathString(source));
        }

        if (source.Datatype == Vocab.Xsd.String)
        {
            return FromString(source.LexicalForm.Trim(' ', '\t', '\n', '\r'), target);
        }

        if (Numeric.TryFrom(source, out var number))
        {
            return FromNumeric(number, target);
        }

        if (Operators.TryBoolean(source, out var boolean))
        {
            return FromBoolean(boolean, target);
        }

        if (source.Datatype == Vocab.Xsd.DateTime && target == Vocab.Xsd.DateTime)
        {
            return XsdDateTime.TryFrom(source, out _) ? source : null;
        }

        if (source.Datatype == Vocab.Xsd.Date && target == Vocab.Xsd.DateTime && XsdDateTime.TryFrom(source, out var date))
        {
            // XPath casts a date to the dateTime at the start of that day, keeping its timezone.
            var lexical = source.LexicalForm.Trim();
            var dayEnd = lexical.IndexOf('-', 1) + 6;
            return Literal.Typed(lexical[..dayEnd] + "T00:00:00" + date!.TimezoneText(), Vocab.Xsd.DateTime);
        }

        return null;
    }

    private static Literal? FromString(string lexical, RdfIri target)
    {
        if (target == Vocab.Xsd.Boolean)
        {
            return lexical switch
            {
                "true" or "1" => Literal.Boolean(true),
                "false" or "0" => Literal.Boolean(false),
                _ => null,
            };
        }

        if (target == Vocab.Xsd.Integer)
        {
            return Numeric.TryParseInteger(lexical, out var i) ? Numeric.Integer(i).ToLiteral() : null;
        }

        if (target == Vocab.Xsd.Decimal)
        {
            return Numeric.TryParseDecimal(lexical, out var d) ? Numeric.Decimal(d).ToLiteral() : null;
        }

        if (target == Vocab.Xsd.Float || target == Vocab.Xsd.Double)
        {
            if (!Numeric.TryParseDouble(lexical, out var value))
            {
                return null;
            }

            return (target == Vocab.Xsd.Float ? Numeric.Float(value) : Numeric.Double(value)).ToLiteral();
        }

        if (target == Vocab.Xsd.DateTime)
        {
            return XsdDateTime.TryParse(lexical, dateOnly: false, out _) ? Literal.Typed(lexical, Vocab.Xsd.DateTime) : null;
        }

        return null;
    }

    private static Literal? FromNumeric(Numeric number, RdfIri target)
    {
        if (target == Vocab.Xsd.Boolean)
        {
            var isFalse = number.IsExact ? number.Exact == 0 : number.Approximate == 0 || double.IsNaN(number.Approximate);
            return Literal.Boolean(!isFalse);
        }

        if (target == Vocab.Xsd.Integer || target == Vocab.Xsd.Decimal)
        {
            decimal exact;
            if (number.IsExact)
            {
                exact = number.Exact;
            }
            else
            {
                var d = number.Approximate;
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) >= (double)decimal.MaxValue)
                {
                    return null;
                }

                exact = (decimal)d;
            }

            // Casting to integer truncates towards zero.
            return (target == Vocab.Xsd.Integer ? Numeric.Integer(decimal.Truncate(exact)) : Numeric.Decimal(exact)).ToLiteral();
        }

        if (target == Vocab.Xsd.Float)
        {
            return Numeric.Float(number.AsDouble).ToLiteral();
        }

        if (target == Vocab.Xsd.Double)
        {
            return Numeric.Double(number.Kind == NumericKind.Float ? number.Approximate : number.AsDouble).ToLiteral();
        }

        return null;
    }

    private static Literal? FromBoolean(bool value, RdfIri target)
    {
        if (target == Vocab.Xsd.Boolean)
        {
            return Literal.Boolean(value);
        }

        var one = value ? 1 : 0;
        if (target == Vocab.Xsd.Integer)
        {
            return Numeric.Integer(one).ToLiteral();
        }

        if (target == Vocab.Xsd.Decimal)
        {
            return Numeric.Decimal(one).ToLiteral();
        }

        if (target == Vocab.Xsd.Float)
        {
            return Numeric.Float(one).ToLiteral();
        }

        return target == Vocab.Xsd.Double ? Numeric.Double(one).ToLiteral() : null;
    }

    /// <summary>
    /// The string a cast to <c>xsd:string</c> gives (XPath casting rules): the canonical form of numbers
    /// and booleans (decimals without a trailing <c>.0</c>; doubles in plain notation between 1E-6 and 1E6),
    /// and the lexical form of everything else.
    /// </summary>
    public static string XPathString(Literal literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (Numeric.TryFrom(literal, out var n))
        {
            switch (n.Kind)
            {
                case NumericKind.Integer:
                    return n.CanonicalLexicalForm();
                case NumericKind.Decimal:
                    return n.Exact.ToString("0.############################", CultureInfo.InvariantCulture);
                default:
                    var d = n.Approximate;
                    var magnitude = Math.Abs(d);
                    if (d == 0)
                    {
                        return double.IsNegative(d) ? "-0" : "0";
                    }

                    if (magnitude >= 1e-6 && magnitude < 1e6)
                    {
                        var text = n.Kind == NumericKind.Float
                            ? ((decimal)(float)d).ToString("0.#########", CultureInfo.InvariantCulture)
                            : ((decimal)d).ToString("0.############################", CultureInfo.InvariantCulture);
                        return text;
                    }

                    return n.CanonicalLexicalForm();
            }
        }

        if (Operators.TryBoolean(literal, out var b))
        {
            return b ? "true" : "false";
        }

        return literal.LexicalForm;
    }
}
