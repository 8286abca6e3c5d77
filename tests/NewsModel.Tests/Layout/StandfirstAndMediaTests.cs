using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class StandfirstAndMediaTests
{
    [Fact]
    public void Read_SummaryLineFollowedByPicture_IsStandfirst()
    {
        const string text = "Ferry service resumes\n\nThe island's ferry sails again after a month of repairs.\n\n"
            + "The ferry at dock\nPassengers board the ferry on Friday [Reuters]\n\nThe first sailing left at noon.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Standfirst!.Text.Should().Be("The island's ferry sails again after a month of repairs.");
        var item = layout.Media.Should().ContainSingle().Subject;
        item.Title!.Text.Should().Be("The ferry at dock");
        item.Caption!.Text.Should().Be("Passengers board the ferry on Friday");
        item.Credit!.Text.Should().Be("Reuters");
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("The first sailing left at noon.");
    }

    [Fact]
    public void Read_SummaryLineFollowedByByline_IsStandfirst()
    {
        const string text = "Ferry service resumes\n\nThe island's ferry sails again after repairs.\n\nBy Jane Doe\n\nThe first sailing left at noon.\n\nIt was full.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Standfirst!.Text.Should().Be("The island's ferry sails again after repairs.");
        layout.Bylines.Select(b => b.Text).Should().Equal("Jane Doe");
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Crowds gather in the square (Photo: Jane Doe)", "Crowds gather in the square", "Jane Doe")]
    [InlineData("Crowds gather in the square. Photo: Jane Doe", "Crowds gather in the square.", "Jane Doe")]
    [InlineData("Crowds gather in the square. Credit: City Archive", "Crowds gather in the square.", "City Archive")]
    [InlineData("Crowds gather in the square. Jane Doe/Reuters", "Crowds gather in the square.", "Jane Doe/Reuters")]
    [InlineData("Crowds gather in the square [File: AP]", "Crowds gather in the square", "AP")]
    public void Read_CaptionWithCreditUnderTitle_SplitsCaptionAndCredit(string captionLine, string caption, string credit)
    {
        var text = $"Headline\n\nFirst paragraph.\n\nIn the square\n{captionLine}\n\nLast paragraph.";

        var layout = PlainTextLayoutReader.Read(text);

        var item = layout.Media.Should().ContainSingle().Subject;
        item.Title!.Text.Should().Be("In the square");
        item.Caption!.Text.Should().Be(caption);
        item.Credit!.Text.Should().Be(credit);
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Read_ParagraphEndingInPlainBrackets_IsNotMedia()
    {
        const string text = "Headline\n\nThe mayor said the plan would stay as it was for a while (for now)\n\nThe last paragraph of the story [sic]";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Media.Should().BeEmpty();
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }
}
