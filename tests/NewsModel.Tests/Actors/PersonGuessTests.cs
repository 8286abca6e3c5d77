using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class PersonGuessTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static IEnumerable<Actor> Persons(Article article) => article.Actors.Where(a => a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Members of the Sea Org signed contracts for many lives.", "Sea Org")]
    [InlineData("Fans queued for PlayStation VR demonstrations all day.", "PlayStation VR")]
    [InlineData("Fans queued at Fan Expo Canada all day.", "Fan Expo Canada")]
    [InlineData("Users of Internet Explorer 9 saw the change first.", "Internet Explorer")]
    [InlineData("The winner of Group G faces a hard draw.", "Group G")]
    public void Read_CapitalisedRunShapedLikeAThing_IsNoPerson(string sentence, string name)
    {
        var article = Read(sentence);

        Persons(article).Should().NotContain(a => a.Name.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownTwoWordName_IsStillAPerson()
    {
        var article = Read("The goal came from Dries Mertens early in the second half.");

        Persons(article).Should().Contain(a => a.Name == "Dries Mertens");
    }

    [Fact]
    public void Read_UnknownNameAfterIn_IsAPlace()
    {
        var article = Read("The company has its offices in Mountain View and elsewhere.");

        article.Actors.Should().Contain(a => a.Name == "Mountain View" && a.Kind == ActorKind.Place);
    }

    [Fact]
    public void Read_ItAsAThing_IsNotLinkedToAnOrganisation()
    {
        var article = Read("Microsoft released a new browser.", "It is faster than the old one, reviewers found.");

        article.Actors.Single(a => a.Name == "Microsoft").Mentions.Select(m => m.Text).Should().NotContain("It");
    }

    [Fact]
    public void Read_ItThatSpeaks_IsLinkedToTheOrganisation()
    {
        var article = Read("Microsoft released a new browser.", "It said the browser was faster.");

        article.Actors.Single(a => a.Name == "Microsoft").Mentions.Select(m => m.Text).Should().Contain("It");
    }
}
