using NewsModel.Model;
using NewsModel.Times;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class CalendarDatesTests
{
    [Theory]
    [InlineData("They met on Monday.", "Monday", "2019-09-23", TimeType.Date)]
    [InlineData("They will meet on Monday.", "Monday", "2019-09-30", TimeType.Date)]
    [InlineData("They met on Friday night.", "Friday night", "2019-09-20", TimeType.Date)]
    [InlineData("They met on Friday morning.", "Friday morning", "2019-09-20TMO", TimeType.Time)]
    [InlineData("Wednesday's ruling stands.", "Wednesday", "2019-09-25", TimeType.Date)]
    [InlineData("They met on Friday, Feb. 13, 2015.", "Friday, Feb. 13, 2015", "2015-02-13", TimeType.Date)]
    public void TryWeekday_Weekday_GivesTheDay(string text, string words, string value, TimeType type)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        CalendarDates.TryWeekday(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
        core.Type.Should().Be(type);
    }

    [Fact]
    public void TryWeekday_LowerCase_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("a monday meeting");

        CalendarDates.TryWeekday(in f.Cursor, f.At("monday"), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("It happened on Sept. 3.", "Sept. 3", "2019-09-03")]
    [InlineData("It happened on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07")]
    [InlineData("It happened on March 30th.", "March 30th", "2019-03-30")]
    [InlineData("He was re-elected in May 2018.", "May 2018", "2018-05")]
    [InlineData("It happened in September of 1998.", "September of 1998", "1998-09")]
    [InlineData("It happened in July last year.", "July last year", "2018-07")]
    [InlineData("It has been so since January.", "January", "2019-01")]
    [InlineData("It happened in May.", "May", "2019-05")]
    public void TryMonth_Month_GivesTheDate(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        CalendarDates.TryMonth(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("She said May was hard.", "May")]
    [InlineData("He met Jan and Bob.", "Jan")]
    public void TryMonth_MonthNameThatIsNoMonth_DoesNotMatch(string text, string words)
    {
        var f = ConstructionFixture.Of(text);

        CalendarDates.TryMonth(in f.Cursor, f.At(words), out _).Should().BeFalse();
    }

    [Fact]
    public void TryMonth_NoSuchDay_GivesAnEmptyValue()
    {
        var f = ConstructionFixture.Of("It happened on Feb. 30.");

        CalendarDates.TryMonth(in f.Cursor, f.At("Feb"), out var core).Should().BeTrue();

        core.Value.Should().BeEmpty();
    }

    [Theory]
    [InlineData("It happened on 30 March 2019.", "30 March 2019", "2019-03-30")]
    [InlineData("It happened on the 7th of August, he said.", "7th of August", "2019-08-07")]
    public void TryDayMonth_DayThenMonth_GivesTheDate(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        CalendarDates.TryDayMonth(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("They met April 24 and 25, 2019.", "2019-04-25", "25, 2019")]
    [InlineData("They met on March 3-5.", "2019-03-05", "5")]
    public void TrySecondDay_DayAfterADate_SharesItsMonth(string text, string value, string words)
    {
        var f = ConstructionFixture.Of(text);
        var first = FirstOf(f);

        CalendarDates.TrySecondDay(in f.Cursor, first, out var second).Should().BeTrue();

        second.Value.Should().Be(value);
        f.Text[f.Cursor.Token(second.StartToken).Start..f.Cursor.Token(second.EndToken - 1).End].Should().Be(words);
    }

    [Theory]
    [InlineData("Rates rose Jan. 5 and 6 percent.")]
    [InlineData("On May 3 and 4 people came.")]
    [InlineData("It happened on March 3 and 5:30.")]
    public void TrySecondDay_NumberThatIsNoDay_DoesNotMatch(string text)
    {
        var f = ConstructionFixture.Of(text);

        CalendarDates.TrySecondDay(in f.Cursor, FirstOf(f), out _).Should().BeFalse();
    }

    // The first month-and-day of the text, as the scanner would have found it.
    private static FoundTime FirstOf(ConstructionFixture f)
    {
        for (var j = 0; j < f.Cursor.Count; j++)
        {
            if (CalendarDates.TryMonth(in f.Cursor, j, out var core))
            {
                return new FoundTime(j, core.End, core.Type, core.Value, null);
            }
        }

        throw new InvalidOperationException("no month in " + f.Text);
    }
}
