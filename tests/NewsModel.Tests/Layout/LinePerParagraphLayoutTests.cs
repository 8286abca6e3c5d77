using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class LinePerParagraphLayoutTests
{
    [Fact]
    public void Read_NoBlankLines_EachLineIsParagraph()
    {
        const string text = "Storm closes schools\nHeavy snow closed every school in the county on Tuesday.\nBuses will run again on Thursday.\n“Stay home,” the sheriff said.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Text.Should().Be("Storm closes schools");
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal(
            "Heavy snow closed every school in the county on Tuesday.",
            "Buses will run again on Thursday.",
            "“Stay home,” the sheriff said.");
    }

    [Fact]
    public void Read_NoBlankLinesAndFirstLineEndsSentence_HasNoHeadline()
    {
        const string text = "Heavy snow closed every school on Tuesday.\nBuses will run again on Thursday.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline.Should().BeNull();
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }

    [Fact]
    public void Read_NoBlankLinesAndSecondLineIsSummary_KeepsItAsBody()
    {
        const string text = "Storm closes schools\nHeavy snow closed every school on Tuesday.\nBuses run on Thursday.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Standfirst.Should().BeNull();
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }
}
