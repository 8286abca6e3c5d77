using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class AnchoringTests
{
    [Theory]
    [InlineData("They met on Monday.", 1, 0, "2019-09-23")]
    [InlineData("They will meet on Monday.", 1, 0, "2019-09-30")]
    [InlineData("They met on Wednesday.", 3, 0, "2019-09-25")]
    [InlineData("They met last Wednesday.", 3, -2, "2019-09-18")]
    [InlineData("They meet next Wednesday.", 3, 2, "2019-10-02")]
    [InlineData("Tuesday's vote stands.", 2, -1, "2019-09-24")]
    public void WeekdayValue_Direction_PicksTheWeek(string text, int weekday, int dir, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.WeekdayValue(in f.Cursor, weekday, dir, LastWord(f)).Should().Be(value);
    }

    [Theory]
    [InlineData("It has been so since January.", 1, 0, "2019-01")]
    [InlineData("Talks in October.", 10, 0, "2019-10")]
    [InlineData("Talks in December.", 12, 0, "2019-12")]
    [InlineData("It closed in November.", 11, 0, "2018-11")]
    [InlineData("It must end by August.", 8, 0, "2020-08")]
    [InlineData("It ended last September.", 9, -2, "2018-09")]
    [InlineData("It ends next September.", 9, 2, "2020-09")]
    public void MonthValue_TenseAndDirection_PickTheYear(string text, int month, int dir, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.MonthValue(in f.Cursor, month, dir, LastWord(f)).Should().Be(value);
    }

    [Theory]
    [InlineData("It closed Dec. 15.", "Dec", 12, 15, "2018-12-15")]
    [InlineData("The dividend was declared payable Nov. 15.", "Nov", 11, 15, "2019-11-15")]
    [InlineData("It will close Aug. 1.", "Aug", 8, 1, "2019-08-01")]
    [InlineData("It will close July 1.", "July", 7, 1, "2020-07-01")]
    [InlineData("It has been closed since Dec. 1.", "Dec", 12, 1, "2018-12-01")]
    [InlineData("It was founded Feb. 29.", "Feb", 2, 29, "XXXX-02-29")]
    [InlineData("It was founded Feb. 30.", "Feb", 2, 30, "")]
    public void MonthDayValue_NoYear_PicksTheNearestByTense(string text, string words, int month, int day, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.MonthDayValue(in f.Cursor, month, day, null, f.At(words)).Should().Be(value);
    }

    [Fact]
    public void MonthDayValue_Year_IsThatYearsDay()
    {
        var f = ConstructionFixture.Of("x");

        Anchoring.MonthDayValue(in f.Cursor, 2, 29, 2016, 0).Should().Be("2016-02-29");
        Anchoring.MonthDayValue(in f.Cursor, 2, 29, 2017, 0).Should().BeEmpty();
    }

    [Theory]
    [InlineData("It happened over the summer.", "SU", 0, "2019-SU")]
    [InlineData("It happened in the winter.", "WI", 0, "2018-WI")]
    [InlineData("It will happen in the winter.", "WI", 0, "2019-WI")]
    [InlineData("It happened last fall.", "FA", -1, "2019-FA")]
    [InlineData("It will happen next spring.", "SP", 1, "2020-SP")]
    public void SeasonValue_StepAndTense_PickTheYear(string text, string season, int step, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.SeasonValue(in f.Cursor, season, step, LastWord(f)).Should().Be(value);
    }

    [Theory]
    [InlineData("Profits fell in the third quarter.", 3, "2019-Q3")]
    [InlineData("Profits fell in the fourth quarter.", 4, "2018-Q4")]
    [InlineData("Profits will rise in the fourth quarter.", 4, "2019-Q4")]
    public void QuarterValue_NoYear_IsTheLatestUnlessTheClauseLooksAhead(string text, int quarter, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.QuarterValue(in f.Cursor, ref f.Story, quarter, null, LastWord(f)).Should().Be(value);

        f.Story.LastQuarter.Should().Be((int.Parse(value[..4], System.Globalization.CultureInfo.InvariantCulture), quarter));
    }

    [Fact]
    public void ReferenceQuarter_NothingNamed_IsTheLastCompletedAndRemembered()
    {
        var f = ConstructionFixture.Of("x");

        Anchoring.ReferenceQuarter(in f.Cursor, ref f.Story).Should().Be("2019-Q2");
        f.Story.LastQuarter.Should().Be((2019, 2));
    }

    [Fact]
    public void YearBeforeReference_AfterAQuarter_IsThatQuarterAYearBefore()
    {
        var f = ConstructionFixture.Of("x");

        Anchoring.YearBeforeReference(in f.Cursor, in f.Story).Should().Be("2018");
        f.Story.RememberQuarter(2019, 1);
        Anchoring.YearBeforeReference(in f.Cursor, in f.Story).Should().Be("2018-Q1");
    }

    [Theory]
    [InlineData("Sales rose in the first half.", 1, "2019-H1")]
    [InlineData("Sales rose in the second half.", 2, "2019-H2")]
    public void Half_NoYear_IsThisYearsWhenBegun(string text, int half, string value)
    {
        var f = ConstructionFixture.Of(text);

        Anchoring.Half(in f.Cursor, half, LastWord(f)).Should().Be(value);
    }

    [Fact]
    public void Weekend_OnAWeekday_IsTheOneJustPast()
    {
        Anchoring.Weekend(in ConstructionFixture.Of("x").Cursor).Should().Be("2019-W38-WE");
        Anchoring.Weekend(in new ConstructionFixture("x", new NodaTime.LocalDate(2019, 9, 28)).Cursor).Should().Be("2019-W39-WE");
    }

    [Fact]
    public void Values_NoPublication_KeepTheUnknownParts()
    {
        var f = new ConstructionFixture("It happened then.", null);

        Anchoring.WeekdayValue(in f.Cursor, 1, 0, 2).Should().Be("XXXX-WXX-1");
        Anchoring.MonthValue(in f.Cursor, 12, 0, 2).Should().Be("XXXX-12");
        Anchoring.MonthDayValue(in f.Cursor, 12, 15, null, 2).Should().Be("XXXX-12-15");
        Anchoring.SeasonValue(in f.Cursor, "SU", 0, 2).Should().Be("XXXX-SU");
        Anchoring.QuarterValue(in f.Cursor, ref f.Story, 4, null, 2).Should().Be("XXXX-Q4");
        Anchoring.ReferenceQuarter(in f.Cursor, ref f.Story).Should().Be("XXXX-QX");
        Anchoring.YearBeforeReference(in f.Cursor, in f.Story).Should().Be("PAST_REF");
        Anchoring.Half(in f.Cursor, 1, 2).Should().Be("XXXX-H1");
        Anchoring.Weekend(in f.Cursor).Should().Be("XXXX-WXX-WE");
    }

    // The expression's position: the last word before the full stop.
    private static int LastWord(ConstructionFixture f) => f.Cursor.Count - 2;
}
