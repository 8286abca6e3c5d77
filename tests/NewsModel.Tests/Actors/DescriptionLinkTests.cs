using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class DescriptionLinkTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static IEnumerable<string> MentionsOf(Article article, string name)
        => article.Actors.Where(a => a.Name == name).SelectMany(a => a.Mentions).Select(m => m.Text);

    [Fact]
    public void Read_GatheringDescriptionAfterAnAssembly_IsAMentionOfIt()
    {
        var article = Read("Leaders went to New York for the United Nations General Assembly on Monday.", "Having skipped the annual diplomatic gathering, the two presidents met in Moscow.");

        MentionsOf(article, "United Nations General Assembly").Should().Contain("the annual diplomatic gathering");
    }

    [Fact]
    public void Read_GatheringDescriptionWithNoAssemblyBefore_IsNoMention()
    {
        var article = Read("The United Nations said the plan would fail.", "Later the annual diplomatic gathering opened in Geneva.");

        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Text).Should().NotContain("the annual diplomatic gathering");
    }

    [Fact]
    public void Read_NameWithAndWithoutCapitalisedArticle_IsOneActor()
    {
        var article = Read("The plan was attacked by the Church of Scientology on Monday.", "Critics called it \"An insurgency against The Church of Scientology\" later.");

        article.Actors.Count(a => a.Name.EndsWith("Church of Scientology", StringComparison.Ordinal)).Should().Be(1);
        article.Actors.Single(a => a.Name.EndsWith("Church of Scientology", StringComparison.Ordinal)).Name.Should().Be("Church of Scientology");
    }

    [Theory]
    [InlineData("The site was attacked at 10:00 GMT on Monday.", "GMT")]
    [InlineData("He said it would never happen UNLESS they paid.", "UNLESS")]
    public void Read_AcronymThatIsNoName_IsNoActor(string sentence, string word)
    {
        var article = Read(sentence);

        article.Actors.Should().NotContain(a => a.Name == word);
    }

    [Fact]
    public void Read_TitleInsideACapitalisedRun_StartsThePersonsName()
    {
        var article = Read("Critics included Labour's Shadow Home Secretary Yvette Cooper on Monday.");

        var cooper = article.Actors.Single(a => a.Name == "Yvette Cooper");
        cooper.Kind.Should().Be(ActorKind.Person);
        cooper.Mentions.Select(m => m.Text).Should().Equal("Labour's Shadow Home Secretary", "Yvette Cooper");
    }

    [Fact]
    public void Read_TitleWithOfAtSentenceStart_IsATitleBeforeAName()
    {
        var article = Read("Minister of Education Stefania Giannini said the schools would pay.");

        var giannini = article.Actors.Single(a => a.Name == "Stefania Giannini");
        giannini.Roles.Should().Contain("minister of education");
    }
    [Fact]
    public void Read_CountrysLeader_IsItsOnePersonInOffice()
    {
        var article = NewsPipeline.Default.Read("Talks end\n\nIsraeli Prime Minister Benjamin Netanyahu met Turkish President Recep Tayyip Erdogan on Monday.\n\nThe Turkish leader said the talks were useful.\n");

        var erdogan = article.Actors.Single(a => a.Name == "Recep Tayyip Erdogan");
        erdogan.Mentions.Select(m => m.Text).Should().Contain("The Turkish leader");
        article.Quotes.Should().ContainSingle(q => q.Text.Contains("useful", StringComparison.Ordinal)).Which.Speaker.Should().Be(erdogan.Id);
    }

    [Fact]
    public void Read_CountrysLeaderWithTwoPeopleInOffice_StaysUnlinked()
    {
        var article = NewsPipeline.Default.Read("Talks end\n\nTurkish President Recep Tayyip Erdogan and Turkish Foreign Minister Mevlut Cavusoglu arrived on Monday.\n\nThe Turkish leader said the talks were useful.\n");

        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Text).Should().NotContain("The Turkish leader");
    }
    [Fact]
    public void Read_OrganisationNounAfterThe_IsTheOrganisationLastNamedWithIt()
    {
        var article = Read("The Russian Foreign Ministry criticised the plan on Monday. The ministry said the sanctions were illegal.");

        var ministry = article.Actors.Single(a => a.Name == "Russian Foreign Ministry");
        ministry.Mentions.Select(m => m.Text).Should().Contain("The ministry");
        article.Quotes.Should().ContainSingle().Which.Speaker.Should().Be(ministry.Id);
    }

    [Theory]
    [InlineData("The Democratic Party met in Denver on Monday. The party leader spoke for an hour.")]
    [InlineData("The Democratic Party met in Denver on Monday. Rain fell. Traffic slowed. Shops closed. Then the party began.")]
    public void Read_OrganisationNounInALongerNounOrFarFromTheName_StaysUnlinked(string sentence)
        => MentionsOf(Read(sentence), "Democratic Party").Should().ContainSingle();
    [Fact]
    public void Read_PersonsOffice_IsAnOrganisationOfThePersonThatSpeaks()
    {
        var article = Read("Israeli Prime Minister Benjamin Netanyahu met the envoy on Monday.", "Mr Netanyahu's office confirmed the agreement. The office said talks would continue.");

        var netanyahu = article.Actors.Single(a => a.Name == "Benjamin Netanyahu");
        var office = article.Actors.Single(a => a.Kind == ActorKind.Organization && a.Affiliation == netanyahu.Id);
        office.Mentions.Select(m => m.Text).Should().Equal("Mr Netanyahu's office", "The office");
        article.Quotes.Should().ContainSingle(q => q.Text.Contains("talks", StringComparison.Ordinal)).Which.Speaker.Should().Be(office.Id);
    }
}
