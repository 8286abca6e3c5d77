using NewsModel.Model;

namespace NewsModel.Tests.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void Read_QuoteThenSpeakerAndVerb_IsDirectWithSpeaker()
    {
        var article = QuoteTestKit.Read("“We will not give up,” John Smith said.");

        var quote = article.QuoteWith("We will not give up");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Be("We will not give up,");
        quote.Cue!.Text.Should().Be("said");
        article.SpeakerName(quote).Should().Be("John Smith");
    }

    [Fact]
    public void Read_QuoteThenVerbAndSpeaker_IsDirectWithInvertedSpeaker()
    {
        var article = QuoteTestKit.Read("“The gap is too wide,” said Maria Lopez, a strategist in Nevada.");

        var quote = article.QuoteWith("The gap is too wide");
        quote.Kind.Should().Be(QuoteKind.Direct);
        article.SpeakerWords(quote).Should().Be("Maria Lopez");
    }

    [Fact]
    public void Read_SpeakerVerbColonQuote_IsDirect()
    {
        var article = QuoteTestKit.Read("Mary Jones said: “The plan failed.”");

        var quote = article.QuoteWith("The plan failed.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        article.SpeakerName(quote).Should().Be("Mary Jones");
    }

    [Fact]
    public void Read_SaidWithThatlessClause_IsIndirect()
    {
        var article = QuoteTestKit.Read("Kremlin spokesman Dmitry Peskov said the talks will be on the agenda.");

        var quote = article.QuoteWith("the talks will be on the agenda");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        quote.Text.Should().Be("the talks will be on the agenda");
        article.SpeakerName(quote).Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void Read_CueWithAuxiliary_KeepsTheSpeaker()
    {
        var article = QuoteTestKit.Read("Nicolas Maduro has said his agenda included meetings with business groups.");

        var quote = article.QuoteWith("his agenda included meetings");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        article.SpeakerName(quote).Should().Be("Nicolas Maduro");
    }

    [Fact]
    public void Read_PronounSpeaker_ResolvesToThePersonBefore()
    {
        var article = QuoteTestKit.Read(
            "Maria Zakharova spoke in Moscow on Monday.",
            "She also said the US actions were not helping.");

        var quote = article.QuoteWith("the US actions were not helping");
        article.SpeakerWords(quote).Should().Be("She");
        article.SpeakerName(quote).Should().Be("Maria Zakharova");
    }

    [Fact]
    public void Read_AppositiveBetweenSpeakerAndVerb_SpeakerIsTheName()
    {
        var article = QuoteTestKit.Read("Dmitry Peskov, the Kremlin spokesman, said the meeting went well.");

        var quote = article.QuoteWith("the meeting went well");
        article.SpeakerName(quote).Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void Read_AccordingToBefore_IsIndirectFromTheSource()
    {
        var article = QuoteTestKit.Read("According to the Financial Times, Rosneft was the sole supplier of petrol in June.");

        var quote = article.QuoteWith("Rosneft was the sole supplier");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        quote.Cue!.Text.Should().Be("According to");
        article.SpeakerName(quote).Should().Be("Financial Times");
    }

    [Fact]
    public void Read_AccordingToAfter_IsIndirectFromTheSource()
    {
        var article = QuoteTestKit.Read("Rosneft was the sole supplier of petrol in June, according to the Financial Times.");

        var quote = article.QuoteWith("Rosneft was the sole supplier");
        article.SpeakerName(quote).Should().Be("Financial Times");
    }

    [Fact]
    public void Read_ReportedSpeechCarryingQuotedWords_IsMixed()
    {
        var article = QuoteTestKit.Read("Maria Zakharova called on all states “with influence” to “refrain from unilateral steps”.");

        var quote = article.QuoteWith("all states");
        quote.Kind.Should().Be(QuoteKind.Mixed);
        quote.Cue!.Text.Should().Be("called on");
        article.SpeakerName(quote).Should().Be("Maria Zakharova");
    }

    [Fact]
    public void Read_ParagraphThatIsOnlyAQuote_ContinuesThePreviousSpeaker()
    {
        var article = QuoteTestKit.Read(
            "“No doubt we support the dialogue,” Vladimir Putin said.",
            "“We believe that any refusal to have dialogue is irrational.”");

        var quote = article.QuoteWith("We believe that any refusal");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Cue.Should().BeNull();
        article.SpeakerName(quote).Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Read_QuoteResumedAfterItsAttribution_IsOneQuote()
    {
        var article = QuoteTestKit.Read("“The gap is too wide,” said Maria Lopez. “She needs to exceed expectations.”");

        var quote = article.QuoteWith("The gap is too wide");
        quote.Text.Should().EndWith("She needs to exceed expectations.");
        article.Quotes.Should().ContainSingle();
    }

    [Fact]
    public void Read_QuoteLeftOpenAcrossParagraphs_IsOneQuote()
    {
        var article = QuoteTestKit.Read(
            "Mary Jones said: “The first thing we must do is win.",
            "“The second thing is to stay united.”");

        var quote = article.QuoteWith("The first thing");
        quote.Text.Should().Contain("stay united");
        article.SpeakerName(quote).Should().Be("Mary Jones");
    }

    [Fact]
    public void Read_FragmentEchoingALaterQuote_IsPartialOfThatSpeaker()
    {
        var article = QuoteTestKit.Read(
            "Vladimir Putin stressed his support for the government and for talks between the two camps and the “opposition forces”.",
            "“We support the dialogue with the opposition forces,” Putin said.");

        var quote = article.Quotes.Single(q => q.Kind == QuoteKind.Partial);
        quote.Text.Should().Be("opposition forces");
        article.SpeakerName(quote).Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Read_TitleInQuoteMarks_IsNotAQuote()
    {
        var article = QuoteTestKit.Read("He watched “Saturday Night Live” with his family.");

        article.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Read_FirstPersonInsideTheQuote_IsNeverTheSpeaker()
    {
        var article = QuoteTestKit.Read("“I will go to Moscow,” John Smith said.");

        var quote = article.QuoteWith("I will go to Moscow");
        article.SpeakerWords(quote).Should().Be("John Smith");
    }

    [Fact]
    public void Read_TellWithObject_ContentFollowsTheObject()
    {
        var article = QuoteTestKit.Read("John Smith told reporters that the plan had failed.");

        var quote = article.QuoteWith("the plan had failed");
        quote.Text.Should().Be("the plan had failed");
        quote.Cue!.Text.Should().Be("told reporters");
    }

    [Fact]
    public void Read_VerbWithAPlainObject_IsNotAQuote()
    {
        var article = QuoteTestKit.Read("Putin and Maduro hold talks in Moscow.", "Russia has rejected US criticism over its ties with Venezuela.");

        article.Quotes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The race now moves to Western states this week that the senator is counting on winning.", "state")]
    [InlineData("Voters in the four early states that cast ballots last month said little.", "state")]
    [InlineData("Local and state party officials said nothing about the plan.", "state")]
    [InlineData("One reason the plan failed is that the council never funded it.", "reason")]
    [InlineData("There are three reasons the mayor should worry about the vote.", "reason")]
    [InlineData("Unlike most other candidates, whose appeal to union voters rarely extends beyond trade, Ruiz has a plan.", "appeal")]
    [InlineData("The mayor was under fire on Monday about recent comments he made regarding the river.", "comments")]
    [InlineData("His introductory remarks were so subdued that the hall went quiet.", "remarks")]
    [InlineData("As the “Clean River” campaign continues to grow, the council has hired two more engineers.", "continu")]
    [InlineData("Maria Lopez, a former contestant on the reality show “The Big Bake,” opened a bakery in May.", "show")]
    [InlineData("He is also a judge on the TV show \"Market Day.\" The bakery opened in May.", "show")]
    [InlineData("The council paid for a short film called “River Days” on the local channel.", "called")]
    [InlineData("Critics oppose a pricing formula called the “fair rate” that would raise bills.", "called")]
    [InlineData("The hacker known as “Blue Fox” was extradited to the United States in 2014.", "known")]
    [InlineData("Many of the courses are known as “goat farms” among players.", "known")]
    public void Read_ReportingWordThatReportsNothingHere_IsNoCue(string text, string cue)
    {
        // Nouns ("swing states", "one reason", "the reality show “...”"), names ("a film called “...”",
        // "known as “...”") and "continue to" with a verb that reports nothing.
        var article = QuoteTestKit.Read(text);

        article.Quotes.Should().NotContain(q => q.Cue != null && q.Cue.Text.StartsWith(cue, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Read_ReasonedAsAVerb_IsStillACue()
    {
        var article = QuoteTestKit.Read("Judge Ana Ruiz reasoned that the law was clear.");

        article.QuoteWith("the law was clear").Cue!.Text.Should().Be("reasoned");
    }

    [Theory]
    [InlineData("The ruling came from a 2006 case. It states that courts should not act so close to a vote.", "courts should not act so close to a vote")]
    [InlineData("The memo was sent on Monday. The document states that the fund will close in May.", "the fund will close in May")]
    public void Read_StatesAfterAPronounOrADocument_IsACue(string text, string content)
    {
        var article = QuoteTestKit.Read(text);

        article.QuoteWith(content).Cue!.Text.Should().Be("states");
    }

    [Fact]
    public void Read_ContinueToAReportingVerb_IsStillAQuote()
    {
        var article = QuoteTestKit.Read("Mayor Tom Reyes continued to insist that the deal was fair.");

        article.SpeakerName(article.QuoteWith("the deal was fair")).Should().Be("Tom Reyes");
    }

    [Fact]
    public void Read_PersonCalledSomethingAWord_IsStillMixed()
    {
        var article = QuoteTestKit.Read("Mayor Tom Reyes called the plan “reckless” on Monday.");

        article.SpeakerName(article.QuoteWith("reckless")).Should().Be("Tom Reyes");
    }

    [Fact]
    public void Read_ParticipleCueAfterAPluralPossessive_TakesTheSubjectOfItsClause()
    {
        // The apostrophe of "Sanders’" is a single quote mark, not the end of a quotation.
        var article = QuoteTestKit.Read("Karen Weaver did not seem impressed with Sanders’ plan Tuesday, telling reporters, “The governor should step down.”");

        article.SpeakerName(article.QuoteWith("The governor should step down.")).Should().Be("Karen Weaver");
    }

    [Fact]
    public void Read_ParticipleCue_TakesTheSubjectOfItsClause()
    {
        var article = QuoteTestKit.Read("Venezuela has been in crisis since January, when opposition leader Juan Guaido declared himself interim president, arguing the election was illegitimate.");

        var quote = article.QuoteWith("the election was illegitimate");
        quote.Cue!.Text.Should().Be("arguing");
        article.SpeakerName(quote).Should().Be("Juan Guaido");
    }

    [Fact]
    public void Read_SpeakerWithTimeBeforeTheVerb_SkipsTheTime()
    {
        var article = QuoteTestKit.Read("Mary Jones on Tuesday said the vote would be close.");

        var quote = article.QuoteWith("the vote would be close");
        article.SpeakerWords(quote).Should().Be("Mary Jones");
    }

    [Fact]
    public void Read_QuoteIds_AreInTextOrder()
    {
        var article = QuoteTestKit.Read("“One,” John Smith said.", "“Two,” Mary Jones said.");

        article.Quotes.Select(q => q.Id.Value).Should().Equal("q1", "q2");
        article.Quotes[0].Span.Start.Should().BeLessThan(article.Quotes[1].Span.Start);
    }

    [Fact]
    public void Read_EverySpan_MatchesItsText()
    {
        var article = QuoteTestKit.Read("“The gap is too wide,” said Maria Lopez. “She needs more.”", "According to the Financial Times, Rosneft was the supplier.");

        foreach (var quote in article.Quotes)
        {
            article.Slice(quote.Span).Should().Be(quote.Text);
            if (quote.Cue is { } cue)
            {
                article.Slice(cue.Span).Should().Be(cue.Text);
            }
        }
    }
}

public class QuoteAddresseeTests
{
    [Fact]
    public void Read_VocativeTitleInAQuote_IsTheAddressee()
    {
        var article = QuoteTestKit.Read(
            "Vladimir Putin met Nicolas Maduro in Moscow.",
            "“No doubt we support the dialogue that you, Mr President, and your government are having,” Putin said.");

        var quote = article.QuoteWith("No doubt we support");
        article.Actors.Single(a => a.Id == quote.Addressee).Name.Should().Be("Nicolas Maduro");
        article.Actors.Single(a => a.Name == "Nicolas Maduro").Mentions.Select(m => m.Text).Should().Contain("Mr President");
    }

    [Fact]
    public void Read_ManyVocativesToOnePerson_EachIsAMentionInSpanOrder()
    {
        var paragraphs = new List<string> { "Vladimir Putin met Nicolas Maduro in Moscow." };
        for (var i = 0; i < 40; i++)
        {
            paragraphs.Add($"“We hear you, Mr President, on point {i + 1},” Putin said.");
        }

        var article = QuoteTestKit.Read([.. paragraphs]);

        var maduro = article.Actors.Single(a => a.Name == "Nicolas Maduro");
        article.Quotes.Should().HaveCount(40).And.OnlyContain(q => q.Addressee == maduro.Id);
        maduro.Mentions.Where(m => m.Text == "Mr President").Should().HaveCount(40);
        maduro.Mentions.Select(m => m.Span).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Read_QuoteWithoutVocative_HasNoAddressee()
    {
        var article = QuoteTestKit.Read("Vladimir Putin met Nicolas Maduro.", "“We support the dialogue,” Putin said.");

        article.QuoteWith("We support the dialogue").Addressee.Should().BeNull();
    }
}

public class QuoteClauseTests
{
    [Fact]
    public void Read_ThatOpeningARelativeClause_IsNotReportedSpeech()
    {
        var article = QuoteTestKit.Read("Officials argued over the emails that were not marked as sensitive when they were sent.");

        article.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Read_ParentheticalAttribution_ReportsTheWholeClause()
    {
        var article = QuoteTestKit.Read("Loyalty, he noted, has long been a core tenet of the party.");

        var quote = article.QuoteWith("Loyalty");
        quote.Kind.Should().Be(QuoteKind.Indirect);
        quote.Text.Should().EndWith("core tenet of the party");
        article.SpeakerWords(quote).Should().Be("he");
    }

    [Fact]
    public void Read_ExclaimedQuoteThenAttributionSentence_IsAttributed()
    {
        var article = QuoteTestKit.Read("“That is a false equivalency!” Bill Maher replied.");

        article.SpeakerWords(article.QuoteWith("That is a false equivalency!")).Should().Be("Bill Maher");
    }

    [Fact]
    public void Read_PassiveCue_HasNoSpeaker()
    {
        var article = QuoteTestKit.Read("No major deals are expected at the meeting in Moscow.");

        article.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Read_QuantifierSubject_IsTheSpeaker()
    {
        var article = QuoteTestKit.Read("Most said they were “very worried.”");

        article.SpeakerWords(article.QuoteWith("very worried")).Should().Be("Most");
    }
}

public class QuoteWordsOfTheSubjectTests
{
    [Fact]
    public void Read_QuotedWordsAfterAnUnknownVerb_AreTheSubjectsWords()
    {
        var article = QuoteTestKit.Read("Donald Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly”.");

        var quote = article.QuoteWith("doesn’t treat me properly");
        quote.Kind.Should().Be(QuoteKind.Mixed);
        article.SpeakerWords(quote).Should().Be("Donald Trump");
    }

    [Fact]
    public void Read_QuotedWordsAfterAnObjectOfAPreposition_HaveNoSpeaker()
    {
        var article = QuoteTestKit.Read("In the town hall, the crowd of voters waved signs about the “rigged economy” all night.");

        article.Quotes.Should().BeEmpty();
    }
}
