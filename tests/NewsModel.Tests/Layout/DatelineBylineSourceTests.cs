using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class DatelineBylineSourceTests
{
    [Theory]
    [InlineData("MOSCOW (Reuters) - Talks began.", "MOSCOW (Reuters) -", "MOSCOW", "Reuters")]
    [InlineData("WASHINGTON — Talks began.", "WASHINGTON —", "WASHINGTON", null)]
    [InlineData("LONDON, Sept 25 (Reuters) - Talks began.", "LONDON, Sept 25 (Reuters) -", "LONDON", "Reuters")]
    [InlineData("PARIS (AP) — Talks began.", "PARIS (AP) —", "PARIS", "AP")]
    [InlineData("BOCA RATON, Fla. -- Talks began.", "BOCA RATON, Fla. --", "BOCA RATON", null)]
    [InlineData("New York (AFP) – Talks began.", "New York (AFP) –", "New York", "AFP")]
    public void Read_DatelineOpeningBody_FindsPlaceAndAgency(string paragraph, string dateline, string place, string? agency)
    {
        var text = "Talks begin\n\n" + paragraph + "\n\nMore text.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Dateline!.Text.Should().Be(dateline);
        layout.Dateline.Place!.Text.Should().Be(place);
        layout.Dateline.Agency?.Text.Should().Be(agency);
        (layout.Dateline.Agency is null).Should().Be(agency is null);
        LayoutTestKit.ParagraphTexts(text, layout)[0].Should().Be(paragraph, "the paragraph keeps its full span");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Theory]
    [InlineData("Putin – who met Maduro – said little.")]
    [InlineData("The U.S.-led talks began.")]
    public void Read_DashInOrdinarySentence_IsNotDateline(string paragraph)
    {
        var layout = PlainTextLayoutReader.Read("Talks begin\n\n" + paragraph + "\n\nMore text.");

        layout.Dateline.Should().BeNull();
    }

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, Reuters", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, John Roe and Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("By Ursula von der Leyen & Jane Doe", new[] { "Ursula von der Leyen", "Jane Doe" })]
    public void Read_BylineUnderHeadline_OneSegmentPerPersonAndNoParagraph(string line, string[] names)
    {
        var text = "Talks begin\n\n" + line + "\n\nTalks began today.\n\nThey ended late.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Bylines.Select(b => b.Text).Should().Equal(names);
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("Talks began today.", "They ended late.");
        LayoutTestKit.ShouldBeWellFormed(text, layout);
    }

    [Fact]
    public void Read_ParagraphStartingWithBy_IsNotByline()
    {
        const string text = "Talks begin\n\nBy contrast, the talks began early.\n\nThey ended late.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Bylines.Should().BeEmpty();
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Source: Al Jazeera", "Al Jazeera")]
    [InlineData("Source: Al Jazeera, news agencies", "Al Jazeera, news agencies")]
    public void Read_LastLineSource_IsSourceNotParagraph(string line, string source)
    {
        var text = "Talks begin\n\nTalks began today.\n\n" + line + "\n";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Source!.Text.Should().Be(source);
        LayoutTestKit.ParagraphTexts(text, layout).Should().Equal("Talks began today.");
    }

    [Fact]
    public void Read_SourceLineInMiddle_IsParagraph()
    {
        const string text = "Talks begin\n\nSource: a diplomat.\n\nTalks began today.";

        var layout = PlainTextLayoutReader.Read(text);

        layout.Source.Should().BeNull();
        LayoutTestKit.ParagraphTexts(text, layout).Should().HaveCount(2);
    }
}
