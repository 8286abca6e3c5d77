using NewsModel.Model;

using NodaTime;

using static NewsModel.Tests.Times.TimeTestHelper;

namespace NewsModel.Tests.Times;

public sealed class DurationSetAndReferenceTests
{
    private static readonly LocalDate Published = new(2019, 9, 25);

    [Theory]
    [InlineData("The strike lasted three weeks.", "three weeks", "P3W")]
    [InlineData("It took 24 months to build.", "24 months", "P24M")]
    [InlineData("The talks ran for the past two months.", "the past two months", "P2M")]
    [InlineData("He served a five-year term.", "five-year", "P5Y")]
    [InlineData("Sales rose in the first nine months.", "the first nine months", "P9M")]
    public void Tag_Duration_GivesPeriodValue(string text, string expression, string value)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Type.Should().Be(TimeType.Duration);
        time.Value.Should().Be(value);
        time.Start.Should().BeNull();
    }

    [Theory]
    [InlineData("The summit is held every year.", "every year", "P1Y")]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("There are four flights a week.", "a week", "P1W")]
    public void Tag_Recurrence_IsSet(string text, string expression, string value)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Type.Should().Be(TimeType.Set);
        time.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Prices are now higher.", "now", "PRESENT_REF")]
    [InlineData("Prices are currently higher.", "currently", "PRESENT_REF")]
    [InlineData("Prices recently rose.", "recently", "PAST_REF")]
    [InlineData("The former minister spoke.", "former", "PAST_REF")]
    [InlineData("Prices may rise in the future.", "the future", "FUTURE_REF")]
    public void Tag_Reference_GivesReferenceValue(string text, string expression, string value)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Value.Should().Be(value);
        time.Precision.Should().BeNull();
    }

    [Fact]
    public void Tag_FormerWithTimeBankOptions_IsNotATime()
    {
        NewsModel.Times.TimeTagger.Tag("The former minister spoke.", Published, NewsModel.Times.TimeOptions.TimeBank).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The vote is at 3 p.m. today.", "3 p.m. today", "2019-09-25T15:00")]
    [InlineData("The vote began at 15:00.", "15:00", "2019-09-25T15:00")]
    [InlineData("The vote is at 3 p.m.", "3 p.m.", "2019-09-25T15:00")]
    [InlineData("The vote is at 3pm", "3pm", "2019-09-25T15:00")]
    [InlineData("They met on Wednesday morning.", "Wednesday morning", "2019-09-25TMO")]
    public void Tag_TimeOfDay_IsTime(string text, string expression, string value)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Type.Should().Be(TimeType.Time);
        time.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Sales peaked in early 2018.", "early 2018", "2018", TimeMod.Start)]
    [InlineData("Sales peaked in late November.", "late November", "2018-11", TimeMod.End)]
    [InlineData("Sales peaked in mid-2018.", "mid-2018", "2018", TimeMod.Mid)]
    [InlineData("It lasted about three years.", "about three years", "P3Y", TimeMod.Approx)]
    [InlineData("It lasted more than two weeks.", "more than two weeks", "P2W", TimeMod.MoreThan)]
    [InlineData("It lasted less than a month.", "less than a month", "P1M", TimeMod.LessThan)]
    [InlineData("It will not happen before 2021.", "2021", "2021", TimeMod.Before)]
    public void Tag_Modifier_SetsMod(string text, string expression, string value, TimeMod mod)
    {
        var time = Single(text, Published);

        time.Text.Should().Be(expression);
        time.Value.Should().Be(value);
        time.Mod.Should().Be(mod);
    }

    [Theory]
    [InlineData("The 74th session opened.")]
    [InlineData("The debt of $3bn was restructured.")]
    [InlineData("It deployed two bombers.")]
    [InlineData("Having skipped the annual diplomatic gathering, they met.")]
    [InlineData("She may march on the capital.")]
    [InlineData("He paid $1990 for it.")]
    [InlineData("A 6-year-old boy was found.")]
    public void Tag_NotATime_FindsNothing(string text)
    {
        NewsModel.Times.TimeTagger.Tag(text, Published).Should().BeEmpty();
    }
}
