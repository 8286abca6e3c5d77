using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class CountsTests
{
    [Theory]
    [InlineData("three weeks", "three", "3")]
    [InlineData("twenty four hours", "twenty four", "24")]
    [InlineData("twenty-four hours", "twenty-four", "24")]
    [InlineData("two hundred years", "two hundred", "200")]
    [InlineData("24 months", "24", "24")]
    [InlineData("two to three weeks", "two to three", "2")]
    [InlineData("5 to 7 days", "5 to 7", "5")]
    [InlineData("a couple of days", "a couple of", "2")]
    [InlineData("a week", "a", "1")]
    [InlineData("several weeks", "several", "X")]
    [InlineData("5 1/2 hours", "5 1/2", "5.5")]
    [InlineData("two and a half years", "two and a half", "2.5")]
    public void TryNumber_Count_GivesItsValueAndEnd(string text, string words, string number)
    {
        var f = ConstructionFixture.Of(text);

        Counts.TryNumber(in f.Cursor, 0, out var end, out var value).Should().BeTrue();

        value.Should().Be(number);
        f.Text[..f.Cursor.Token(end - 1).End].Should().Be(words);
    }

    [Theory]
    [InlineData("1,000 years")]
    [InlineData("0 days")]
    [InlineData("weeks")]
    public void TryNumber_NoCount_DoesNotMatch(string text)
    {
        var f = ConstructionFixture.Of(text);

        Counts.TryNumber(in f.Cursor, 0, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("weeks", "W", 1)]
    [InlineData("more weeks", "W", 2)]
    [InlineData("trading days", "D", 2)]
    [InlineData("-year", "Y", 2)]
    public void TryUnitAt_Unit_GivesItsLetter(string text, string unit, int end)
    {
        var f = ConstructionFixture.Of(text);

        Counts.TryUnitAt(in f.Cursor, 0, out var letter, out var after).Should().BeTrue();

        letter.Should().Be(unit);
        after.Should().Be(end);
    }

    [Theory]
    [InlineData("two years", true)]
    [InlineData("two more years", true)]
    [InlineData("two people", false)]
    [InlineData("years", false)]
    public void StartsDuration_CountAndUnit_IsTrue(string text, bool starts)
    {
        var f = ConstructionFixture.Of(text);

        Counts.StartsDuration(in f.Cursor, 0).Should().Be(starts);
    }
}
