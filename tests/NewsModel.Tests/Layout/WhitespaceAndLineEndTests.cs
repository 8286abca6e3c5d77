using System.Text;

using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class WhitespaceAndLineEndTests
{
    [Fact]
    public void Read_CrLfLineEnds_SpansNeverIncludeCarriageReturn()
    {
        const string text = "Talks begin\r\n\r\nTalks began today.\r\n\r\nThey ended late.\r\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Text.Should().Be("Talks begin");
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("Talks began today.", "They ended late.");
    }

    [Fact]
    public void Read_RunsOfBlankAndWhitespaceOnlyLines_CountAsOneBreak()
    {
        const string text = "Talks begin\n\n\n \t \n\u00A0\nTalks began today.\n\n\n\nThey ended late.";

        var layout = PlainTextLayoutReader.Read(text);

        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("Talks began today.", "They ended late.");
    }

    [Fact]
    public void Read_TabsAndNoBreakSpacesAtEnds_AreTrimmed()
    {
        const string text = "\tTalks begin\u00A0\n\n\u00A0 Talks began\u00A0today. \t\n\nSide issues\u00A0\n\nThey ended late.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Text.Should().Be("Talks begin");
        layout.Sections[^1].Heading!.Text.Should().Be("Side issues");
        LayoutTestKit.ParagraphTexts(text, layout)[0].Should().Be("Talks began\u00A0today.");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Parse_Utf8BytesWithBom_HeadlineAndParagraphAreClean()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Talks begin\n\nTalks began today.")).ToArray();

        var article = NewsPipeline.Default.Parse(bytes).Value;

        // Whether or not the decoder strips the byte-order mark, no span may include it.
        article.Headline!.Text.Should().Be("Talks begin");
        article.Slice(article.Headline.Span).Should().Be("Talks begin");
        article.Slice(article.Paragraphs.Single().Span).Should().Be("Talks began today.");
    }

    [Fact]
    public void Read_ZeroWidthNoBreakSpaceAtStart_IsTrimmedFromHeadline()
    {
        const string text = "\uFEFFTalks begin\n\nTalks began today.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Span.Start.Should().Be(1);
        layout.Headline.Text.Should().Be("Talks begin");
    }
}
