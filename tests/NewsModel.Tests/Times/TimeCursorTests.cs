using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class TimeCursorTests
{
    [Fact]
    public void Word_OutOfRangeOrBreak_IsEmpty()
    {
        var f = ConstructionFixture.Of("Talks ended.\n\nThen Monday.");

        f.Cursor.Word(-1).IsEmpty.Should().BeTrue();
        f.Cursor.Word(f.Cursor.Count).IsEmpty.Should().BeTrue();
        f.Cursor.Word(3).IsEmpty.Should().BeTrue();
        f.Cursor.Text(3).ToString().Should().Be("\n");
        f.Cursor.Word(0).ToString().Should().Be("talks");
        f.Cursor.Is(0, "talks").Should().BeTrue();
        f.Cursor.Is(0, "Talks").Should().BeFalse();
        f.Cursor.IsOneOf(1, ["began", "ended"]).Should().BeTrue();
    }

    [Theory]
    [InlineData("1998", true)]
    [InlineData("2099", true)]
    [InlineData("2100", false)]
    [InlineData("999", false)]
    [InlineData("1,998", false)]
    public void IsYear_FourDigits_IsAYear(string text, bool isYear)
    {
        ConstructionFixture.Of(text).Cursor.IsYear(0).Should().Be(isYear);
    }

    [Theory]
    [InlineData("7 May", true, 7)]
    [InlineData("30th", true, 30)]
    [InlineData("1st", true, 1)]
    [InlineData("32", false, 0)]
    [InlineData("5:30", false, 0)]
    [InlineData("5%", false, 0)]
    [InlineData("100th", false, 0)]
    public void IsDayNumber_DayOfMonth_IsADay(string text, bool isDay, int day)
    {
        var cursor = ConstructionFixture.Of(text).Cursor;

        cursor.IsDayNumber(0).Should().Be(isDay);
        if (isDay)
        {
            cursor.DayNumber(0).Should().Be(day);
        }
    }

    [Fact]
    public void Lookup_VocabularyWord_GivesItsValue()
    {
        var cursor = ConstructionFixture.Of("last September morning").Cursor;

        cursor.Lookup(TimeWordKind.Month, 1, out var month).Should().BeTrue();
        month.Should().Be("9");
        cursor.Lookup(TimeWordKind.PartOfDay, 2, out var part).Should().BeTrue();
        part.Should().Be("MO");
        cursor.Lookup(TimeWordKind.Ordinal, 0, out var ordinal).Should().BeTrue();
        ordinal.Should().Be("L");
        cursor.Lookup(TimeWordKind.Month, 0, out _).Should().BeFalse();
        cursor.Lookup(TimeWordKind.Month, 5, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("every", true)]
    [InlineData("yesterday", true)]
    [InlineData("Smith", true)]
    [InlineData("1998", true)]
    [InlineData("3rd", true)]
    [InlineData("cat", false)]
    [InlineData("said", false)]
    public void MayStart_Token_IsAStartWordVocabularyCapitalOrDigit(string text, bool mayStart)
    {
        ConstructionFixture.Of(text).Cursor.MayStart(0).Should().Be(mayStart);
    }

    [Fact]
    public void IsSingularUnit_Unit_IsSingularWithoutAnS()
    {
        var cursor = ConstructionFixture.Of("year years cat").Cursor;

        cursor.IsSingularUnit(0).Should().BeTrue();
        cursor.IsSingularUnit(1).Should().BeFalse();
        cursor.IsSingularUnit(2).Should().BeFalse();
    }

    [Theory]
    [InlineData("2019", 0, 4, true)]
    [InlineData("2019", 1, 4, false)]
    [InlineData("20a9", 0, 4, false)]
    [InlineData("2019", 0, 0, false)]
    public void IsDigits_Range_IsAllDigits(string text, int start, int length, bool digits)
    {
        TimeCursor.IsDigits(text, start, length).Should().Be(digits);
    }
}
