using System.Diagnostics;

using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class EdgeInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t\u00A0\n")]
    public void Read_EmptyOrWhitespaceText_GivesEmptyLayout(string text)
    {
        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline.Should().BeNull();
        layout.Sections.Should().BeEmpty();
        NewsPipeline.Default.Read(text).Sentences.Should().BeEmpty();
    }

    [Fact]
    public void Read_SingleShortLineWithoutFullStop_IsHeadline()
    {
        var layout = PlainTextLayoutReader.Read("Talks begin");

        layout.Headline!.Text.Should().Be("Talks begin");
        layout.Sections.Should().BeEmpty();
    }

    [Fact]
    public void Read_SingleSentenceLine_IsParagraph()
    {
        const string text = "Talks began today in the capital.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline.Should().BeNull();
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal(text);
    }

    [Fact]
    public void Read_TenMegabyteSingleLine_IsWellFormed()
    {
        // Speed is measured by the benchmarks, not asserted here; this checks the result.
        var text = string.Concat(Enumerable.Repeat("The talks went on. Mr. Roe said 3.5 percent [sic] ", 200_000));

        var article = NewsPipeline.Default.Read(text);
        article.Paragraphs.Should().ContainSingle().Which.Span.Length.Should().Be(text.Length - 1);
        // "[sic]" ends no sentence, so each sentence after the first runs "Mr. Roe ... The talks
        // went on."; the text ends with an unterminated "Mr. Roe said 3.5 percent [sic]".
        article.Sentences.Should().HaveCount(200_001);
        article.Slice(article.Sentences[1].Span).Should().Be("Mr. Roe said 3.5 percent [sic] The talks went on.");
    }

    [Fact]
    public void Read_ManyDashesAndBrackets_DoesNotThrow()
    {
        var text = "---\n" + new string('[', 5000) + "\n\n" + string.Concat(Enumerable.Repeat("A - ", 5000)) + "\n\n(Photo:)";

        var layout = PlainTextLayoutReader.Read(text);

        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }
}
