using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class NameBoundaryTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static IEnumerable<string> Names(Article article) => article.Actors.Select(a => a.Name);

    [Fact]
    public void Read_CreditLabelAfterCaption_IsNoPartOfAName()
    {
        var article = Read("Black Widow and Captain America Image: Nick Moreau.");

        Names(article).Should().NotContain(n => n.Contains("Image", StringComparison.Ordinal));
        Names(article).Should().Contain("Nick Moreau");
    }

    [Fact]
    public void Read_HashtagBeforeAName_IsNoPartOfIt()
    {
        var article = Read("Thousands used #StandWithAhmed on Tuesday. The campaign #JusticeForAhmed Mohamed grew.");

        Names(article).Should().NotContain(n => n.Contains("Ahmed", StringComparison.Ordinal));
        Names(article).Should().Contain("Mohamed");
    }

    [Theory]
    [InlineData("The talks were led by Christopher Hill, who said on Monday that progress was slow.")]
    [InlineData("On Monday, Christopher Hill told reporters that the talks were slow.")]
    public void Read_GivenNameAndPlaceWordTheTaggerReadsAsPerson_IsAPerson(string sentence)
        => Read(sentence).Actors.Should().ContainSingle(a => a.Name == "Christopher Hill").Which.Kind.Should().Be(ActorKind.Person);

    [Theory]
    [InlineData("Belgium attacked early, with Dries Vanholtema and Jens Okorie making attempts on goal.", "Dries Vanholtema")]
    [InlineData("The goalkeeper was beaten when Dries Vanholtema shot from the edge of the box.", "Dries Vanholtema")]
    public void Read_UnknownNameWhoseFirstWordReadsAsAVerb_IsAPerson(string sentence, string name)
        => Read(sentence).Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Person);

    [Theory]
    [InlineData("Schools across the state marked National Magic Month with shows on Monday.")]
    [InlineData("She trained for the Paralympic Games for four years.")]
    [InlineData("The probe, called Spacecraft Stardust by its makers, flew past the comet.")]
    public void Read_CapitalisedThingTheTaggerSeesNoNameIn_IsNoPerson(string sentence)
        => Read(sentence).Actors.Should().NotContain(a => a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Wikinews interviews Robert Sarvis, nominee for Governor of Virginia Saturday, October 19, 2013")]
    [InlineData("Aid reached Kestria Monday after the storm.")]
    public void Read_WeekdayAfterAName_IsNoPartOfIt(string sentence)
    {
        var article = Read(sentence);

        Names(article).Should().NotContain(n => n.EndsWith("day", StringComparison.Ordinal));
        article.Actors.SelectMany(a => a.Mentions).Should().NotContain(m => m.Text.EndsWith("day", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She played for the Australia women's national team for six years.", "Australia")]
    [InlineData("He joined the Canada men's squad in May.", "Canada")]
    public void Read_PlaceBeforeAPossessiveNoun_TakesNoArticle(string sentence, string place)
        => Read(sentence).Actors.Single(a => a.Name == place).Mentions.Select(m => m.Text).Should().Equal(place);

    [Theory]
    [InlineData("Leaders met Muslims and Christians in the city on Monday.", "Muslims")]
    [InlineData("The policy angered Catholics across the region.", "Catholics")]
    public void Read_PeopleNamedByTheirFaith_AreAGroup(string sentence, string name)
        => Read(sentence).Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Group);

    [Theory]
    [InlineData("The Brenford Council on Water Rights said on Monday that the dam was unsafe.", "Brenford Council on Water Rights")]
    [InlineData("A report by the Halvard Society for the Study of Rivers was published on Monday.", "Halvard Society for the Study of Rivers")]
    public void Read_OrganisationHeadWordThenOnOrForThe_GoesOnWithTheName(string sentence, string name)
        => Read(sentence).Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Organization);

    [Theory]
    [InlineData("Lamar Smith chairs the House of Representatives Committee on Science, Space and Technology.")]
    [InlineData("Graham told CBS News on Super Tuesday that he was done.")]
    [InlineData("He spoke to CSP Business Media on Nov. 14 and left.")]
    [InlineData("The figures came from HuffPollster for Monday, the site said.")]
    public void Read_OrganisationBeforeOnOrForAndATime_KeepsItsNameAlone(string sentence)
    {
        var names = Names(Read(sentence)).ToList();

        names.Should().NotContain(n => n.StartsWith("on ", StringComparison.Ordinal) || n.EndsWith(" for", StringComparison.Ordinal)
            || n.Contains("Nov", StringComparison.Ordinal) || n.Contains("Super", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TitleWordUsedAsAVerbAfterTo_IsNoPartOfTheRole()
    {
        var article = Read("Thousands crowded the square to witness city mayor Hau Lung-bin open the festival.");

        article.Actors.Single(a => a.Name == "Hau Lung-bin").Mentions.Select(m => m.Text).Should().Equal("city mayor Hau Lung-bin");
    }

    [Fact]
    public void Read_TitleWordThatIsNeverAVerb_StaysInTheRole()
    {
        var article = Read("Control of the campaign had been ceded to adviser Tomas Halvard.");

        article.Actors.Single(a => a.Name == "Tomas Halvard").Mentions.Select(m => m.Text).Should().Equal("adviser Tomas Halvard");
    }

    [Fact]
    public void Read_InitialsBeforeANameWhereTheTaggerReadsAPlace_AreAPerson()
        => Read("The letter went to R.J. Ostberg near the river.").Actors.Should().ContainSingle(a => a.Name == "R.J. Ostberg").Which.Kind.Should().Be(ActorKind.Person);

    [Fact]
    public void Read_NameAfterAKnownOneBeforeAWeekday_IsStillRead()
        => Read("Apple CEO Tim Cook Monday unveiled the new phone.").Actors.Should().ContainSingle(a => a.Name == "Tim Cook").Which.Kind.Should().Be(ActorKind.Person);

    [Fact]
    public void Read_OrganisationWhoseFieldIsATitle_IsWhole()
        => Names(Read("He works for the Office of the Inspector General in the city.")).Should().Contain("Office of the Inspector General");

    [Fact]
    public void Read_OrganisationWithItsFieldBeforeAWeekday_IsWhole()
        => Names(Read("The Brenford Council on Water Rights Monday said the dam was unsafe.")).Should().Contain("Brenford Council on Water Rights");

    [Fact]
    public void Read_OrganisationWithItsFieldThenATitleAndAName_GivesThePersonTheRole()
    {
        var article = Read("The Committee on Foreign Affairs Chairman Ed Royce spoke on Monday.");

        article.Actors.Should().ContainSingle(a => a.Name == "Ed Royce").Which.Roles.Should().ContainSingle(r => r.Equals("chairman", StringComparison.OrdinalIgnoreCase));
        Names(article).Should().Contain("Committee on Foreign Affairs");
    }

    [Fact]
    public void Read_TimeOfDayAfterANumber_IsNoPerson()
        => Read("The debate starts at 9 P.M. Eastern time.").Actors.Should().NotContain(a => a.Kind == ActorKind.Person);

    [Fact]
    public void Read_CountryAbbreviationWithoutItsLastStop_IsNoPerson()
        => Read("Talks between Gorbachev and the U.S government went on.").Actors.Should().NotContain(a => a.Kind == ActorKind.Person && a.Name.StartsWith('U'));

    [Fact]
    public void Read_LettersAgainstADollarSign_AreACurrencyNoCountry()
    {
        var article = Read("He was released on US$ 20,000 bail and paid HK$5,000 in fees. The US said nothing.");

        article.Actors.Should().ContainSingle(a => a.Name == "United States").Which.Mentions.Select(m => m.Text).Should().Equal("The US");
        Names(article).Should().NotContain("Hong Kong");
    }

    [Fact]
    public void Read_AcronymTheTaggerSeesNoNameIn_IsNoOrganisation()
    {
        var article = Read("Sales of VR headsets rose in May, and shops said VR games sold well. Analysts expect the VR market to double.");

        Names(article).Should().NotContain("VR");
    }

    [Fact]
    public void Read_UnknownAcronymThatActs_IsAnOrganisation()
    {
        var article = Read("The KLMR said on Monday that it would appeal the ruling. A spokesman for the KLMR declined to comment.");

        article.Actors.Should().ContainSingle(a => a.Name == "KLMR").Which.Kind.Should().Be(ActorKind.Organization);
    }

    [Theory]
    [InlineData("Protesters gathered on Capitol Hill on Monday.")]
    [InlineData("The festival in Notting Hill drew thousands on Monday.")]
    public void Read_PlaceWithAPlaceWord_IsNoPerson(string sentence)
        => Read(sentence).Actors.Should().NotContain(a => a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Robert Sarvis, the nominee for Governor of Virginia, answered five questions.", "Virginia")]
    [InlineData("The talks with the President of France ended on Monday.", "France")]
    [InlineData("She met the Minister for Health on Tuesday.", null)]
    public void Read_TitleOfJurisdiction_IsNoPersonsName(string sentence, string? jurisdiction)
    {
        var article = Read(sentence);

        article.Actors.Should().NotContain(a => a.Kind == ActorKind.Person && (a.Name.StartsWith("of ", StringComparison.Ordinal) || a.Name.StartsWith("for ", StringComparison.Ordinal) || a.Name == jurisdiction));
        if (jurisdiction is not null)
        {
            article.Actors.Should().Contain(a => a.Name == jurisdiction && a.Kind != ActorKind.Person);
        }
    }

    [Theory]
    [InlineData("Writing in a blog, Matthew Ingram of The Globe said so.", "Matthew Ingram")]
    [InlineData("Lydia Buchtmann for Food Standards Australia said the plan worked.", "Lydia Buchtmann")]
    public void Read_GivenNameAndSurnameBeforeOfOrFor_IsAPersonApart(string sentence, string person)
    {
        var article = Read(sentence);

        article.Actors.Single(a => a.Name == person).Kind.Should().Be(ActorKind.Person);
    }

    [Theory]
    [InlineData("The Centers for Disease Control and Prevention said the water was safe.", "Centers for Disease Control and Prevention", "The Centers for Disease Control and Prevention")]
    [InlineData("The Bureau of Alcohol, Tobacco, Firearms and Explosives said it was investigating.", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "The Bureau of Alcohol, Tobacco, Firearms and Explosives")]
    public void Read_KnownOrganisationWithAndOrCommas_IsOneNameAndTheSpeaker(string sentence, string name, string mention)
    {
        var article = Read(sentence);

        var organisation = article.Actors.Should().ContainSingle(a => a.Kind == ActorKind.Organization).Subject;
        organisation.Name.Should().Be(name);
        organisation.Mentions.Select(m => m.Text).Should().Equal(mention);
        var quote = article.Quotes.Should().ContainSingle().Subject;
        quote.Speaker.Should().Be(organisation.Id);
        article.Text.Substring(quote.SpeakerMention!.Value.Start, quote.SpeakerMention.Value.Length).Should().Be(mention);
    }

    [Fact]
    public void Read_NamesJoinedByAnd_StayTwoActors()
    {
        // Only a name the lexicon knows goes on over "and".
        var article = Read("Maria Lopez and Tom Reyes said the talks would resume.");

        Names(article).Should().Contain(["Maria Lopez", "Tom Reyes"]);
    }

    [Fact]
    public void Read_OrganisationOfSomewhere_StaysOneName()
    {
        var article = Read("Officials of the Bank of England said rates would rise.");

        Names(article).Should().Contain("Bank of England");
    }

    [Fact]
    public void Read_OrganisationThenPersonInOneRun_AreTwoActors()
    {
        var article = Read("After the leak, the CEO of the Refugee Council Enver Solomon said it was wrong.");

        article.Actors.Single(a => a.Name == "Enver Solomon").Kind.Should().Be(ActorKind.Person);
        article.Actors.Single(a => a.Name == "Refugee Council").Kind.Should().Be(ActorKind.Organization);
    }

    [Fact]
    public void Read_OrganisationWithGenericNoun_MentionIsTheWholePhrase()
    {
        var article = Read("The Sea Org requires members to sign a contract.", "He left the Sea Org group in 2010.");

        article.Actors.Single(a => a.Name == "Sea Org").Mentions.Select(m => m.Text).Should().Contain("the Sea Org group");
    }

    [Fact]
    public void Read_GroupNamedAfterAnOrganisation_AlsoMentionsTheOrganisation()
    {
        var article = Read("The Church of Scientology said it would appeal.", "Scientology officials went to the station on Monday.");

        article.Actors.Single(a => a.Kind == ActorKind.Group).Mentions.Select(m => m.Text).Should().Contain("Scientology officials");
        article.Actors.Where(a => a.Kind == ActorKind.Organization).SelectMany(a => a.Mentions).Select(m => m.Text).Should().Contain("Scientology");
    }
}
