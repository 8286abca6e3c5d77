using NewsModel.Model;
using NewsModel.Times;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class ReferencesAndSetsTests
{
    [Theory]
    [InlineData("Prices are now higher.", "now", "PRESENT_REF")]
    [InlineData("Prices are currently higher.", "currently", "PRESENT_REF")]
    [InlineData("Prices recently rose.", "recently", "PAST_REF")]
    [InlineData("Prices rose in recent years.", "recent years", "PAST_REF")]
    [InlineData("The former minister spoke.", "former", "PAST_REF")]
    public void TryRef_Reference_GivesReferenceValue(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        ReferencesAndSets.TryRef(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
        core.IsCalendar.Should().BeFalse();
    }

    [Fact]
    public void TryRef_FormerWithTimeBankOptions_DoesNotMatch()
    {
        var f = new ConstructionFixture("The former minister spoke.", ConstructionFixture.Published, TimeOptions.TimeBank);

        ReferencesAndSets.TryRef(in f.Cursor, f.At("former"), out _).Should().BeFalse();
    }

    [Fact]
    public void TryRef_FutureAlone_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("They discussed future plans.");

        ReferencesAndSets.TryRef(in f.Cursor, f.At("future"), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("The summit is held every year.", "every year", "P1Y")]
    [InlineData("The summit is held every other week.", "every other week", "P2W")]
    [InlineData("The summit is held every three months.", "every three months", "P3M")]
    [InlineData("The board meets each Monday.", "each Monday", "XXXX-WXX-1")]
    [InlineData("It costs $5 per day.", "per day", "P1D")]
    public void TrySet_Recurrence_IsASet(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        ReferencesAndSets.TrySet(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Type.Should().Be(TimeType.Set);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TrySet_EveryWithoutAUnit_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("Every voter counts.");

        ReferencesAndSets.TrySet(in f.Cursor, f.At("Every"), out _).Should().BeFalse();
    }
}
