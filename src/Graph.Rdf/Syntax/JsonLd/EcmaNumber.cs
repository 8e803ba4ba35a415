using System.Globalization;
using System.Text;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// Number formatting as ECMAScript's Number.prototype.toString does it, which JSON-LD (through
/// JavaScript's model) and the JSON Canonicalization Scheme use; and the canonical xsd:double form.
/// </summary>
internal static class EcmaNumber
{
    /// <summary>The ECMAScript string of a double (integers without a fraction below 1e21).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new JsonLdException("invalid JSON literal", "NaN and infinities have no JSON form");
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = exponent; // value = 0.digits × 10^n
        var sb = new StringBuilder(sign);
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>The canonical xsd:double lexical form: one digit before the point, at least one after, and an exponent (1.1E0).</summary>
    public static string CanonicalDouble(double value)
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

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(value < 0 ? "-" : string.Empty);
        sb.Append(digits[0]).Append('.');
        sb.Append(digits.Length > 1 ? digits[1..] : "0");
        sb.Append('E').Append((exponent - 1).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The shortest round-tripping decimal digits of a positive double and n with value = 0.d1d2… × 10^n.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var text = value.ToString("E16", CultureInfo.InvariantCulture);
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        text = roundTrip.Contains('E', StringComparison.Ordinal) ? roundTrip : text;
        if (!roundTrip.Contains('E', StringComparison.Ordinal))
        {
            // Plain notation: split into digits and the place of the point.
            var point = roundTrip.IndexOf('.', StringComparison.Ordinal);
            var intPart = point < 0 ? roundTrip : roundTrip[..point];
            var fracPart = point < 0 ? string.Empty : roundTrip[(point + 1)..];
            var all = (intPart + fracPart).TrimStart('0');
            var leadingZeros = (intPart + fracPart).Length - all.Length;
            var exponent = intPart.Length - leadingZeros;
            all = all.TrimEnd('0');
            return (all.Length == 0 ? "0" : all, exponent);
        }

        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..e].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        var exp = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return (mantissa.Length == 0 ? "0" : mantissa, exp + 1);
    }
}
