using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class TextScanTests
{
    [Theory]
    [InlineData("met with Smith", 9, "with")]
    [InlineData("met with  \n Smith", 12, "with")]
    [InlineData("Smith", 0, "")]
    [InlineData("said, Smith", 6, "")]
    public void WordBefore_Offset_GivesTheLettersEndingBeforeTheSpaces(string text, int offset, string expected)
    {
        var word = TextScan.WordBefore(text, offset);

        word.Slice(text).Should().Be(expected);
    }

    [Fact]
    public void WordBefore_Limit_StopsTheLookBackThere()
    {
        const string Text = "the police";

        TextScan.WordBefore(Text, Text.Length, limit: 6).Should().Be(TextSpan.FromBounds(6, 10));
        TextScan.WordBefore(Text, 4, limit: 4).Length.Should().Be(0);
    }
}
