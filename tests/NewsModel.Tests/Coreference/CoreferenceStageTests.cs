using NewsModel.Coreference;
using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Quotes;

namespace NewsModel.Tests.Coreference;

/// <summary>
/// The coreference stage alone, on articles whose actors and quotes are given: what a quote's
/// speaker decides about the pronouns in and around the quote.
/// </summary>
public class CoreferenceStageTests
{
    [Fact]
    public void Process_FirstPersonInQuotedWords_LinksThemToTheSpeaker()
    {
        var (article, smith) = ArticleWith("Smith said: \"I think my team won.\"", "Smith", ActorKind.Person, QuoteKind.Direct, "I think my team won.");

        var result = Run(article);

        Pronouns(result, smith).Should().Equal("I", "my");
    }

    [Fact]
    public void Process_SplitQuote_LinksOnlyTheQuotedWords()
    {
        // The narrator's "me" in the attribution between the two parts is not the speaker.
        const string Text = "\"I won,\" Smith told me. \"My team played well.\"";
        var (article, smith) = ArticleWith(Text, "Smith", ActorKind.Person, QuoteKind.Direct, "I won,\" Smith told me. \"My team played well.");

        var result = Run(article);

        Pronouns(result, smith).Should().Equal("I", "My");
    }

    [Fact]
    public void Process_SpeakerGivenByAPronounJustAfterTheName_LinksTheFirstPersonSingular()
    {
        var (article, smith) = ArticleWith("Smith arrived. He said: \"I think my team won.\"", "Smith", ActorKind.Person, QuoteKind.Direct, "I think my team won.", speakerWords: "He");

        var result = Run(article);

        Pronouns(result, smith).Should().Equal("I", "my");
    }

    [Fact]
    public void Process_SpeakerGivenByAPronounWithAnotherPersonNamedBetween_LinksNothing()
    {
        // "He" was resolved by recency between Smith and Jones: a wrong guess would carry into
        // every pronoun of the quote.
        const string Text = "Smith met Jones. He said: \"I think my team won.\"";
        var smith = new Actor(new ActorId("smith"), "Smith", ActorKind.Person) { Mentions = [new Mention("Smith", new TextSpan(0, 5))] };
        var jones = new Actor(new ActorId("jones"), "Jones", ActorKind.Person) { Mentions = [new Mention("Jones", new TextSpan(10, 5))] };
        var article = new Article(new ArticleId("test"), Text)
        {
            Actors = [smith, jones],
            Quotes = [QuoteOver(Text, QuoteKind.Direct, "I think my team won.", smith.Id, "He")],
        };

        var result = Run(article);

        Pronouns(result, smith).Should().BeEmpty();
        Pronouns(result, jones).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Smith arrived. \"Jones is right, I think,\" he said.", true)]
    [InlineData("\"Smith is right, I think,\" he said.", false)]
    public void Process_SpeakerGivenByAPronoun_CountsNoNameInsideTheQuote(string text, bool linked)
    {
        // A name inside the quote is neither the speaker named before nor another person between.
        var smithAt = text.IndexOf("Smith", StringComparison.Ordinal);
        var jonesAt = text.IndexOf("Jones", StringComparison.Ordinal);
        var smith = new Actor(new ActorId("smith"), "Smith", ActorKind.Person) { Mentions = [new Mention("Smith", new TextSpan(smithAt, 5))] };
        var jones = new Actor(new ActorId("jones"), "Jones", ActorKind.Person) { Mentions = jonesAt < 0 ? [] : [new Mention("Jones", new TextSpan(jonesAt, 5))] };
        var quoted = text[(text.IndexOf('"', StringComparison.Ordinal) + 1)..text.IndexOf(",\"", StringComparison.Ordinal)];
        var article = new Article(new ArticleId("test"), text)
        {
            Actors = [smith, jones],
            Quotes = [QuoteOver(text, QuoteKind.Direct, quoted, smith.Id, "he")],
        };

        var result = Run(article);

        Pronouns(result, smith).Should().Equal(linked ? ["I"] : []);
    }

    [Fact]
    public void Process_SpeakerGivenByAPronoun_LeavesThePluralFirstPersonUnlinked()
    {
        var (article, acme) = ArticleWith("Acme reported losses. It said: \"We regret the delay.\"", "Acme", ActorKind.Organization, QuoteKind.Direct, "We regret the delay.", speakerWords: "It");

        var result = Run(article);

        Pronouns(result, acme).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The rally drew Senator Ted Cruz of Texas, who says, \"We will win.\"", "who", "Ted Cruz")]
    [InlineData("The story ran in the Daily Post, which said the \"talks failed.\"", "which", "Daily Post")]
    public void Process_RelativePronounAttribution_GivesTheActorBeforeTheComma(string text, string relative, string speaker)
    {
        var texas = new Actor(new ActorId("texas"), "Texas", ActorKind.Place) { Mentions = MentionsOf(text, "Texas") };
        var named = new Actor(new ActorId("named"), speaker, relative == "who" ? ActorKind.Person : ActorKind.Organization) { Mentions = MentionsOf(text, speaker) };
        var quoted = text[(text.IndexOf('"', StringComparison.Ordinal) + 1)..text.LastIndexOf('"')];
        var article = new Article(new ArticleId("test"), text)
        {
            Actors = [texas, named],
            Quotes = [QuoteOver(text, QuoteKind.Direct, quoted, default, relative) with { Speaker = null }],
        };

        var result = Run(article);

        result.Quotes.Single().Speaker.Should().Be(named.Id);
    }

    [Fact]
    public void Process_RelativePronounOfAPlaceOnly_GivesNoSpeaker()
    {
        const string Text = "They flew to Texas, which says \"nothing is settled.\"";
        var texas = new Actor(new ActorId("texas"), "Texas", ActorKind.Place) { Mentions = MentionsOf(Text, "Texas") };
        var article = new Article(new ArticleId("test"), Text)
        {
            Actors = [texas],
            Quotes = [QuoteOver(Text, QuoteKind.Direct, "nothing is settled.", default, "which") with { Speaker = null }],
        };

        var result = Run(article);

        result.Quotes.Single().Speaker.Should().BeNull();
    }

    [Fact]
    public void Process_OrganisationSpeakerSaysI_LinksNothing()
    {
        // An organisation's "I" is its spokesperson's, not the organisation's.
        var (article, acme) = ArticleWith("Acme said: \"I regret the delay.\"", "Acme", ActorKind.Organization, QuoteKind.Direct, "I regret the delay.");

        var result = Run(article);

        Pronouns(result, acme).Should().BeEmpty();
    }

    [Fact]
    public void Process_PluralFirstPersonOfAnOrganisation_LinksItToTheOrganisation()
    {
        var (article, acme) = ArticleWith("Acme said: \"We regret the delay and our customers know it.\"", "Acme", ActorKind.Organization, QuoteKind.Direct, "We regret the delay and our customers know it.");

        var result = Run(article);

        Pronouns(result, acme).Should().Equal("We", "our");
    }

    [Theory]
    [InlineData(ActorKind.Organization, true)]
    [InlineData(ActorKind.Group, true)]
    [InlineData(ActorKind.Country, false)]
    public void Process_PluralFirstPersonOfAPerson_LinksItToThePersonsSideOnlyWhenThatIsAnOrganisationOrGroup(ActorKind sideKind, bool linked)
    {
        const string Text = "Acme's Smith said: \"We won.\"";
        var side = new Actor(new ActorId("acme"), "Acme", sideKind) { Mentions = [new Mention("Acme", new TextSpan(0, 4))] };
        var smith = new Actor(new ActorId("smith"), "Smith", ActorKind.Person) { Affiliation = side.Id, Mentions = [new Mention("Smith", new TextSpan(7, 5))] };
        var article = new Article(new ArticleId("test"), Text)
        {
            Actors = [side, smith],
            Quotes = [QuoteOver(Text, QuoteKind.Direct, "We won.", smith.Id, "Smith")],
        };

        var result = Run(article);

        Pronouns(result, side).Should().Equal(linked ? ["We"] : []);
        Pronouns(result, smith).Should().BeEmpty();
    }

    [Fact]
    public void Process_UpperCaseUsInQuotedWords_IsNotThePluralFirstPerson()
    {
        var (article, acme) = ArticleWith("Acme said: \"The US market is slow.\"", "Acme", ActorKind.Organization, QuoteKind.Direct, "The US market is slow.");

        var result = Run(article);

        Pronouns(result, acme).Should().BeEmpty();
    }

    [Fact]
    public void Process_ThirdPersonInQuotedWordsLinkedToTheSpeaker_IsUnlinked()
    {
        const string Text = "Smith said: \"He never called me.\"";
        var start = Text.IndexOf("He", StringComparison.Ordinal);
        var smith = new Actor(new ActorId("smith"), "Smith", ActorKind.Person)
        {
            Mentions = [new Mention("Smith", new TextSpan(0, 5)), new Mention("He", new TextSpan(start, 2), MentionKind.Pronoun)],
        };
        var article = new Article(new ArticleId("test"), Text)
        {
            Actors = [smith],
            Quotes = [QuoteOver(Text, QuoteKind.Direct, "He never called me.", smith.Id, "Smith")],
        };

        var result = Run(article);

        Pronouns(result, smith).Should().Equal("me");
    }

    [Theory]
    [InlineData("Mary Jafari said she felt the hashtag helped.", "she", true)]
    [InlineData("Mary Jafari said that she felt the hashtag helped.", "she", true)]
    [InlineData("Mary Jafari said he felt the hashtag helped.", "he", false)]
    [InlineData("Mary Jafari said it is time to act.", "it", false)]
    public void Process_SubjectPronounOpeningAReportedClause_LinksToASpeakerItAgreesWith(string text, string pronoun, bool linked)
    {
        var said = text.IndexOf(" said ", StringComparison.Ordinal) + " said ".Length;
        var jafari = new Actor(new ActorId("mary-jafari"), "Mary Jafari", ActorKind.Person) { Mentions = [new Mention("Mary Jafari", new TextSpan(0, 11))] };
        var article = new Article(new ArticleId("test"), text)
        {
            Actors = [jafari],
            Quotes = [new Quote(new QuoteId("q1"), QuoteKind.Indirect, text[said..^1], TextSpan.FromBounds(said, text.Length - 1)) { Speaker = jafari.Id, SpeakerMention = new TextSpan(0, 11) }],
        };

        var result = Run(article);

        Pronouns(result, jafari).Should().Equal(linked ? [pronoun] : []);
    }

    [Fact]
    public void Process_ReportedSubjectLinkedToAnotherActor_KeepsThatLink()
    {
        const string Text = "Smith said he would sue Jones.";
        var he = new TextSpan(Text.IndexOf(" he ", StringComparison.Ordinal) + 1, 2);
        var smith = new Actor(new ActorId("smith"), "Smith", ActorKind.Person) { Mentions = [new Mention("Smith", new TextSpan(0, 5))] };
        var jones = new Actor(new ActorId("jones"), "Jones", ActorKind.Person) { Mentions = [new Mention("he", he, MentionKind.Pronoun), new Mention("Jones", new TextSpan(24, 5))] };
        var article = new Article(new ArticleId("test"), Text)
        {
            Actors = [smith, jones],
            Quotes = [new Quote(new QuoteId("q1"), QuoteKind.Indirect, "he would sue Jones", TextSpan.FromBounds(he.Start, Text.Length - 1)) { Speaker = smith.Id, SpeakerMention = new TextSpan(0, 5) }],
        };

        var result = Run(article);

        Pronouns(result, smith).Should().BeEmpty();
        Pronouns(result, jones).Should().Equal("he");
    }

    [Fact]
    public void Process_NothingToLink_ReturnsTheSameArticle()
    {
        var (article, _) = ArticleWith("Smith said: \"The talks failed.\"", "Smith", ActorKind.Person, QuoteKind.Direct, "The talks failed.");

        Run(article).Should().BeSameAs(article);
    }

    [Theory]
    [InlineData("Police said the suspect had fled.", "Police", "Police")]
    [InlineData("Some critics say the deal is weak.", "Some critics", "critics")]
    [InlineData("Russian investigators believe the fire was set.", "Russian investigators", "Russian investigators")]
    public void Process_QuoteOfUnnamedPeople_GetsThemAsAGroupSpeaker(string text, string attribution, string name)
    {
        var said = text.IndexOf(' ', attribution.Length) + 1;
        var article = new Article(new ArticleId("test"), text)
        {
            Quotes = [new Quote(new QuoteId("q1"), QuoteKind.Indirect, text[said..^1], TextSpan.FromBounds(said, text.Length - 1)) { SpeakerMention = new TextSpan(0, attribution.Length) }],
            Actors = [new Actor(new ActorId("someone"), "Someone", ActorKind.Person) { Mentions = [] }],
        };

        var result = Run(article);

        var group = result.Actors.Should().ContainSingle(a => a.Kind == ActorKind.Group).Subject;
        group.Name.Should().Be(name);
        group.Mentions.Should().ContainSingle().Which.Text.Should().Be(attribution);
        result.Quotes[0].Speaker.Should().Be(group.Id);
    }

    [Theory]
    [InlineData("The report said the suspect had fled.", "The report")]
    [InlineData("Police in Paris said the suspect had fled.", "Police in Paris")]
    public void Process_QuoteOfSomethingElse_GetsNoGroup(string text, string attribution)
    {
        var said = text.IndexOf(" said ", StringComparison.Ordinal) + " said ".Length;
        var article = new Article(new ArticleId("test"), text)
        {
            Quotes = [new Quote(new QuoteId("q1"), QuoteKind.Indirect, text[said..^1], TextSpan.FromBounds(said, text.Length - 1)) { SpeakerMention = new TextSpan(0, attribution.Length) }],
            Actors = [new Actor(new ActorId("someone"), "Someone", ActorKind.Person) { Mentions = [] }],
        };

        var result = Run(article);

        result.Actors.Should().NotContain(a => a.Kind == ActorKind.Group);
        result.Quotes[0].Speaker.Should().BeNull();
    }

    [Fact]
    public void Read_TwoQuotesOfPolice_HaveOneGroupSpeaker()
    {
        var article = NewsPipeline.Default.Read("Suspect flees\n\nPolice said the suspect had fled on Monday. Police said on Tuesday that he was armed.\n");

        var police = article.Actors.Should().ContainSingle(a => a.Name == "Police").Subject;
        police.Kind.Should().Be(ActorKind.Group);
        article.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker == police.Id);
    }

    [Fact]
    public void Read_TwoQuotesSharingAnAttributionOfPolice_BothHaveThePolice()
    {
        var article = NewsPipeline.Default.Read("Search goes on\n\n\"We are looking,\" police said, adding that they would find him.\n");

        var police = article.Actors.Should().ContainSingle(a => a.Kind == ActorKind.Group).Subject;
        article.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker == police.Id);
        police.Mentions.Select(m => m.Text).Should().Contain("We");
    }

    [Fact]
    public void Read_AttributionThatIsAnOrganisationsMention_GivesThatOrganisationAsSpeaker()
    {
        var article = NewsPipeline.Default.Read("Talks\n\nIsraeli Prime Minister Benjamin Netanyahu met envoys on Monday.\n\nMr Netanyahu's office said talks would continue.\n");

        var office = article.Actors.Single(a => a.Name.EndsWith("office", StringComparison.Ordinal));
        article.Quotes.Should().ContainSingle().Which.Speaker.Should().Be(office.Id);
    }

    [Fact]
    public void UseDefaults_CoreferenceStage_RunsAfterTheQuoteStage()
    {
        var stages = new NewsPipelineBuilder().UseDefaults().Stages.ToList();

        var quotes = stages.FindIndex(s => s is QuoteStage);
        var coreference = stages.FindIndex(s => s is CoreferenceStage);

        coreference.Should().Be(quotes + 1);
    }

    [Fact]
    public void Read_QuoteOfANamedPerson_GivesThePersonTheFirstPersonOfTheQuote()
    {
        var article = NewsPipeline.Default.Read("Talks end\n\nThe coach Hernan Gomez said: \"I think my players learned a lot today.\"\n");

        var gomez = article.Actors.Single(a => a.Name == "Hernan Gomez");
        gomez.Mentions.Where(m => m.Kind == MentionKind.Pronoun).Select(m => m.Text).Should().Equal("I", "my");
    }

    private static Article Run(Article article) => new CoreferenceStage().Process(article, new ExtractionContext(ReadOptions.Default));

    private static IEnumerable<string> Pronouns(Article article, Actor actor)
        => article.Actors.Single(a => a.Id == actor.Id).Mentions.Where(m => m.Kind == MentionKind.Pronoun).Select(m => m.Text);

    // An article of one actor named at the start of the text and one quote of it.
    private static (Article Article, Actor Actor) ArticleWith(string text, string name, ActorKind kind, QuoteKind quoteKind, string quoted, string? speakerWords = null)
    {
        var nameAt = text.IndexOf(name, StringComparison.Ordinal);
        var actor = new Actor(new ActorId(name.ToLowerInvariant()), name, kind) { Mentions = [new Mention(name, new TextSpan(nameAt, name.Length))] };
        var article = new Article(new ArticleId("test"), text)
        {
            Actors = [actor],
            Quotes = [QuoteOver(text, quoteKind, quoted, actor.Id, speakerWords ?? name)],
        };
        return (article, actor);
    }

    private static EquatableArray<Mention> MentionsOf(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return at < 0 ? [] : [new Mention(name, new TextSpan(at, name.Length))];
    }

    private static Quote QuoteOver(string text, QuoteKind kind, string quoted, ActorId speaker, string speakerWords)
    {
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        var speakerAt = text.IndexOf(speakerWords, StringComparison.Ordinal);
        return new Quote(new QuoteId("q1"), kind, quoted, new TextSpan(start, quoted.Length))
        {
            Speaker = speaker,
            SpeakerMention = new TextSpan(speakerAt, speakerWords.Length),
        };
    }
}
