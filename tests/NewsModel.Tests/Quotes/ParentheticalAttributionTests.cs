namespace NewsModel.Tests.Quotes;

/// <summary>
/// An attribution set off by commas inside or before a reported clause gives the clause as its
/// quote: "Once there, investigators said, Salinas beat …", "Walsh said, he fashioned …".
/// </summary>
public sealed class ParentheticalAttributionTests
{
    [Fact]
    public void Read_AttributionInsideTheClauseBeforeAName_GivesTheWholeClause()
    {
        var article = QuoteTestKit.Read("Once there, investigators said, Salinas beat Cartas to death with a hammer.");

        var quote = article.QuoteWith("Salinas beat Cartas");
        quote.Text.Should().StartWith("Once there");
        article.SpeakerWords(quote).Should().Be("investigators");
    }

    [Fact]
    public void Read_CommaAfterTheCueThenAPronounClause_GivesTheClauseAfterTheComma()
    {
        var article = QuoteTestKit.Read("Tom Walsh reached the beach first. Walsh said, he fashioned a tourniquet from a towel and held it until help came.");

        var quote = article.QuoteWith("he fashioned a tourniquet");
        quote.Text.Should().StartWith("he fashioned");
        article.SpeakerName(quote).Should().Be("Tom Walsh");
    }

    [Fact]
    public void Read_AttributionInsideTheClauseBeforeAPronoun_KeepsTheClausesOpening()
    {
        var article = QuoteTestKit.Read("Back then, Ms. Ripert said, she found the firm very quiet.");

        article.QuoteWith("she found the firm").Text.Should().StartWith("Back then");
    }

    [Fact]
    public void Read_CommaAfterTheCueThenAList_IsNoQuote()
    {
        // No clause follows the comma: nothing was reported.
        var article = QuoteTestKit.Read("Smith said, in a low voice and slowly, nothing at all.");

        article.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Read_AttributionAfterAnOpeningPhraseOfAPreposition_GivesTheWholeClause()
    {
        // The reported clause opens with "After the vote": the clause after the attribution is what
        // makes it one.
        var article = QuoteTestKit.Read("Smith spoke on Monday.", "After the vote, Smith said, the party will choose a new leader.");

        var quote = article.QuoteWith("the party will choose a new leader");
        quote.Text.Should().StartWith("After the vote");
        article.SpeakerWords(quote).Should().Be("Smith");
    }
}
