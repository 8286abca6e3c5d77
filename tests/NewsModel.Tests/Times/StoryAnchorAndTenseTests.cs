using NewsModel.Model;
using NewsModel.Times;

using NodaTime;

using static NewsModel.Tests.Times.TimeTestHelper;

namespace NewsModel.Tests.Times;

public sealed class StoryAnchorAndTenseTests
{
    // A Wednesday.
    private static readonly LocalDate Published = new(2019, 9, 25);

    [Theory]
    [InlineData("He fled in June 2018 and returned later that year.", "later that year", "2018")]
    [InlineData("The clinic was bombed on Oct. 23, 2017. Earlier that day, he left.", "Earlier that day", "2017-10-23")]
    [InlineData("He arrived on March 3, 2016, and left that same month.", "that same month", "2016-03")]
    public void Tag_ThatUnit_CountsFromTheStorysLatestDate(string text, string expression, string value)
    {
        ValueOf(text, expression).Should().Be(value);
    }

    [Fact]
    public void Tag_ThatDayWithoutEarlierDate_IsNotTagged()
    {
        Pairs("He was tired that day.", Published).Should().BeEmpty();
    }

    [Theory]
    [InlineData("On May 22, 2015, he was promoted, and the following year he retired.", "the following year", "2016")]
    [InlineData("He was arrested on Aug. 7, 2018, and charged the next day.", "the next day", "2018-08-08")]
    [InlineData("He was arrested on Aug. 7, 2018. The following month he was freed.", "The following month", "2018-09")]
    [InlineData("Prices fell in the past decade.", "the past decade", "P10Y")]
    public void Tag_NextOrFollowingUnit_StepsFromTheStory(string text, string expression, string value)
    {
        ValueOf(text, expression).Should().Be(value);
    }

    [Fact]
    public void Tag_NextYearInFutureClause_StaysADuration()
    {
        var time = Single("Growth will slow over the next year.", Published);

        time.Type.Should().Be(TimeType.Duration);
        time.Value.Should().Be("P1Y");
    }

    [Theory]
    [InlineData("They met the day before last Tuesday's hearing.", "the day before last Tuesday", "2019-09-23")]
    [InlineData("A ruling is due the week of Oct. 7.", "the week of Oct. 7", "2019-W41")]
    public void Tag_DayBeforeOrWeekOfADate_DerivesFromThatDate(string text, string expression, string value)
    {
        ValueOf(text, expression).Should().Be(value);
    }

    [Fact]
    public void Tag_TwoDaysOfOneMonth_TagsBothDays()
    {
        Pairs("The summit will be held on Oct. 24 and 25.", Published)
            .Should().Equal(("Oct. 24", "2019-10-24"), ("25", "2019-10-25"));
    }

    [Fact]
    public void Tag_MonthDayAndAmount_TagsOnlyTheDay()
    {
        Pairs("Shares rose Oct. 2 and 5 percent more later.", Published).Select(p => p.Text).Should().Equal("Oct. 2");
    }

    [Theory]
    [InlineData("She spent about 5 1/2 hours in Nairobi.", "PT5H30M")]
    [InlineData("They lived in camps for two and a half years.", "P2Y6M")]
    public void Tag_DurationWithAHalf_AddsHalfAUnit(string text, string value)
    {
        Single(text, Published).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The general election is due this September.", "2019-09")]
    [InlineData("The talks are supposed to conclude by May, officials said.", "2020-05")]
    [InlineData("NATO would admit Poland in early March, an official from the alliance said on Monday.", "2020-03")]
    public void Tag_BareMonth_ResolvesByDeadlineOrReportedFuture(string text, string value)
    {
        TimeTagger.Tag(text, Published)[0].Value.Should().Be(value);
    }

    [Fact]
    public void Tag_CloseDayBehindInConditionalClause_StaysInThePublicationYear()
    {
        var time = Single("But on Sept. 8, investigators, wondering how he could have escaped, searched the site.", Published);

        time.Value.Should().Be("2019-09-08");
    }

    [Theory]
    [InlineData("Until Monday, they had not called him a suspect.", "2019-09-23")]
    [InlineData("Relatives looked for ways around Monday's ruling, which they would appeal.", "2019-09-23")]
    [InlineData("The father would be traveling to the United States Friday with his wife.", "2019-09-27")]
    [InlineData("The team planned to leave Nairobi on Friday.", "2019-09-27")]
    [InlineData("The summit would be held on Friday.", "2019-09-27")]
    [InlineData("Neither he nor his parents could be located Monday in their home town.", "2019-09-23")]
    public void Tag_Weekday_WeighsTenseCues(string text, string value)
    {
        TimeTagger.Tag(text, Published)[0].Value.Should().Be(value);
    }

    private static string ValueOf(string text, string expression)
    {
        var times = TimeTagger.Tag(text, Published);
        var time = times.Should().ContainSingle(t => t.Text == expression, $"'{expression}' is tagged in '{text}'").Subject;
        return time.Value;
    }
}
