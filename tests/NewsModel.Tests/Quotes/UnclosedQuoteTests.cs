using NewsModel.Model;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// A quotation mark that is opened and never closed: inside a sentence it quotes that sentence's
/// words only; at a paragraph's start it runs on to the paragraph's end, as a quote that goes on.
/// </summary>
public sealed class UnclosedQuoteTests
{
    [Fact]
    public void Read_MarkOpenedInsideASentenceAndNeverClosed_EndsWithTheSentence()
    {
        var article = QuoteTestKit.Read("The mayor called it “a disaster for the city. The council met later. Its members said the budget was sound.");

        article.QuoteWith("a disaster for the city").Text.Should().NotContain("council");
        article.QuoteWith("the budget was sound").Kind.Should().Be(QuoteKind.Indirect);
    }

    [Fact]
    public void Read_MarkOpeningAParagraphAndNeverClosed_RunsToItsEnd()
    {
        var article = QuoteTestKit.Read("Smith spoke to reporters on Monday.", "“We will win the vote. The first half was hard. The second half was better.");

        article.QuoteWith("We will win the vote").Text.Should().EndWith("The second half was better.");
    }
}
