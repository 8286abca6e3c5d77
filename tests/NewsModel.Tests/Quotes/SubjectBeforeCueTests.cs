namespace NewsModel.Tests.Quotes;

/// <summary>
/// The subject before a reporting verb: the words between it and the verb that are no part of it
/// (adverbs, negated auxiliaries, asides between commas) are passed over, and a verb is never
/// taken for the subject.
/// </summary>
public sealed class SubjectBeforeCueTests
{
    [Theory]
    [InlineData("Paul Ryan has long said that he will support the party's nominee.", "Paul Ryan")]
    [InlineData("Ted Nordhaus vigorously argued that the plan would fail.", "Ted Nordhaus")]
    [InlineData("Eric Schneiderman isn’t saying if the foundation broke any laws.", "Eric Schneiderman")]
    [InlineData("Senate aides later said the remark was not based on the talks.", "Senate aides")]
    public void Read_WordsBetweenSubjectAndCue_ArePassedOver(string text, string subject)
    {
        var article = QuoteTestKit.Read(text);

        article.SpeakerWords(article.Quotes.Should().ContainSingle().Subject).Should().Be(subject);
    }

    [Theory]
    [InlineData("Hillary Clinton, during a town hall meeting in Columbus, Ohio, said that the economy was improving.", "Hillary Clinton")]
    [InlineData("Donald Trump, speaking at a rally in Wilmington, N.C., warned that the judges would be chosen by his rival.", "Donald Trump")]
    [InlineData("Cory James, 22, of Flint, Mich., said he had not given up hope.", "Cory James")]
    public void Read_AsideBetweenCommas_GivesTheSubjectBeforeIt(string text, string speaker)
    {
        var article = QuoteTestKit.Read(text);

        article.SpeakerName(article.Quotes.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Fact]
    public void Read_AppositiveAfterAPreposition_StillNamesItsHolder()
    {
        // No subject comes before "One of his advisers": the name between the commas speaks.
        var article = QuoteTestKit.Read("Sanders held a rally. One of his advisers, Tad Devine, told reporters that the campaign would go on.");

        article.SpeakerName(article.QuoteWith("the campaign would go on")).Should().Be("Tad Devine");
    }

    [Fact]
    public void Read_VerbBeforeTheCue_IsNoSubject()
    {
        // "don't" is no one: without a subject before it the sentence reports nothing.
        var article = QuoteTestKit.Read("The candidates' plans don't hold out much hope for families.");

        article.Quotes.Select(q => article.SpeakerWords(q)).Should().NotContain(w => w != null && w.Contains("don't", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of lying.", "Bernie Sanders")]
    [InlineData("Jeb Bush in a Medium post said he would put more conservatives on the court.", "Jeb Bush")]
    public void Read_PhraseOfAPrepositionBeforeOrAfterTheSubject_IsNotTheSpeaker(string text, string speaker)
    {
        var article = QuoteTestKit.Read(text);

        article.SpeakerName(article.Quotes.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Fact]
    public void Read_CommonNounBeforeAPrepositionalName_StaysTheSubject()
    {
        // "Supporters" speak, not the Trump the phrase after them names.
        var article = QuoteTestKit.Read("Supporters of Republican Donald Trump for president said they would march on Sunday.");

        article.SpeakerName(article.Quotes.Should().ContainSingle().Subject).Should().NotBe("Donald Trump");
    }

    [Theory]
    [InlineData("“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.", "Morgan")]
    [InlineData("“The plan is sound,” Paul Krugman of the New York Times wrote.", "Paul Krugman")]
    public void Read_NameOfANamedBodyBeforeTheCue_IsTheSpeaker(string text, string speaker)
    {
        var article = QuoteTestKit.Read(text);

        article.SpeakerName(article.Quotes.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Theory]
    [InlineData("In a Facebook message posted Friday, Cruz said he had areas of disagreement with the leader.", "posted")]
    [InlineData("In a statement announcing the pick, the union called the senator a champion of workers.", "announcing")]
    public void Read_ParticipleInsideAnOpeningPhrase_IsNoCue(string text, string participle)
    {
        var article = QuoteTestKit.Read(text);

        article.Quotes.Select(q => q.Cue?.Text).Should().NotContain(participle);
    }

    [Fact]
    public void Read_VerbOfAClauseAfterAnOpeningPhrase_IsStillACue()
    {
        // "it" is the subject of its own verb: a clause, not a phrase.
        var article = QuoteTestKit.Read("At the bottom it reads, “You can further support the cause.”");

        article.Quotes.Should().ContainSingle().Which.Cue!.Text.Should().Be("reads");
    }

    [Theory]
    [InlineData("“We will appeal the ruling,” a spokesman for the company said.", "a spokesman for the company")]
    [InlineData("“We will appeal the ruling,” officials at the agency said.", "officials at the agency")]
    [InlineData("“We will appeal the ruling”, a spokesman for the company said.", "a spokesman for the company")]
    public void Read_HeadAndItsPrepositionalPhraseAfterAQuote_AreTheSubject(string text, string subject)
    {
        var article = QuoteTestKit.Read("The court ruled on Monday.", text);

        article.SpeakerWords(article.QuoteWith("We will appeal")).Should().Be(subject);
    }

    [Fact]
    public void Read_ClauseJoinedOnWithItsOwnSubjectAndCue_IsAQuoteOfItsOwn()
    {
        var article = QuoteTestKit.Read("Smith praised the plan that the reforms were complete, and rights groups warned that the ministry was moving too fast.");

        article.SpeakerWords(article.QuoteWith("the ministry was moving too fast")).Should().Be("rights groups");
        article.Quotes.Select(q => q.Text).Should().NotContain(t => t.Contains("reforms", StringComparison.Ordinal) && t.Contains("ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ClauseJoinedOnWithAPronounSubject_StaysInTheFirstQuote()
    {
        // "but she said" goes on with the same speaker.
        var article = QuoteTestKit.Read("Jones said the vote was close, but she said the party would win.");

        article.QuoteWith("the vote was close").Text.Should().Contain("the party would win");
    }
}
