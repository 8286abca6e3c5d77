using NewsModel.Model;
using NewsModel.Times;

using NodaTime;

using static NewsModel.Tests.Times.TimeTestHelper;

namespace NewsModel.Tests.Times;

public sealed class DeicticDateTests
{
    // A Wednesday.
    private static readonly LocalDate Published = new(2019, 9, 25);

    [Theory]
    [InlineData("They met on Monday.", "Monday", "2019-09-23")]
    [InlineData("They will meet on Monday.", "Monday", "2019-09-30")]
    [InlineData("He said the talks are going to resume on Friday.", "Friday", "2019-09-27")]
    [InlineData("The talks ended last Friday.", "last Friday", "2019-09-20")]
    [InlineData("The vote is next Wednesday.", "next Wednesday", "2019-10-02")]
    public void Tag_Weekday_ResolvesByTense(string text, string expression, string value)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Value.Should().Be(value);
        time.Type.Should().Be(TimeType.Date);
        time.Precision.Should().Be(TimePrecision.Day);
    }

    [Theory]
    [InlineData("Prices rose this week.", "2019-W39", TimePrecision.Week)]
    [InlineData("Prices rose last year.", "2018", TimePrecision.Year)]
    [InlineData("Prices will rise next month.", "2019-10", TimePrecision.Month)]
    [InlineData("Prices rose yesterday.", "2019-09-24", TimePrecision.Day)]
    [InlineData("Prices rose two years ago.", "2017", TimePrecision.Year)]
    [InlineData("The country has been in crisis since January.", "2019-01", TimePrecision.Month)]
    [InlineData("He was re-elected in May 2018.", "2018-05", TimePrecision.Month)]
    [InlineData("Over the summer, Moscow said so.", "2019-SU", TimePrecision.Season)]
    [InlineData("Profits fell in the third quarter.", "2019-Q3", TimePrecision.Quarter)]
    [InlineData("It began in the 1990s.", "199", TimePrecision.Decade)]
    [InlineData("It happened on Sept. 3.", "2019-09-03", TimePrecision.Day)]
    [InlineData("Revenue for fiscal 2018 fell.", "2018", TimePrecision.Year)]
    public void Tag_RelativeExpression_ResolvesAgainstPublication(string text, string value, TimePrecision precision)
    {
        var time = Single(text, Published);

        time.Value.Should().Be(value);
        time.Precision.Should().Be(precision);
        time.Interval.Should().NotBeNull();
        time.Interval!.Contains(TimexValue.Resolve(value).Start!.Value).Should().BeTrue();
    }

    [Fact]
    public void Tag_ThisWeek_CoversMondayToSunday()
    {
        var time = Single("Leaders met this week.", Published);

        time.Start.Should().Be(new LocalDate(2019, 9, 23));
        time.End.Should().Be(new LocalDate(2019, 9, 29));
    }

    [Fact]
    public void Tag_EarlierInMonth_ExcludesTheLeadingWords()
    {
        var time = Single("Earlier in September, she called on all states.", Published);

        time.Text.Should().Be("September");
        time.Value.Should().Be("2019-09");
    }

    [Fact]
    public void Tag_Thanksgiving_UsesTheHolidayCalendar()
    {
        var time = Single("The family met on Thanksgiving.", new LocalDate(2019, 12, 2));

        time.Value.Should().Be("2019-11-28");
    }

    [Fact]
    public void Tag_NoPublicationDate_NeverGuesses()
    {
        var pairs = Pairs("They met on Monday and again in June, last year.", null);

        pairs.Should().Equal(("Monday", "XXXX-WXX-1"), ("June", "XXXX-06"), ("last year", "PAST_REF"));
    }
}
