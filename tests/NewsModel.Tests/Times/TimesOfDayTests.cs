using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class TimesOfDayTests
{
    [Theory]
    [InlineData("They met at 10 p.m.", "10 p.m.", "2019-09-25T22:00")]
    [InlineData("They met at 10:30 a.m.", "10:30 a.m.", "2019-09-25T10:30")]
    [InlineData("They met at 12 a.m. to talk.", "12 a.m.", "2019-09-25T00:00")]
    [InlineData("They met at 5pm.", "5pm", "2019-09-25T17:00")]
    [InlineData("They met at 15:00 GMT.", "15:00 GMT", "2019-09-25T15:00")]
    [InlineData("They met at 3 o'clock.", "3 o'clock", "2019-09-25T03:00")]
    [InlineData("They met at noon Saturday.", "noon Saturday", "2019-09-21T12:00")]
    [InlineData("They met at midnight.", "midnight", "2019-09-25T00:00")]
    [InlineData("They meet at 3pm today.", "3pm today", "2019-09-25T15:00")]
    [InlineData("They met at 5 p.m. EST Nov. 9, 2018.", "5 p.m. EST Nov. 9, 2018", "2018-11-09T17:00")]
    public void TryTimeOfDay_ClockTime_GivesTheTime(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        TimesOfDay.TryTimeOfDay(in f.Cursor, in f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Type.Should().Be(TimeType.Time);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryTimeOfDay_AfterANamedDay_IsOnThatDay()
    {
        var f = ConstructionFixture.Of("They met at 10 p.m.");
        f.Story.Remember("2018-08-07");

        TimesOfDay.TryTimeOfDay(in f.Cursor, in f.Story, f.At("10"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-08-07T22:00");
    }

    [Fact]
    public void TryTimeOfDay_NoPublication_KeepsTheUnknownDay()
    {
        var f = new ConstructionFixture("They met at 10 p.m.", null);

        TimesOfDay.TryTimeOfDay(in f.Cursor, in f.Story, f.At("10"), out var core).Should().BeTrue();

        core.Value.Should().Be("XXXX-XX-XXT22:00");
    }

    [Theory]
    [InlineData("They met at 10 to talk.", "10")]
    [InlineData("They met at 13 p.m.", "13")]
    [InlineData("The score was 25:10.", "25")]
    [InlineData("It rose 2.5 p.c.", "2.5")]
    public void TryTimeOfDay_NoClockTime_DoesNotMatch(string text, string words)
    {
        var f = ConstructionFixture.Of(text);

        TimesOfDay.TryTimeOfDay(in f.Cursor, in f.Story, f.At(words), out _).Should().BeFalse();
    }
}
