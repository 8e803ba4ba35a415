using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Functions.Values;

/// <summary>
/// A value of <c>xsd:dateTime</c> or <c>xsd:date</c> (a date is a dateTime at midnight): its fields as
/// written, with the timezone offset in minutes when the lexical form has one.
/// </summary>
public sealed partial record XsdDateTime(
    long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TimezoneMinutes, bool IsDateOnly)
{
    /// <summary>Reads an <c>xsd:dateTime</c> or <c>xsd:date</c> literal; false for anything else or an invalid form.</summary>
    public static bool TryFrom(Term? term, out XsdDateTime? value)
    {
        value = null;
        if (term is not Literal { Language: null } literal)
        {
            return false;
        }

        if (literal.Datatype == Vocab.Xsd.DateTime)
        {
            return TryParse(literal.LexicalForm, dateOnly: false, out value);
        }

        return literal.Datatype == Vocab.Xsd.Date && TryParse(literal.LexicalForm, dateOnly: true, out value);
    }

    /// <summary>Parses the lexical space of <c>xsd:dateTime</c> (or of <c>xsd:date</c> when <paramref name="dateOnly"/>).</summary>
    public static bool TryParse(string lexical, bool dateOnly, out XsdDateTime? value)
    {
        value = null;
        var match = (dateOnly ? DatePattern() : DateTimePattern()).Match(lexical.Trim());
        if (!match.Success)
        {
            return false;
        }

        // Years beyond ±10^12 have no use here and would overflow the day arithmetic: treat them as invalid.
        if (!long.TryParse(match.Groups["y"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)
            || Math.Abs(year) > 1_000_000_000_000L)
        {
            return false;
        }

        var month = int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int hour = 0, minute = 0;
        var second = 0m;
        if (!dateOnly)
        {
            hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(match.Groups["mi"].Value, CultureInfo.InvariantCulture);
            second = decimal.Parse(match.Groups["s"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        int? timezone = null;
        var tz = match.Groups["tz"].Value;
        if (tz == "Z")
        {
            timezone = 0;
        }
        else if (tz.Length > 0)
        {
            var tzHours = int.Parse(tz.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var tzMinutes = int.Parse(tz.AsSpan(4, 2), CultureInfo.InvariantCulture);
            if (tzHours > 14 || tzMinutes > 59 || (tzHours == 14 && tzMinutes > 0))
            {
                return false;
            }

            timezone = (tz[0] == '-' ? -1 : 1) * ((tzHours * 60) + tzMinutes);
        }

        var endOfDay = hour == 24 && minute == 0 && second == 0;
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || (hour > 23 && !endOfDay) || minute > 59 || second >= 60)
        {
            return false;
        }

        value = new XsdDateTime(year, month, day, hour, minute, second, timezone, dateOnly);
        return true;
    }

    /// <summary>
    /// Seconds since a fixed origin, in UTC when the value has a timezone (values without one are taken
    /// as they are, which is how XSD orders two values that both lack a timezone).
    /// </summary>
    public decimal Timeline
    {
        get
        {
            var days = DaysFromCivil(Year, Month, Day);
            var seconds = (days * 86400m) + (Hour * 3600m) + (Minute * 60m) + Second;
            return seconds - ((TimezoneMinutes ?? 0) * 60m);
        }
    }

    /// <summary>
    /// Compares two values by the XSD order: negative, zero or positive, or null when one has a timezone and
    /// the other has not and they are within 14 hours of each other (the order is then indeterminate).
    /// </summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.TimezoneMinutes.HasValue == b.TimezoneMinutes.HasValue)
        {
            return a.Timeline.CompareTo(b.Timeline);
        }

        const decimal fourteenHours = 14 * 3600m;
        var difference = a.Timeline - b.Timeline;
        // The value without a timezone could lie anywhere within 14 hours of its face value.
        return difference > fourteenHours ? 1 : difference < -fourteenHours ? -1 : null;
    }

    /// <summary>The timezone as TZ() writes it: <c>Z</c>, <c>-05:00</c>, or empty when there is none.</summary>
    public string TimezoneText()
    {
        if (TimezoneMinutes is not { } tz)
        {
            return string.Empty;
        }

        if (tz == 0)
        {
            return "Z";
        }

        var abs = Math.Abs(tz);
        return (tz < 0 ? "-" : "+") + (abs / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (abs % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The timezone as an <c>xsd:dayTimeDuration</c> lexical form (<c>PT0S</c>, <c>-PT5H</c>, <c>PT5H30M</c>), or null.</summary>
    public string? TimezoneDuration()
    {
        if (TimezoneMinutes is not { } tz)
        {
            return null;
        }

        if (tz == 0)
        {
            return "PT0S";
        }

        var abs = Math.Abs(tz);
        var text = (tz < 0 ? "-" : string.Empty) + "PT";
        if (abs / 60 > 0)
        {
            text += (abs / 60).ToString(CultureInfo.InvariantCulture) + "H";
        }

        if (abs % 60 > 0)
        {
            text += (abs % 60).ToString(CultureInfo.InvariantCulture) + "M";
        }

        return text;
    }

    /// <summary>Formats a <see cref="DateTimeOffset"/> as an <c>xsd:dateTime</c> literal, keeping its offset.</summary>
    public static Literal ToLiteral(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        var offset = value.Offset;
        text += offset == TimeSpan.Zero
            ? "Z"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
        return Literal.Typed(text, Vocab.Xsd.DateTime);
    }

    private static int DaysInMonth(long year, int month)
    {
        if (month is < 1 or > 12)
        {
            return 0;
        }

        if (month == 2)
        {
            var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }

        return month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's civil-from-days inverse).
    private static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    [GeneratedRegex(@"^(?<y>-?\d{4,})-(?<mo>\d{2})-(?<d>\d{2})T(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2}(\.\d+)?)(?<tz>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(?<y>-?\d{4,})-(?<mo>\d{2})-(?<d>\d{2})(?<tz>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
