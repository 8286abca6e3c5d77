using NewsModel.Model;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// A quote split around its attribution is one direct quote whose parts are the quoted words on
/// each side: the attribution between them is no part of what was said.
/// </summary>
public sealed class SplitQuoteTests
{
    private static IEnumerable<string> PartsOf(Article article, Quote quote) => quote.Parts.Select(p => article.Slice(p));

    [Fact]
    public void Read_QuoteResumingAfterItsAttributionInOneSentence_HasTwoParts()
    {
        var article = QuoteTestKit.Read("“We will win,” Smith said, “and we will do it soon.”");

        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        PartsOf(article, quote).Should().Equal("We will win,", "and we will do it soon.");
        article.SpeakerWords(quote).Should().Be("Smith");
    }

    [Fact]
    public void Read_QuoteGoingOnInTheNextSentence_HasTwoParts()
    {
        var article = QuoteTestKit.Read("\"He is a great coach and I respect his opinion,\" Holtz said. \"I love him as a person.\"");

        var quote = article.Quotes.Should().ContainSingle().Subject;
        PartsOf(article, quote).Should().Equal("He is a great coach and I respect his opinion,", "I love him as a person.");
        quote.Parts.Should().OnlyContain(p => quote.Span.Contains(p));
    }

    [Fact]
    public void Read_QuoteInOnePiece_HasNoParts()
    {
        var article = QuoteTestKit.Read("“We will win and we will do it soon,” Smith said.");

        article.Quotes.Should().ContainSingle().Which.Parts.Should().BeEmpty();
    }

    [Fact]
    public void Read_QuoteOverTwoParagraphs_HasAPartInEach()
    {
        // The first paragraph's mark is left open, as news does when a quote goes on.
        var article = QuoteTestKit.Read("“We will win,” Smith said. “The first half was hard.", "“The second half was better.”");

        var quote = article.QuoteWith("The first half");
        PartsOf(article, quote).Should().Equal("We will win,", "The first half was hard.", "The second half was better.");
    }

    [Fact]
    public void Read_QuoteLeftOpenThenAttributedInTheNextParagraph_IsOneQuoteOfThatSpeaker()
    {
        var article = QuoteTestKit.Read("“It is over,” Jones said.", "“The first half was hard.", "“The second half was better,” Lee said.");

        var quote = article.QuoteWith("The first half");
        PartsOf(article, quote).Should().Equal("The first half was hard.", "The second half was better,");
        article.SpeakerName(quote).Should().Be("Lee");
        article.Quotes.Should().HaveCount(2);
    }

    [Fact]
    public void Read_ExcerptParagraphOpenedWithAnotherMark_IsNotJoinedToTheQuoteAfter()
    {
        // Straight marks open each paragraph of an excerpt; the curly quote after is someone's own.
        var article = QuoteTestKit.Read("\"The hearing was closed to the public on Monday afternoon.", "“It was a long day,” King said.");

        article.SpeakerWords(article.QuoteWith("It was a long day")).Should().Be("King");
        article.QuoteWith("It was a long day").Parts.Should().BeEmpty();
    }

    [Fact]
    public void Read_HonorificInTheAttributionBetweenParts_IsNoAddressee()
    {
        // "Mr. Trump" stands in the writer's words between the parts, not in the quote.
        var article = QuoteTestKit.Read("Mr. Trump spoke first.", "“We will win,” Ms. Boxer said of Mr. Trump, “and we will do it soon.”");

        article.QuoteWith("We will win").Addressee.Should().BeNull();
    }
}
