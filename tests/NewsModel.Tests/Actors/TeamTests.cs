using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class TeamTests
{
    private static Article Read(string text) => NewsPipeline.Default.Read(text);

    private static Actor Named(Article article, string name)
    {
        var actor = article.Actors.FirstOrDefault(a => a.Name == name);
        actor.Should().NotBeNull($"an actor named {name} should be among: {string.Join(", ", article.Actors.Select(a => a.Name))}");
        return actor!;
    }

    [Fact]
    public void Read_CountriesBesideAScore_AreTeams()
    {
        var article = Read("World Cup day five\n\nSweden beat Mexico 2 – 1 on Monday. Sweden dominated the game.\n\nJapan had hoped to go through.\n");

        Named(article, "Mexico").Kind.Should().Be(ActorKind.Organization);
        Named(article, "Japan").Kind.Should().Be(ActorKind.Country);
    }

    [Fact]
    public void Read_ScoreLineInSubheading_MakesBothSidesTeams()
    {
        var article = Read("Results of the day\n\nThe group stage went on.\n\nGroup B — Portugal 3–3 Spain\n\nPortugal started well. Spain equalised late.\n");

        Named(article, "Portugal").Kind.Should().Be(ActorKind.Organization);
        Named(article, "Spain").Kind.Should().Be(ActorKind.Organization);
        Named(article, "Spain").Mentions.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Read_CountryBesideADateOrRange_StaysACountry()
    {
        var article = Read("Talks resume\n\nFrance 2019-2020 budgets were cut. Germany 10-15 per cent of the time agreed.\n");

        Named(article, "France").Kind.Should().Be(ActorKind.Country);
        Named(article, "Germany").Kind.Should().Be(ActorKind.Country);
    }

    [Fact]
    public void Read_TournamentGroupInAMatchReport_IsAnOrganisation()
    {
        var article = Read("Results of the day\n\nGroup B — Portugal 3–3 Spain\n\nBoth sides now lead Group B with four points.\n");

        var group = Named(article, "Group B");
        group.Kind.Should().Be(ActorKind.Organization);
        group.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Read_GroupLetterOutsideAMatchReport_IsNoActor()
    {
        var article = Read("Research notes\n\nVolunteers in Group B took the drug for six weeks.\n");

        article.Actors.Should().NotContain(a => a.Name == "Group B");
    }

    [Fact]
    public void Read_FifaNameOfACountry_IsThatCountry()
    {
        var article = Read("Group F\n\nSweden 1 – 0 Korea Republic\n\nSweden won.\n");

        Named(article, "South Korea").Mentions.Select(m => m.Text).Should().Contain("Korea Republic");
    }
}
