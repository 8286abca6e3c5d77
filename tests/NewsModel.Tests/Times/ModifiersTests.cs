using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class ModifiersTests
{
    [Theory]
    [InlineData("the end of 2018", TimeMod.End, false, 3)]
    [InlineData("the beginning of May", TimeMod.Start, false, 3)]
    [InlineData("the middle of May", TimeMod.Mid, false, 3)]
    [InlineData("early next year", TimeMod.Start, false, 1)]
    [InlineData("mid-1996", TimeMod.Mid, false, 2)]
    [InlineData("earlier this month", TimeMod.Start, false, 1)]
    [InlineData("later that day", TimeMod.End, false, 1)]
    [InlineData("about three weeks", TimeMod.Approx, true, 1)]
    [InlineData("almost a year", TimeMod.LessThan, true, 1)]
    [InlineData("within days", TimeMod.EqualOrLess, true, 1)]
    [InlineData("over two years", TimeMod.MoreThan, true, 1)]
    [InlineData("more than two years", TimeMod.MoreThan, true, 2)]
    [InlineData("less than a week", TimeMod.LessThan, true, 2)]
    [InlineData("at least a month", TimeMod.EqualOrMore, true, 2)]
    [InlineData("at most a month", TimeMod.EqualOrLess, true, 2)]
    [InlineData("up to a month", TimeMod.EqualOrLess, true, 2)]
    [InlineData("no more than a month", TimeMod.EqualOrLess, true, 3)]
    public void ParsePrefix_Modifier_GivesItsModAndSkipsIt(string text, TimeMod mod, bool forDuration, int skipped)
    {
        var f = ConstructionFixture.Of(text);
        var j = 0;

        var prefix = Modifiers.ParsePrefix(in f.Cursor, ref j);

        prefix.Should().Be(new Prefix(mod, forDuration));
        j.Should().Be(skipped);
    }

    [Theory]
    [InlineData("earlier reports")]
    [InlineData("the end came")]
    [InlineData("more people")]
    [InlineData("at the time")]
    public void ParsePrefix_NoModifier_LeavesTheStart(string text)
    {
        var f = ConstructionFixture.Of(text);
        var j = 0;

        Modifiers.ParsePrefix(in f.Cursor, ref j).Should().BeNull();
        j.Should().Be(0);
    }

    [Theory]
    [InlineData(TimeType.Duration, false, false, true, false)]
    [InlineData(TimeType.Date, true, true, true, true)]
    [InlineData(TimeType.Date, false, false, false, false)]
    [InlineData(TimeType.Date, true, false, false, true)]
    [InlineData(TimeType.Set, false, false, false, false)]
    public void Fits_ModifierAndConstruction_AgreeOnLengthOrDate(TimeType type, bool isCalendar, bool isShift, bool durationFits, bool dateFits)
    {
        var core = new CoreTime(1, type, "x", isCalendar, isShift);

        new Prefix(TimeMod.MoreThan, true).Fits(core).Should().Be(durationFits);
        new Prefix(TimeMod.Start, false).Fits(core).Should().Be(dateFits);
    }

    [Theory]
    [InlineData("It lasted a decade or so.", "decade", null, TimeMod.Approx, 2)]
    [InlineData("It lasts until 2020 and beyond.", "2020", null, TimeMod.OnOrAfter, 2)]
    [InlineData("It was built before 1990.", "1990", null, TimeMod.Before, 0)]
    [InlineData("It was built after May.", "May", null, TimeMod.After, 0)]
    [InlineData("It was built before early 1990.", "1990", TimeMod.Start, TimeMod.Start, 0)]
    public void ParseSuffix_WordsAround_GiveTheMod(string text, string words, TimeMod? before, TimeMod after, int widened)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);
        var start = before is null ? j : j - 1;
        var core = new CoreTime(j + 1, TimeType.Date, "x", IsCalendar: true);
        var end = core.End;

        Modifiers.ParseSuffix(in f.Cursor, start, core, before, ref end).Should().Be(after);
        end.Should().Be(core.End + widened);
    }
}
