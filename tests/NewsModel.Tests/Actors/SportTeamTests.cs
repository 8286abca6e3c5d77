using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class SportTeamTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about the match\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void Read_CountryInAMatchReport_IsItsTeam()
    {
        var article = Read(
            "Belgium beat Panama 3-0 in their first match of the tournament in Russia.",
            "The first goal came after the break; Belgium scored twice more, and the Panama goalkeeper saved a penalty.",
            "The referee gave two more goals to the match statistics; Panama's striker scored in the league last week.");

        article.Actors.Single(a => a.Name == "Belgium").Kind.Should().Be(ActorKind.Organization);
        article.Actors.Single(a => a.Name == "Russia").Kind.Should().Be(ActorKind.Country);
    }

    [Fact]
    public void Read_CountryInAPoliticalReport_IsACountry()
    {
        var article = Read("Belgium and Panama signed a trade agreement on Monday.");

        article.Actors.Single(a => a.Name == "Belgium").Kind.Should().Be(ActorKind.Country);
    }
}
