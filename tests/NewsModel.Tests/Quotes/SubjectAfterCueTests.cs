namespace NewsModel.Tests.Quotes;

/// <summary>
/// The subject after a reporting verb ("…,” said Robby Mook): titles between an organisation and
/// the name, and a described person ("the 46-year-old"), are part of it; a question closing a
/// nested quote still takes the attribution after it.
/// </summary>
public sealed class SubjectAfterCueTests
{
    [Theory]
    [InlineData("“This is simple,” said Clinton campaign manager Robby Mook in a statement.", "Robby Mook")]
    [InlineData("“We will win,” said White House press secretary Josh Earnest.", "Josh Earnest")]
    public void Read_TitleOfSeveralWordsBetweenAnOrganisationAndTheName_IsPartOfTheSubject(string text, string speaker)
    {
        var article = QuoteTestKit.Read("The vote was close on Monday.", text);

        article.SpeakerName(article.Quotes.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Fact]
    public void Read_DescribedPersonWithAnAge_IsTheSubject()
    {
        var article = QuoteTestKit.Read("The vote was close on Monday.", "“He is an amazing leader,” said the 46-year-old.");

        article.SpeakerWords(article.Quotes.Should().ContainSingle().Subject).Should().Be("the 46-year-old");
    }

    [Fact]
    public void Read_QuestionClosingANestedQuote_TakesTheAttributionAfterIt()
    {
        var article = QuoteTestKit.Read("The vote was close on Monday.", "“They asked me, ‘What can I do?’” Weaver said.");

        article.SpeakerWords(article.Quotes.Should().ContainSingle().Subject).Should().Be("Weaver");
    }
}
