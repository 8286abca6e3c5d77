using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("The strike lasted three weeks.", "three weeks", "P3W")]
    [InlineData("It took 24 months to build.", "24 months", "P24M")]
    [InlineData("He served a five-year term.", "five-year", "P5Y")]
    [InlineData("He served two and a half years.", "two and a half years", "P2Y6M")]
    [InlineData("He waited 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("He waited twenty four hours.", "twenty four hours", "P1D")]
    [InlineData("He waited two decades.", "two decades", "P20Y")]
    [InlineData("He waited for weeks.", "weeks", "PXW")]
    [InlineData("He waited for a year.", "a year", "P1Y")]
    [InlineData("He waited many years.", "many years", "PXY")]
    public void TryDuration_CountAndUnit_IsADuration(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        Durations.TryDuration(in f.Cursor, in f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Type.Should().Be(TimeType.Duration);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Prices rose two years ago.", "two years ago", "2017")]
    [InlineData("He returned three days later.", "three days later", "2019-09-28")]
    [InlineData("It ends two weeks from now.", "two weeks from now", "2019-W41")]
    [InlineData("It closed six months earlier.", "six months earlier", "2019-03")]
    [InlineData("It closed several years ago.", "several years ago", "PAST_REF")]
    public void TryDuration_ShiftFromPublication_IsADate(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        Durations.TryDuration(in f.Cursor, in f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Type.Should().Be(TimeType.Date);
        core.IsShift.Should().BeTrue();
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryDuration_YearEarlierAfterAQuarter_IsThatQuarterAYearBefore()
    {
        var f = ConstructionFixture.Of("Profit doubled from a year earlier.");
        f.Story.RememberQuarter(2019, 3);

        Durations.TryDuration(in f.Cursor, in f.Story, f.At("a year"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-Q3");
    }

    [Fact]
    public void TryDuration_TwoDaysAfterAnEvent_IsADurationNotAShift()
    {
        var f = ConstructionFixture.Of("He died two days after the vote.");

        Durations.TryDuration(in f.Cursor, in f.Story, f.At("two"), out var core).Should().BeTrue();

        core.Type.Should().Be(TimeType.Duration);
        core.Value.Should().Be("P2D");
    }

    [Theory]
    [InlineData("There are four flights a week.", "P1W")]
    [InlineData("It costs $1 billion a year.", "P1Y")]
    public void TryDuration_RateAfterACount_IsASet(string text, string value)
    {
        var f = ConstructionFixture.Of(text);

        Durations.TryDuration(in f.Cursor, in f.Story, f.At("a "), out var core).Should().BeTrue();

        core.Type.Should().Be(TimeType.Set);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("He is a 6-year-old boy.", "6")]
    [InlineData("He is 52 years old.", "52")]
    [InlineData("It was a year of change.", "a year")]
    [InlineData("Some day it will end.", "Some")]
    public void TryDuration_NoLength_DoesNotMatch(string text, string words)
    {
        var f = ConstructionFixture.Of(text);

        Durations.TryDuration(in f.Cursor, in f.Story, f.At(words), out _).Should().BeFalse();
    }
}
