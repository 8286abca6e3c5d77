using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Tests.Layout;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(span => span.Slice(text))];

    [Fact]
    public void Split_PlainSentences_SplitsAtFullStopQuestionAndExclamation()
    {
        Sentences("It rained. Did it stop? No! Then it snowed.")
            .Should().Equal("It rained.", "Did it stop?", "No!", "Then it snowed.");
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones and Sen. Roe on Sept. 25 at St. Mary's.")]
    [InlineData("Gov. Lee and Gen. Poe met Rep. Doe, Mrs. Day and Ms. Ray.")]
    [InlineData("It cost 3.5 percent more than the 2.75 figure.")]
    [InlineData("John F. Kennedy and J.K. Rowling never met.")]
    [InlineData("He lives at No. 10 and left at 9 a.m. yesterday.")]
    [InlineData("The U.S. Senate and the U.N. Security Council met.")]
    [InlineData("He wants apples, pears, etc. and nothing more.")]
    [InlineData("Acme Inc. Chief Roe spoke.")]
    public void Split_AbbreviationsInitialsAndDecimals_DoNotEndSentence(string text)
    {
        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_MayEndAbbreviationBeforeSentenceOpener_EndsSentence()
    {
        Sentences("He moved to the U.S. The move was hard.")
            .Should().Equal("He moved to the U.S.", "The move was hard.");
    }

    [Fact]
    public void Split_ClosingQuoteAfterFullStop_BelongsToSentenceItCloses()
    {
        Sentences("“We believe it is irrational.” Putin agreed. He said: \"Yes.\" (It was late.) Then he left.")
            .Should().Equal("“We believe it is irrational.”", "Putin agreed.", "He said: \"Yes.\"", "(It was late.)", "Then he left.");
    }

    [Fact]
    public void Split_QuoteEndingWithComma_IsOneSentenceWithItsAttribution()
    {
        const string text = "“No doubt we support the dialogue, Mr President,” Putin said.";

        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_QuoteEndingWithFullStopThenLowerCase_DoesNotSplit()
    {
        const string text = "\"It was the end.\" he said.";

        Sentences(text).Should().Equal(text);
    }

    [Fact]
    public void Split_NextWordLowerCase_DoesNotSplit()
    {
        Sentences("He paused... and then went on. Wait… What?")
            .Should().Equal("He paused... and then went on.", "Wait…", "What?");
    }

    [Fact]
    public void Split_NextWordDigitOrOpeningQuote_Splits()
    {
        Sentences("It ended. 2019 was hard. “Never again,” she said.")
            .Should().Equal("It ended.", "2019 was hard.", "“Never again,” she said.");
    }

    [Fact]
    public void Split_WithinSpan_ReturnsTrimmedSpansInsideIt()
    {
        const string text = "Head\n\n  One. Two.  \n\nTail";
        var within = new TextSpan(6, 14);

        var spans = SentenceSplitter.Split(text, within);

        spans.Select(s => s.Slice(text)).Should().Equal("One.", "Two.");
        spans.Should().OnlyContain(s => within.Contains(s));
    }

    [Fact]
    public void Split_SpanOutsideText_Throws()
    {
        var act = () => SentenceSplitter.Split("short", new TextSpan(2, 10));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Split_BlankText_ReturnsNoSentence(string text)
    {
        SentenceSplitter.Split(text).Should().BeEmpty();
    }
}
