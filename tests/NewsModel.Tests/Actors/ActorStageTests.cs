using NewsModel.Actors;
using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class ActorStageTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static Actor Named(Article article, string name)
    {
        var actor = article.Actors.FirstOrDefault(a => a.Name == name);
        actor.Should().NotBeNull($"an actor named {name} should be among: {string.Join(", ", article.Actors.Select(a => a.Name))}");
        return actor!;
    }

    [Fact]
    public void Read_FullNameThenSurname_IsOnePersonWithBothMentions()
    {
        var article = Read("Juan Guaido declared himself interim president.", "Guaido has since been backed by dozens of countries.");

        var guaido = Named(article, "Juan Guaido");
        guaido.Kind.Should().Be(ActorKind.Person);
        guaido.Id.Value.Should().Be("juan-guaido");
        guaido.Mentions.Select(m => m.Text).Should().Contain(["Juan Guaido", "Guaido"]);
    }

    [Fact]
    public void Read_CountryAliasAndDemonym_AreOneCountry()
    {
        var article = Read("The US criticised the plan.", "American officials met in the United States.");

        var country = Named(article, "United States");
        country.Kind.Should().Be(ActorKind.Country);
        country.Mentions.Select(m => m.Text).Should().Contain(["The US", "the United States"]);

        // The adjective describes the officials; it is no mention of the country.
        country.Mentions.Select(m => m.Text).Should().NotContain("American");
    }

    [Fact]
    public void Read_CapitalThatActs_IsItsCountry_ElseTheCity()
    {
        var article = Read("Leaders met in Moscow on Wednesday.", "Over the summer, Moscow said it wanted to continue.");

        Named(article, "Moscow").Mentions.Should().ContainSingle();
        Named(article, "Russia").Mentions.Should().ContainSingle(m => m.Kind == MentionKind.Metonym && m.Text == "Moscow");
    }

    [Fact]
    public void Read_TitleBeforeName_IsARoleWithAffiliation()
    {
        var article = Read("Kremlin spokesman Dmitry Peskov said the talks will be on the agenda.");

        var peskov = Named(article, "Dmitry Peskov");
        peskov.Roles.Should().Contain("Kremlin spokesman");
        peskov.Affiliation.Should().Be(Named(article, "Kremlin").Id);
    }

    [Fact]
    public void Read_AppositiveRole_GivesRoleAndOrganisation()
    {
        var article = Read("Earlier in September, Maria Zakharova, spokeswoman for Russia’s foreign ministry, called on all states to refrain.");

        var zakharova = Named(article, "Maria Zakharova");
        zakharova.Roles.Should().Contain("spokeswoman for Russia’s foreign ministry");
        var ministry = article.Actors.Single(a => a.Id == zakharova.Affiliation);
        ministry.Kind.Should().Be(ActorKind.Organization);
        ministry.Mentions.Select(m => m.Text).Should().Contain("Russia’s foreign ministry");
    }

    [Fact]
    public void Read_AcronymAndFullName_AreOneOrganisation()
    {
        var article = Read("Leaders skipped UNGA this year.", "The United Nations General Assembly met in New York.");

        Named(article, "United Nations General Assembly").Mentions.Select(m => m.Text).Should().Contain(["UNGA", "The United Nations General Assembly"]);
    }

    [Fact]
    public void Read_AcronymOfTheCapitalisedWords_JoinsTheNameSkippingSmallWords()
    {
        var article = Read("Delegates walked out of OAUS on Monday.", "The Organization of American Unity Studies met in Lima.");

        Named(article, "Organization of American Unity Studies").Mentions.Select(m => m.Text).Should().Contain("OAUS");
    }

    [Fact]
    public void Read_AcronymOfOnlySomeInitials_StaysItsOwnOrganisation()
    {
        var article = Read("Leaders skipped UNGA this year.", "The United Nations met in New York.");

        Named(article, "United Nations").Mentions.Select(m => m.Text).Should().NotContain("UNGA");
    }

    [Fact]
    public void Read_AnonymousDescription_LinksToTheNamedPersonWithThatRole()
    {
        var article = Read("A Kremlin spokesman said little.", "Later, Kremlin spokesman Dmitry Peskov said more.");

        Named(article, "Dmitry Peskov").Mentions.Select(m => m.Text).Should().Contain("A Kremlin spokesman");
    }

    [Fact]
    public void Read_FemalePronoun_LinksToTheLastWoman()
    {
        var article = Read("Maria Zakharova spoke on Monday.", "She also said the actions were not helping.");

        Named(article, "Maria Zakharova").Mentions.Should().Contain(m => m.Text == "She" && m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void Read_OrganisationHeadWord_MakesAnOrganisation()
    {
        var article = Read("The Venezuelan Oil Company said output fell.");

        Named(article, "Venezuelan Oil Company").Kind.Should().Be(ActorKind.Organization);
    }

    [Fact]
    public void Read_SamePersonInTwoArticles_GetsTheSameId()
    {
        var first = Read("Vladimir Putin met leaders in Moscow.");
        var second = Read("Russian President Vladimir Putin said nothing.");

        Named(first, "Vladimir Putin").Id.Should().Be(Named(second, "Vladimir Putin").Id);
    }

    [Fact]
    public void Read_EveryMention_MatchesItsSpanAndNeverOverlapsAnotherOfItsActor()
    {
        var article = Read("Vladimir Putin met Nicolas Maduro in Moscow.", "Putin said Russia supports Venezuela, and Maduro thanked him.");

        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                article.Slice(mention.Span).Should().Be(mention.Text);
            }

            foreach (var (first, second) in actor.Mentions.Zip(actor.Mentions.Skip(1)))
            {
                first.Span.End.Should().BeLessThanOrEqualTo(second.Span.Start, $"mentions of {actor.Name} must not overlap");
            }
        }
    }

    [Theory]
    [InlineData("Nicolás Maduro", "nicolas-maduro")]
    [InlineData("United Nations General Assembly", "united-nations-general-assembly")]
    [InlineData("Russia’s foreign ministry", "russias-foreign-ministry")]
    [InlineData("!!!", "actor")]
    public void Slug_Names_AreLowerCaseAsciiWithHyphens(string name, string slug)
    {
        Slug.Of(name).Should().Be(slug);
    }
}

public class ActorContinuityTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void Read_ItActingAfterTheCountryOpenedTheSentenceBefore_IsThatCountry()
    {
        var article = Read("Russia has been a key ally of the government. It has agreed to restructure its debt.");

        article.Actors.Single(a => a.Name == "Russia").Mentions.Select(m => m.Text).Should().Contain("It");
    }

    [Fact]
    public void Read_TheCountry_IsTheLastCountryOtherThanTheSubject()
    {
        var article = Read("Russia agreed to restructure Venezuelan debt. It has deployed two bombers to the country.");

        article.Actors.Single(a => a.Name == "Venezuela").Mentions.Select(m => m.Text).Should().Contain("the country");
    }
}
