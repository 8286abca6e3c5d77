using NewsModel.Times.Constructions;

using NodaTime;

namespace NewsModel.Tests.Times;

public sealed class HolidayDatesTests
{
    [Fact]
    public void TryHoliday_Thanksgiving_UsesTheHolidayCalendar()
    {
        var f = new ConstructionFixture("The family met on Thanksgiving.", new LocalDate(2019, 12, 2));

        HolidayDates.TryHoliday(in f.Cursor, f.At("Thanksgiving"), out var core).Should().BeTrue();

        core.Value.Should().Be("2019-11-28");
    }

    [Theory]
    [InlineData("They met last Christmas.", "last Christmas", "2018-12-25")]
    [InlineData("They will meet next Christmas.", "next Christmas", "2019-12-25")]
    [InlineData("They will vote on Election Day.", "Election Day", "2019-11-05")]
    public void TryHoliday_Holiday_IsInTheYearTheClauseMeans(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        HolidayDates.TryHoliday(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryHoliday_NoPublication_KeepsTheUnknownDay()
    {
        var f = new ConstructionFixture("They met on Christmas.", null);

        HolidayDates.TryHoliday(in f.Cursor, f.At("Christmas"), out var core).Should().BeTrue();

        core.Value.Should().Be("XXXX-XX-XX");
    }

    [Fact]
    public void TryHoliday_LowerCase_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("They gave thanksgiving.");

        HolidayDates.TryHoliday(in f.Cursor, f.At("thanksgiving"), out _).Should().BeFalse();
    }
}
