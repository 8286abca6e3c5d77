using NewsModel.Model;
using NewsModel.Times.Constructions;

using NodaTime;

namespace NewsModel.Tests.Times;

public sealed class RelativeDatesTests
{
    [Theory]
    [InlineData("The vote is next Tuesday.", "next Tuesday", "2019-10-01")]
    [InlineData("The vote is next Wednesday.", "next Wednesday", "2019-10-02")]
    [InlineData("The talks ended last Friday.", "last Friday", "2019-09-20")]
    [InlineData("Prices rose this week.", "this week", "2019-W39")]
    [InlineData("Prices rose last year.", "last year", "2018")]
    [InlineData("Prices will rise next month.", "next month", "2019-10")]
    [InlineData("Profit rose this quarter.", "this quarter", "2019-Q3")]
    [InlineData("Prices rose this morning.", "this morning", "2019-09-25TMO")]
    [InlineData("Prices rose last night.", "last night", "2019-09-24TNI")]
    [InlineData("The vote is next March.", "next March", "2020-03")]
    [InlineData("Prices rose last summer.", "last summer", "2019-SU")]
    [InlineData("Prices will rise next summer.", "next summer", "2020-SU")]
    public void TryRelative_AgainstPublication_GivesTheDate(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
        core.IsCalendar.Should().BeTrue();
    }

    [Fact]
    public void TryRelative_NextTuesdayOnATuesday_IsAWeekAhead()
    {
        var f = new ConstructionFixture("The vote is next Tuesday.", new LocalDate(2019, 9, 24));

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, f.At("next"), out var core).Should().BeTrue();

        core.Value.Should().Be("2019-10-01");
    }

    [Fact]
    public void TryRelative_ThisQuarter_RemembersTheQuarter()
    {
        var f = ConstructionFixture.Of("Profit rose this quarter.");

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, f.At("this"), out _).Should().BeTrue();

        f.Story.LastQuarter.Should().Be((2019, 3));
    }

    [Fact]
    public void TryRelative_LastWithACount_IsADuration()
    {
        var f = ConstructionFixture.Of("Prices rose in the last two years.");

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, f.At("last"), out var core).Should().BeTrue();

        core.Type.Should().Be(TimeType.Duration);
        core.Value.Should().Be("P2Y");
    }

    [Theory]
    [InlineData("Prices rose last year.", "last", "PAST_REF")]
    [InlineData("Prices rose this year.", "this", "XXXX")]
    [InlineData("Prices will rise next week.", "next", "FUTURE_REF")]
    public void TryRelative_NoPublication_GivesAReference(string text, string word, string value)
    {
        var f = new ConstructionFixture(text, null);

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, f.At(word), out var core).Should().BeTrue();

        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryRelative_OtherWord_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("Prices rose again.");

        RelativeDates.TryRelative(in f.Cursor, ref f.Story, f.At("again"), out _).Should().BeFalse();
    }
}
