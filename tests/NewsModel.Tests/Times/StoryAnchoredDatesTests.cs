using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class StoryAnchoredDatesTests
{
    [Theory]
    [InlineData("2018-06", "He returned that year.", "that year", "2018")]
    [InlineData("2016-03-03", "He left that same month.", "that same month", "2016-03")]
    [InlineData("2017-10-23", "He left that day.", "that day", "2017-10-23")]
    [InlineData("2019-09-12", "He left that week.", "that week", "2019-W37")]
    [InlineData("2017-10-23", "He left that morning.", "that morning", "2017-10-23TMO")]
    public void TryThat_AfterANamedDate_GivesTheStorysDate(string named, string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        f.Story.Remember(named);
        var j = f.At(words);

        StoryAnchoredDates.TryThat(in f.Cursor, in f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryThat_NothingNamedBefore_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("He was tired that day.");

        StoryAnchoredDates.TryThat(in f.Cursor, in f.Story, f.At("that"), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("day", 1, "2018-08-08")]
    [InlineData("day", -1, "2018-08-06")]
    [InlineData("month", 1, "2018-09")]
    [InlineData("year", -1, "2017")]
    [InlineData("week", 1, "2018-W33")]
    public void TryStoryStep_AfterANamedDay_StepsFromIt(string unit, int step, string value)
    {
        var f = ConstructionFixture.Of("the next " + unit);
        f.Story.Remember("2018-08-07");

        StoryAnchoredDates.TryStoryStep(in f.Cursor, in f.Story, f.At(unit), step, longerUnits: true, out var core).Should().BeTrue();

        core.Value.Should().Be(value);
        core.Type.Should().Be(TimeType.Date);
    }

    [Fact]
    public void TryStoryStep_NothingNamed_StepsFromPublication()
    {
        var f = ConstructionFixture.Of("the following morning");

        StoryAnchoredDates.TryStoryStep(in f.Cursor, in f.Story, f.At("morning"), 1, longerUnits: false, out var core).Should().BeTrue();

        core.Value.Should().Be("2019-09-26TMO");
        core.Type.Should().Be(TimeType.Time);
    }

    [Fact]
    public void TryStoryStep_LongerUnitNotAllowed_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("the next year");

        StoryAnchoredDates.TryStoryStep(in f.Cursor, in f.Story, f.At("year"), 1, longerUnits: false, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("They met the day before last Tuesday's hearing.", "day before last Tuesday", "2019-09-23")]
    [InlineData("They met the day after Sept. 3.", "day after Sept. 3", "2019-09-04")]
    public void TryDayBeforeAfter_DateFollows_CountsFromIt(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        StoryAnchoredDates.TryDayBeforeAfter(in f.Cursor, ref f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryDayBeforeAfter_Alone_CountsFromTheStorysDay()
    {
        var f = ConstructionFixture.Of("He had called the day before.");
        f.Story.Remember("2018-08-07");

        StoryAnchoredDates.TryDayBeforeAfter(in f.Cursor, ref f.Story, f.At("day"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-08-06");
    }

    [Fact]
    public void TryDayBeforeAfter_EventFollows_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("He left the day after his death.");

        StoryAnchoredDates.TryDayBeforeAfter(in f.Cursor, ref f.Story, f.At("day"), out _).Should().BeFalse();
    }
}
