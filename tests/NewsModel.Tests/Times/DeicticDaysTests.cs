using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class DeicticDaysTests
{
    [Theory]
    [InlineData("Prices rose today.", "today", "2019-09-25", TimeType.Date)]
    [InlineData("Prices rose yesterday.", "yesterday", "2019-09-24", TimeType.Date)]
    [InlineData("Prices will rise tomorrow morning.", "tomorrow morning", "2019-09-26TMO", TimeType.Time)]
    [InlineData("Prices will rise tonight.", "tonight", "2019-09-25TNI", TimeType.Time)]
    public void TryDayRef_WithPublication_GivesTheDay(string text, string words, string value, TimeType type)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        DeicticDays.TryDayRef(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
        core.Type.Should().Be(type);
    }

    [Theory]
    [InlineData("Prices rose today.", "today", "PRESENT_REF")]
    [InlineData("Prices rose yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("Prices will rise tonight.", "tonight", "XXXX-XX-XXTNI")]
    public void TryDayRef_NoPublication_StaysRelative(string text, string words, string value)
    {
        var f = new ConstructionFixture(text, null);

        DeicticDays.TryDayRef(in f.Cursor, f.At(words), out var core).Should().BeTrue();

        core.Value.Should().Be(value);
        core.IsCalendar.Should().Be(words == "tonight");
    }

    [Fact]
    public void TryDayRef_OtherWord_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("Prices rose sharply.");

        DeicticDays.TryDayRef(in f.Cursor, f.At("sharply"), out _).Should().BeFalse();
    }
}
