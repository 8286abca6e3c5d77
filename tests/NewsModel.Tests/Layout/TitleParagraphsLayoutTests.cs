using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class TitleParagraphsLayoutTests
{
    // Written for this test: the common dataset layout, headline then blank-line paragraphs.
    private const string Text =
        "Council approves new budget for the harbour.\n\n"
        + "The city council voted on Monday to approve a budget for repairs to the old harbour.\n\n"
        + "“We have waited long enough,” said the mayor.\n\n"
        + "\"It is a good day,\" a resident said. Others disagreed.\n\n"
        + "Work starts in May.\n";

    [Fact]
    public void Read_TitleThenParagraphs_FirstParagraphIsBodyNotStandfirst()
    {
        var layout = PlainTextLayoutReader.Read(Text);

        layout.Headline!.Text.Should().Be("Council approves new budget for the harbour.");
        layout.Standfirst.Should().BeNull();
        LayoutTestKit.ParagraphTexts(Text, layout).Should().HaveCount(4)
            .And.StartWith("The city council voted on Monday to approve a budget for repairs to the old harbour.");
    }

    [Fact]
    public void Read_QuoteParagraphs_AreBodyParagraphs()
    {
        var layout = PlainTextLayoutReader.Read(Text);

        var paragraphs = LayoutTestKit.ParagraphTexts(Text, layout);
        paragraphs[1].Should().Be("“We have waited long enough,” said the mayor.");
        paragraphs[2].Should().StartWith("\"It is a good day,\"");
        layout.Sections.Should().ContainSingle().Which.Heading.Should().BeNull();
        LayoutTestKit.ShouldBeWellFormed(Text, layout);
    }

    [Fact]
    public void Read_SubheadingBetweenParagraphs_StartsNewSection()
    {
        const string text = "Title here\n\nFirst paragraph of the body.\n\nWhat comes next\n\nSecond paragraph of the body.\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Sections.Should().HaveCount(2);
        layout.Sections[1].Heading!.Text.Should().Be("What comes next");
        layout.Sections[1].Paragraphs.Should().ContainSingle();
    }

    [Fact]
    public void Read_LongQuestionLineBetweenParagraphs_IsParagraphNotSubheading()
    {
        const string text = "Title here\n\nFirst paragraph of the body.\n\nDid that mean she would vote for him?\n\nShe would not say.\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Sections.Should().ContainSingle();
        LayoutTestKit.ParagraphTexts(text, layout).Should().Contain("Did that mean she would vote for him?");
    }

    [Fact]
    public void Read_HardWrappedParagraph_IsOneParagraphAcrossLines()
    {
        const string text = "Title\n\nThis paragraph was wrapped\nat a fixed width by its editor\nand ends here.\n\nNext one.\n";

        var layout = PlainTextLayoutReader.Read(text);

        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal(
            "This paragraph was wrapped\nat a fixed width by its editor\nand ends here.", "Next one.");
    }

    [Fact]
    public void Read_HeadlineWithDeckLineAttached_TakesDeckAsStandfirst()
    {
        const string text = "Jobs report lifts the mayor;\nA rise in wages could blunt the critics.\n\nThe report cheered the council.\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Text.Should().Be("Jobs report lifts the mayor;");
        layout.Standfirst!.Text.Should().Be("A rise in wages could blunt the critics.");
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("The report cheered the council.");
    }
}
