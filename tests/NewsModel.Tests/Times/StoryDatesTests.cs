using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class StoryDatesTests
{
    [Fact]
    public void Default_NothingNamed_IsEmpty()
    {
        var story = default(StoryDates);

        story.LastDay.Should().BeNull();
        story.LastMonth.Should().BeNull();
        story.LastYear.Should().BeNull();
        story.LastQuarter.Should().BeNull();
    }

    [Fact]
    public void Remember_ClockTime_KeepsItsDayMonthAndYear()
    {
        var story = default(StoryDates);

        story.Remember("2018-08-07T22:00");

        story.LastDay.Should().Be("2018-08-07");
        story.LastMonth.Should().Be((2018, 8));
        story.LastYear.Should().Be(2018);
    }

    [Fact]
    public void Remember_CoarserValue_KeepsTheFinerOnesBefore()
    {
        var story = default(StoryDates);
        story.Remember("2018-08-07");

        story.Remember("2017-Q3");

        story.LastYear.Should().Be(2017);
        story.LastMonth.Should().Be((2018, 8));
        story.LastDay.Should().Be("2018-08-07");
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3Y")]
    [InlineData("199")]
    [InlineData("XXXX-09")]
    public void Remember_NoYear_ChangesNothing(string value)
    {
        var story = default(StoryDates);

        story.Remember(value);

        story.LastYear.Should().BeNull();
        story.LastMonth.Should().BeNull();
        story.LastDay.Should().BeNull();
    }

    [Fact]
    public void RememberQuarter_Quarter_IsTheLatest()
    {
        var story = default(StoryDates);

        story.RememberQuarter(2019, 3);
        story.RememberQuarter(2018, 4);

        story.LastQuarter.Should().Be((2018, 4));
        story.LastYear.Should().BeNull();
    }
}
