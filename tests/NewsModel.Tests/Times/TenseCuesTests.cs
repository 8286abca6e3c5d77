using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class TenseCuesTests
{
    [Theory]
    [InlineData("They will meet on Monday.", "Monday", 1)]
    [InlineData("They plan to meet on Monday.", "Monday", 1)]
    [InlineData("They met on Monday.", "Monday", -1)]
    [InlineData("They had met on Monday.", "Monday", -1)]
    [InlineData("Talks on Monday.", "Monday", 0)]
    [InlineData("Until Thursday, they had not called him.", "Thursday", -1)]
    [InlineData("Until Thursday, talks go on.", "Thursday", 1)]
    [InlineData("He would be admitted in March, a senior state official said.", "March", 1)]
    [InlineData("The United Nations on Monday.", "Monday", 0)]
    [InlineData("It would be held on Monday.", "Monday", 1)]
    public void TenseAt_NearestCue_GivesTheTense(string text, string words, int tense)
    {
        var f = ConstructionFixture.Of(text);

        TenseCues.TenseAt(in f.Cursor, f.At(words)).Should().Be(tense);
        TenseCues.IsFuture(in f.Cursor, f.At(words)).Should().Be(tense > 0);
    }

    [Fact]
    public void TenseAt_CueInTheSentenceBefore_IsNotRead()
    {
        var f = ConstructionFixture.Of("He will leave. Talks on Monday.");

        TenseCues.TenseAt(in f.Cursor, f.At("Monday")).Should().Be(0);
    }
}
