using Graph.Extraction.Text;
using Graph.Extraction.Time;

namespace Graph.Extraction.Tests.Time;

public sealed class TimeRecognizerTests
{
    // 2015-01-19 was a Monday.
    private static readonly DateOnly s_monday = new(2015, 1, 19);

    private static TimeExpression Single(string text, DateOnly? published) =>
        Assert.Single(TimeRecognizer.Find(new TextDocument(text), published));

    [Theory]
    [InlineData("They met on Monday.", "on Monday", "2015-01-19", "2015-01-19")]
    [InlineData("They met on Thursday.", "on Thursday", "2015-01-15", "2015-01-15")]
    [InlineData("They will meet on Thursday.", "on Thursday", "2015-01-22", "2015-01-22")]
    [InlineData("Raids took place last week.", "last week", "2015-01-12", "2015-01-18")]
    [InlineData("Troops arrived over the weekend.", "over the weekend", "2015-01-17", "2015-01-18")]
    [InlineData("It happened yesterday.", "yesterday", "2015-01-18", "2015-01-18")]
    [InlineData("It happened last month.", "last month", "2014-12-01", "2014-12-31")]
    [InlineData("It was signed on January 7.", "on January 7", "2015-01-07", "2015-01-07")]
    [InlineData("It was signed on 12 December.", "12 December", "2014-12-12", "2014-12-12")]
    [InlineData("It was signed on July 21, 2017.", "on July 21, 2017", "2017-07-21", "2017-07-21")]
    [InlineData("Elections were held in 2010.", "in 2010", "2010-01-01", "2010-12-31")]
    public void Expressions_resolve_from_the_publication_date(string text, string expression, string start, string end)
    {
        var time = Single(text, s_monday);
        Assert.Equal(expression, time.Reference.Expression);
        Assert.Equal(expression, time.Reference.Span.Of(text));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), time.Reference.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), time.Reference.End);
    }

    [Fact]
    public void Without_a_publication_date_relative_expressions_stay_unresolved()
    {
        var time = Single("They met on Monday.", null);
        Assert.Null(time.Reference.Start);
        Assert.Null(time.Reference.End);
    }

    [Fact]
    public void The_verb_may_is_no_month() =>
        Assert.Empty(TimeRecognizer.Find(new TextDocument("May I ask? Ministers may meet."), s_monday));

    [Fact]
    public void The_weekend_seen_from_a_Sunday_is_that_weekend() =>
        Assert.Equal(new DateOnly(2015, 1, 17), Single("It rained over the weekend.", new DateOnly(2015, 1, 18)).Reference.Start);
}
