using System.Globalization;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Time;

/// <summary>
/// Finds time expressions ("on Monday", "last week", "over the weekend", "yesterday", "January 19",
/// "19 January 2015", "in 2014") and resolves them from the publication date: a weekday is the latest
/// such day on or before it (the next one after "next" or "this coming"); "last week" is the Monday to
/// Sunday before the publication week; "the weekend" the latest Saturday and Sunday on or before it.
/// </summary>
internal static class TimeRecognizer
{
    private static readonly string[] s_weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Words that can start an expression; any other word is skipped at once (most tokens are).
    private static readonly HashSet<string> s_starts = new(
        ["yesterday", "today", "tomorrow", "over", "at", "during", "last", "this", "next", "in", "since", "on",
         .. s_weekdays, .. s_months, .. s_monthAbbreviations, .. s_monthAbbreviations.Select(m => m + ".")],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Every time expression of <paramref name="document"/>.</summary>
    public static List<TimeExpression> Find(TextDocument document, DateOnly? published)
    {
        var found = new List<TimeExpression>();
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number && !s_starts.Contains(tokens[i].Text))
            {
                continue;
            }

            var match = Match(tokens, i, published);
            if (match is null)
            {
                continue;
            }

            var (first, last, start, end) = match.Value;
            var span = document.SpanOf(first, last);
            found.Add(new TimeExpression(first, last, new TimeReference(span.Of(document.Text), span, start, end)));
            i = last;
        }

        return found;
    }

    private static (int First, int Last, DateOnly? Start, DateOnly? End)? Match(List<Token> tokens, int i, DateOnly? published)
    {
        var token = tokens[i];
        bool At(int k, string word) => k < tokens.Count && tokens[k].Is(word);

        if (token.Is("yesterday"))
        {
            return (i, i, published?.AddDays(-1), published?.AddDays(-1));
        }

        if (token.Is("today"))
        {
            return (i, i, published, published);
        }

        if (token.Is("tomorrow"))
        {
            return (i, i, published?.AddDays(1), published?.AddDays(1));
        }

        if ((token.Is("over") || token.Is("at") || token.Is("during") || token.Is("last") || token.Is("this")) && At(i + 1, "the") && At(i + 2, "weekend"))
        {
            return Weekend(i, i + 2, published);
        }

        if ((token.Is("last") || token.Is("this")) && At(i + 1, "weekend"))
        {
            return Weekend(i, i + 1, published);
        }

        if ((token.Is("last") || token.Is("this") || token.Is("next")) && i + 1 < tokens.Count)
        {
            var offset = token.Is("last") ? -1 : token.Is("next") ? 1 : 0;
            if (At(i + 1, "week"))
            {
                var monday = published is { } p ? p.AddDays(-(((int)p.DayOfWeek + 6) % 7) + 7 * offset) : (DateOnly?)null;
                return (i, i + 1, monday, monday?.AddDays(6));
            }

            if (At(i + 1, "month"))
            {
                var first = published is { } p ? new DateOnly(p.Year, p.Month, 1).AddMonths(offset) : (DateOnly?)null;
                return (i, i + 1, first, first?.AddMonths(1).AddDays(-1));
            }

            if (At(i + 1, "year"))
            {
                var first = published is { } p ? new DateOnly(p.Year + offset, 1, 1) : (DateOnly?)null;
                return (i, i + 1, first, first?.AddYears(1).AddDays(-1));
            }

            if (Weekday(tokens[i + 1]) is { } day)
            {
                var date = offset > 0 ? Next(published, day) : Previous(published, day, strictlyBefore: offset < 0);
                return (i, i + 1, date, date);
            }
        }

        if (Weekday(token) is { } weekday)
        {
            var first = i > 0 && tokens[i - 1].Is("on") ? i - 1 : i;
            var future = i > 0 && tokens[i - 1].Is("next") || LooksFuture(tokens, i);
            var date = future ? Next(published, weekday) : Previous(published, weekday, strictlyBefore: false);
            return (first, i, date, date);
        }

        if (Month(token) is { } month && (month != 5 || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)))
        {
            return MonthExpression(tokens, i, month, published);
        }

        if (token.Kind == TokenKind.Number && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 31
            && i + 1 < tokens.Count && Month(tokens[i + 1]) is { } m2)
        {
            // "19 January" or "19 January 2015"
            var k = NextSkippingPeriod(tokens, i + 1);
            var year = k < tokens.Count && Year(tokens[k]) is { } y ? y : (int?)null;
            var last = year is null ? i + 1 : k;
            var date = MakeDate(year ?? InferYear(published, m2, n), m2, n);
            return (i, last, date, date);
        }

        if ((token.Is("in") || token.Is("since")) && i + 1 < tokens.Count && Year(tokens[i + 1]) is { } alone)
        {
            return token.Is("in") ? (i, i + 1, new DateOnly(alone, 1, 1), new DateOnly(alone, 12, 31)) : null;
        }

        return null;
    }

    private static (int, int, DateOnly?, DateOnly?) MonthExpression(List<Token> tokens, int i, int month, DateOnly? published)
    {
        var k = NextSkippingPeriod(tokens, i);
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Number
            && int.TryParse(tokens[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            // "January 19", "January 19, 2015"
            var last = k;
            int? year = null;
            if (k + 2 < tokens.Count && tokens[k + 1].Text == "," && Year(tokens[k + 2]) is { } y)
            {
                year = y;
                last = k + 2;
            }
            else if (k + 1 < tokens.Count && Year(tokens[k + 1]) is { } y2)
            {
                year = y2;
                last = k + 1;
            }

            var date = MakeDate(year ?? InferYear(published, month, day), month, day);
            return (i > 0 && tokens[i - 1].Is("on") ? i - 1 : i, last, date, date);
        }

        if (k < tokens.Count && Year(tokens[k]) is { } yearOnly)
        {
            var first = new DateOnly(yearOnly, month, 1);
            return (i, k, first, first.AddMonths(1).AddDays(-1));
        }

        var start = InferYear(published, month, 1) is { } inferred ? new DateOnly(inferred, month, 1) : (DateOnly?)null;
        return (i > 0 && tokens[i - 1].Is("in") ? i - 1 : i, i, start, start?.AddMonths(1).AddDays(-1));
    }

    private static (int, int, DateOnly?, DateOnly?) Weekend(int first, int last, DateOnly? published)
    {
        if (published is not { } p)
        {
            return (first, last, null, null);
        }

        var saturday = p.DayOfWeek == DayOfWeek.Sunday ? p.AddDays(-1) : p.AddDays(-(((int)p.DayOfWeek + 1) % 7));
        return (first, last, saturday, saturday.AddDays(1));
    }

    private static DateOnly? Previous(DateOnly? published, DayOfWeek day, bool strictlyBefore)
    {
        if (published is not { } p)
        {
            return null;
        }

        var back = ((int)p.DayOfWeek - (int)day + 7) % 7;
        return p.AddDays(-(back == 0 && strictlyBefore ? 7 : back));
    }

    private static DateOnly? Next(DateOnly? published, DayOfWeek day)
    {
        if (published is not { } p)
        {
            return null;
        }

        var ahead = ((int)day - (int)p.DayOfWeek + 7) % 7;
        return p.AddDays(ahead == 0 ? 7 : ahead);
    }

    // "will meet on Thursday": a modal before the weekday in the same clause points forward.
    private static bool LooksFuture(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (tokens[k].Text is "." or "," or ";")
            {
                return false;
            }

            if (tokens[k].Is("will") || tokens[k].Is("shall") || tokens[k].Is("'ll"))
            {
                return true;
            }
        }

        return false;
    }

    private static int? InferYear(DateOnly? published, int month, int day)
    {
        if (published is not { } p)
        {
            return null;
        }

        // A date without a year is the nearest such date not far after publication.
        var candidate = MakeDate(p.Year, month, day);
        return candidate is { } c && c > p.AddDays(31) ? p.Year - 1 : p.Year;
    }

    private static DateOnly? MakeDate(int? year, int month, int day) =>
        year is { } y && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;

    private static int NextSkippingPeriod(List<Token> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Text == "." ? i + 2 : i + 1;

    private static DayOfWeek? Weekday(Token token)
    {
        for (var d = 0; d < 7; d++)
        {
            if (token.Text == s_weekdays[d])
            {
                return (DayOfWeek)d;
            }
        }

        return null;
    }

    private static int? Month(Token token)
    {
        for (var m = 0; m < 12; m++)
        {
            if (token.Text == s_months[m] || (token.Text == s_monthAbbreviations[m] && m != 4) || token.Text == s_monthAbbreviations[m] + ".")
            {
                // "May" alone is too often the verb; it counts only when a day or year follows.
                return m + 1;
            }
        }

        return null;
    }

    private static int? Year(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200 ? y : null;
}
