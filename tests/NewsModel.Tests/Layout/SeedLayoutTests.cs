using NewsModel.Layout;

using NodaTime;

namespace NewsModel.Tests.Layout;

public class SeedLayoutTests
{
    private readonly string text = LayoutTestKit.ReadSeed();

    [Fact]
    public void Read_Seed_FindsHeadlineAndStandfirst()
    {
        var layout = PlainTextLayoutReader.Read(this.text);

        layout.Headline!.Text.Should().Be("Skipping UNGA, Putin and Maduro hold talks in Russia");
        layout.Standfirst!.Text.Should().StartWith("Venezuelan president heads to Moscow").And.EndWith("political crisis.");
    }

    [Fact]
    public void Read_Seed_FindsMediaWithTitleCaptionAndCredit()
    {
        var layout = PlainTextLayoutReader.Read(this.text);

        var item = layout.Media.Should().ContainSingle().Subject;
        item.Title!.Text.Should().Be("Maduro and Putin");
        item.Caption!.Text.Should().Be("While no major deals are expected a Kremlin spokesman said the \"implementation of joint projects\" will be on the agenda");
        item.Credit!.Text.Should().Be("Getty Images");
        this.text.Substring(item.Credit.Span.Start - 7, item.Credit.Span.Length + 8).Should().Be("[File: Getty Images]");
    }

    [Fact]
    public void Read_Seed_FindsTwoSectionsWithElevenAndEightParagraphs()
    {
        var layout = PlainTextLayoutReader.Read(this.text);

        layout.Sections.Should().HaveCount(2);
        var first = layout.Sections[0];
        var second = layout.Sections[1];
        first.Heading.Should().BeNull();
        first.Paragraphs.Should().HaveCount(11);
        first.Paragraphs[0].Span.Slice(this.text).Should().StartWith("Leaders from around the world");
        first.Paragraphs[^1].Span.Slice(this.text).Should().StartWith("Maduro has accused");
        second.Heading!.Text.Should().Be("Special relationship");
        // The human reading says 7, but the file holds 8 blank-line-separated paragraphs between
        // the subheading and the source line ("Russia has been ...", "It has agreed ...", "Over
        // the summer ...", "Russia has also ...", "Meanwhile ...", "Earlier in September ...",
        // "She also said ...", "“How can we talk ..."): the reading's count is a miscount.
        second.Paragraphs.Should().HaveCount(8);
        second.Paragraphs[0].Span.Slice(this.text).Should().StartWith("Russia\u00A0has been a key ally");
        second.Paragraphs[^1].Span.Slice(this.text).Should().StartWith("“How can we talk");
    }

    [Fact]
    public void Read_Seed_TakesClosingSourceLineAsSourceNotParagraph()
    {
        var layout = PlainTextLayoutReader.Read(this.text);

        layout.Source!.Text.Should().Be("Al Jazeera");
        layout.Source.Span.End.Should().Be(this.text.Length, "the file has no final newline");
        LayoutTestKit.ParagraphTexts(this.text, layout).Should().NotContain(p => p.StartsWith("Source:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Seed_HasNoBylineNoDatelineAndWellFormedSpans()
    {
        var layout = PlainTextLayoutReader.Read(this.text);

        layout.Bylines.Should().BeEmpty();
        layout.Dateline.Should().BeNull();
        LayoutTestKit.ShouldBeWellFormed(this.text, layout);
    }

    [Fact]
    public void Read_SeedThroughPipeline_AppliesLayoutAndKeepsCallerDate()
    {
        var article = NewsPipeline.Default.Read(this.text, new ReadOptions { Published = new LocalDate(2019, 9, 25) });

        article.Text.Should().Be(this.text);
        article.Published.Should().Be(new LocalDate(2019, 9, 25));
        article.Headline!.Text.Should().Be("Skipping UNGA, Putin and Maduro hold talks in Russia");
        article.Paragraphs.Should().HaveCount(19);
        article.Source!.Text.Should().Be("Al Jazeera");
        article.Media.Should().ContainSingle();
    }

    [Fact]
    public void Read_SeedThroughPipeline_SplitsQuoteEndingInCommaAsOneSentence()
    {
        var article = NewsPipeline.Default.Read(this.text);
        var sentences = article.Sentences.Select(s => s.Span.Slice(this.text)).ToList();

        sentences[0].Should().Be("Skipping UNGA, Putin and Maduro hold talks in Russia");
        sentences.Should().Contain("“No doubt we support the dialogue that you, Mr President, and your government are having with the opposition forces,” Putin said.");
        sentences.Should().Contain(s => s.StartsWith("While no major deals are expected", StringComparison.Ordinal));
        article.Sentences.Select(s => s.Span.Start).Should().BeInAscendingOrder();
    }
}
