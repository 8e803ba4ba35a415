using System.Globalization;
using Graph.Rdf;

namespace Graph.Sparql.Functions.Values;

/// <summary>
/// A numeric value of one of the XPath primitive numeric types: integers and decimals are held exactly
/// (as <see cref="decimal"/>), floats and doubles as <see cref="double"/> (floats rounded to single precision).
/// </summary>
public readonly record struct Numeric
{
    private Numeric(NumericKind kind, decimal exact, double approximate)
    {
        Kind = kind;
        Exact = exact;
        Approximate = approximate;
    }

    /// <summary>The type of the value.</summary>
    public NumericKind Kind { get; }

    /// <summary>The value of an integer or decimal.</summary>
    public decimal Exact { get; }

    /// <summary>The value of a float or double.</summary>
    public double Approximate { get; }

    /// <summary>True for integers and decimals.</summary>
    public bool IsExact => Kind is NumericKind.Integer or NumericKind.Decimal;

    /// <summary>The value as a double, whatever its type.</summary>
    public double AsDouble => IsExact ? (double)Exact : Approximate;

    /// <summary>An <c>xsd:integer</c>.</summary>
    public static Numeric Integer(decimal value) => new(NumericKind.Integer, decimal.Truncate(value), 0);

    /// <summary>An <c>xsd:decimal</c>.</summary>
    public static Numeric Decimal(decimal value) => new(NumericKind.Decimal, value, 0);

    /// <summary>An <c>xsd:float</c>.</summary>
    public static Numeric Float(double value) => new(NumericKind.Float, 0, (float)value);

    /// <summary>An <c>xsd:double</c>.</summary>
    public static Numeric Double(double value) => new(NumericKind.Double, 0, value);

    /// <summary>A value of a given kind: exact kinds take <paramref name="exact"/>, the others <paramref name="approximate"/>.</summary>
    public static Numeric Of(NumericKind kind, decimal exact, double approximate) => kind switch
    {
        NumericKind.Integer => Integer(exact),
        NumericKind.Decimal => Decimal(exact),
        NumericKind.Float => Float(approximate),
        _ => Double(approximate),
    };

    /// <summary>Reads the value of a numeric literal; false when the term is not a valid numeric literal.</summary>
    public static bool TryFrom(Term? term, out Numeric value)
    {
        value = default;
        if (term is not Literal { Language: null } literal)
        {
            return false;
        }

        var kind = XsdTypes.NumericKindOf(literal.Datatype);
        if (kind is null)
        {
            return false;
        }

        var lexical = literal.LexicalForm;
        if (lexical.Length > 0 && (IsXmlSpace(lexical[0]) || IsXmlSpace(lexical[^1])))
        {
            lexical = lexical.Trim(XmlSpaces);
        }

        switch (kind.Value)
        {
            case NumericKind.Integer:
                if (!TryParseInteger(lexical, out var integer))
                {
                    return false;
                }

                var (min, max) = XsdTypes.IntegerBounds(literal.Datatype);
                if ((min is not null && integer < min) || (max is not null && integer > max))
                {
                    return false;
                }

                value = Integer(integer);
                return true;
            case NumericKind.Decimal:
                if (!TryParseDecimal(lexical, out var dec))
                {
                    return false;
                }

                value = Decimal(dec);
                return true;
            default:
                if (!TryParseDouble(lexical, out var d))
                {
                    return false;
                }

                value = kind == NumericKind.Float ? Float(d) : Double(d);
                return true;
        }
    }

    private static readonly char[] XmlSpaces = [' ', '\t', '\n', '\r'];

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Parses the <c>xsd:integer</c> lexical space: an optional sign and digits.</summary>
    public static bool TryParseInteger(string lexical, out decimal value)
    {
        value = 0;
        var start = lexical.Length > 0 && lexical[0] is '+' or '-' ? 1 : 0;
        if (lexical.Length == start)
        {
            return false;
        }

        long small = 0;
        for (var i = start; i < lexical.Length; i++)
        {
            var c = lexical[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (i - start < 18)
            {
                small = (small * 10) + (c - '0');
            }
        }

        // Up to 18 digits fit a long exactly: the usual case, without the general parser.
        if (lexical.Length - start <= 18)
        {
            value = lexical[0] == '-' ? -small : small;
            return true;
        }

        return decimal.TryParse(lexical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses the <c>xsd:decimal</c> lexical space: an optional sign, digits, an optional point (no exponent).</summary>
    public static bool TryParseDecimal(string lexical, out decimal value)
    {
        value = 0;
        var start = lexical.Length > 0 && lexical[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var points = 0;
        for (var i = start; i < lexical.Length; i++)
        {
            var c = lexical[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && points == 0)
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && decimal.TryParse(lexical, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses the <c>xsd:double</c> lexical space, including <c>INF</c>, <c>-INF</c> and <c>NaN</c>.</summary>
    public static bool TryParseDouble(string lexical, out double value)
    {
        switch (lexical)
        {
            case "INF":
            case "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
        }

        value = 0;
        var i = lexical.Length > 0 && lexical[0] is '+' or '-' ? 1 : 0;
        var mantissaDigits = 0;
        var sawPoint = false;
        for (; i < lexical.Length; i++)
        {
            var c = lexical[i];
            if (char.IsAsciiDigit(c))
            {
                mantissaDigits++;
            }
            else if (c == '.' && !sawPoint)
            {
                sawPoint = true;
            }
            else
            {
                break;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < lexical.Length)
        {
            if (lexical[i] is not ('e' or 'E'))
            {
                return false;
            }

            i++;
            if (i < lexical.Length && lexical[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            for (; i < lexical.Length && char.IsAsciiDigit(lexical[i]); i++)
            {
                exponentDigits++;
            }

            if (exponentDigits == 0 || i != lexical.Length)
            {
                return false;
            }
        }

        return double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The value converted to a wider (or equal) kind, following XPath type promotion.</summary>
    public Numeric PromoteTo(NumericKind kind)
    {
        if (kind == Kind)
        {
            return this;
        }

        return kind switch
        {
            NumericKind.Decimal => Decimal(Exact),
            NumericKind.Float => Float(AsDouble),
            NumericKind.Double => Double(Kind == NumericKind.Float ? Approximate : AsDouble),
            _ => this,
        };
    }

    /// <summary>The literal of this value in its type's canonical lexical form.</summary>
    public Literal ToLiteral() => Literal.Typed(CanonicalLexicalForm(), XsdTypes.DatatypeOf(Kind));

    /// <summary>The canonical lexical form (XSD 1.0): <c>12</c>, <c>1.5</c>, <c>2.0</c>, <c>1.0E6</c>, <c>INF</c>.</summary>
    public string CanonicalLexicalForm() => Kind switch
    {
        NumericKind.Integer => Exact.ToString("0", CultureInfo.InvariantCulture),
        NumericKind.Decimal => FormatDecimal(Exact),
        NumericKind.Float => FormatDouble(Approximate, single: true),
        _ => FormatDouble(Approximate, single: false),
    };

    private static string FormatDecimal(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string FormatDouble(double value, bool single)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        }

        // Shortest round-trip digits, then normalised to one digit before the point.
        var text = single
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        var digits = (integerPart + fraction).TrimStart('0');
        var leadingZeros = (integerPart + fraction).Length - digits.Length;
        exponent += integerPart.Length - 1 - leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return (negative ? "-" : string.Empty) + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
