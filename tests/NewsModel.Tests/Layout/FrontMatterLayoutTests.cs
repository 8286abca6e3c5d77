using NewsModel.Layout;

using NodaTime;

namespace NewsModel.Tests.Layout;

public class FrontMatterLayoutTests
{
    [Fact]
    public void Read_FrontMatterWithScalarsAndList_ReadsKeysAsSegments()
    {
        const string text = "---\npublished: 2019-09-25T10:30:00Z\nurl: https://example.org/a\nbylines:\n  - Jane Doe\n  - \"John Roe\"\nsource: Example News\nflavour: ignored\n---\nTalks begin\n\nTalks began today.\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Published.Should().Be(new LocalDate(2019, 9, 25));
        layout.Url.Should().Be("https://example.org/a");
        layout.Bylines.Select(b => b.Text).Should().Equal("Jane Doe", "John Roe");
        layout.Source!.Text.Should().Be("Example News");
        layout.Headline!.Text.Should().Be("Talks begin");
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("Talks began today.");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Read_FrontMatterTitleNotRepeatedInBody_TitleIsHeadlineAndBodyIsParagraphs()
    {
        const string text = "---\ntitle: 'Talks begin'\nauthor: [Jane Doe, John Roe]\npublished: 2019-09-25\n---\nTalks began today in the capital.\n\nThey ended late.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Headline!.Text.Should().Be("Talks begin");
        layout.Headline.Span.Slice(text).Should().Be("Talks begin");
        layout.Bylines.Select(b => b.Text).Should().Equal("Jane Doe", "John Roe");
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }

    [Fact]
    public void Read_FrontMatterWithCrLf_BodyStartsAfterClosingLine()
    {
        const string text = "---\r\ndate: 2020-01-02\r\n---\r\nTalks begin\r\n\r\nTalks began today.\r\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Published.Should().Be(new LocalDate(2020, 1, 2));
        layout.Headline!.Text.Should().Be("Talks begin");
    }

    [Theory]
    [InlineData("---\npublished: not a date\n: no key\n  nested: map\n---\nTalks begin\n\nTalks began today.")]
    [InlineData("---\npublished: 2019-13-45\n---\nTalks begin\n\nTalks began today.")]
    public void Read_BrokenValues_AreIgnored(string text)
    {
        var layout = PlainTextLayoutReader.Read(text);

        layout.Published.Should().BeNull();
        layout.Headline!.Text.Should().Be("Talks begin");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Read_UnclosedFrontMatter_IsReadAsText()
    {
        const string text = "---\npublished: 2019-09-25\nTalks begin\n\nTalks began today.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Published.Should().BeNull();
        LayoutTestKit.ParagraphTexts(text, layout).Should().Contain("Talks began today.");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Read_FrontMatterDateThroughPipeline_CallerDateWins()
    {
        const string text = "---\npublished: 2019-09-25\n---\nTalks begin\n\nTalks began today.";

        NewsPipeline.Default.Read(text).Published.Should().Be(new LocalDate(2019, 9, 25));
        NewsPipeline.Default.Read(text, new ReadOptions { Published = new LocalDate(2020, 1, 1) })
            .Published.Should().Be(new LocalDate(2020, 1, 1));
    }
}
