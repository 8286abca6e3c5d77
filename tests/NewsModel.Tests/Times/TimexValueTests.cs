using NewsModel.Model;
using NewsModel.Times;

using NodaTime;

namespace NewsModel.Tests.Times;

public sealed class TimexValueTests
{
    [Theory]
    [InlineData("2019-09-25", TimePrecision.Day, "2019-09-25", "2019-09-25")]
    [InlineData("2019-W39", TimePrecision.Week, "2019-09-23", "2019-09-29")]
    [InlineData("2019-09", TimePrecision.Month, "2019-09-01", "2019-09-30")]
    [InlineData("2019-SU", TimePrecision.Season, "2019-06-01", "2019-08-31")]
    [InlineData("2019-Q3", TimePrecision.Quarter, "2019-07-01", "2019-09-30")]
    [InlineData("2018", TimePrecision.Year, "2018-01-01", "2018-12-31")]
    [InlineData("199", TimePrecision.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("19", TimePrecision.Century, "1900-01-01", "1999-12-31")]
    [InlineData("2019-09-25TMO", TimePrecision.Time, "2019-09-25", "2019-09-25")]
    public void Resolve_CalendarValue_GivesPrecisionAndBounds(string value, TimePrecision precision, string start, string end)
    {
        var (p, s, e) = TimexValue.Resolve(value);

        p.Should().Be(precision);
        s.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value);
        e.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value);
    }

    [Theory]
    [InlineData("P3W")]
    [InlineData("PAST_REF")]
    [InlineData("XXXX-09")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    public void Resolve_NonCalendarOrInvalidValue_GivesNothing(string value)
    {
        TimexValue.Resolve(value).Should().Be(((TimePrecision?)null, (LocalDate?)null, (LocalDate?)null));
    }

    [Fact]
    public void Week_LastDaysOfDecember_UseTheIsoWeekYear()
    {
        TimexValue.Week(new LocalDate(2019, 12, 30)).Should().Be("2020-W01");
    }
}
