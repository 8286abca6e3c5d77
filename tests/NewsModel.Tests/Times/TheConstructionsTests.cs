using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class TheConstructionsTests
{
    [Theory]
    [InlineData("Prices fell over the weekend.", "weekend", "2019-W38-WE", TimeType.Date)]
    [InlineData("Prices fell in the year.", "year", "2019", TimeType.Date)]
    [InlineData("Profit for the year rose.", "year", "P1Y", TimeType.Duration)]
    [InlineData("Profit rose in the latest quarter.", "latest quarter", "2019-Q2", TimeType.Date)]
    [InlineData("Profit rose in the first half.", "first half", "2019-H1", TimeType.Date)]
    [InlineData("They met in the week of March 6.", "week of March 6", "2019-W10", TimeType.Date)]
    [InlineData("It was so in the past.", "past", "PAST_REF", TimeType.Date)]
    [InlineData("It will be so in the near future.", "near future", "FUTURE_REF", TimeType.Date)]
    [InlineData("Prices rose over the past two months.", "past two months", "P2M", TimeType.Duration)]
    [InlineData("Prices rose over the past decade.", "past decade", "P10Y", TimeType.Duration)]
    public void TryAfterThe_Construction_GivesValue(string text, string words, string value, TimeType type)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
        core.Type.Should().Be(type);
    }

    [Fact]
    public void TryAfterThe_QuarterAfterANamedOne_IsTheNamedOne()
    {
        var f = ConstructionFixture.Of("Sales rose in the quarter.");
        f.Story.RememberQuarter(2018, 4);

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, f.At("quarter"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-Q4");
    }

    [Fact]
    public void TryAfterThe_LatestQuarterWithNothingNamed_RemembersTheLastCompleted()
    {
        var f = ConstructionFixture.Of("Sales rose in the latest quarter.");

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, f.At("latest"), out _).Should().BeTrue();

        f.Story.LastQuarter.Should().Be((2019, 2));
    }

    [Fact]
    public void TryAfterThe_NextDayAfterANamedDay_StepsFromIt()
    {
        var f = ConstructionFixture.Of("He was charged the next day.");
        f.Story.Remember("2018-08-07");

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, f.At("next"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-08-08");
    }

    [Fact]
    public void TryAfterThe_NoPublicationDate_KeepsTheUnknownYear()
    {
        var f = new ConstructionFixture("Prices fell in the year.", null);

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, f.At("year"), out var core).Should().BeTrue();

        core.Value.Should().Be("XXXX");
    }

    [Fact]
    public void TryAfterThe_OtherWord_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("He read the book.");

        TheConstructions.TryAfterThe(in f.Cursor, ref f.Story, f.At("book"), out _).Should().BeFalse();
    }
}
