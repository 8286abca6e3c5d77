namespace NewsModel.Tests.Events;

public class EventParticipantTests
{
    [Fact]
    public void Read_SubjectBeforeTrigger_IsAgentAndObjectPatient()
    {
        var article = EventTestKit.Read("Germany accused Poland of breaking the rules.");

        var found = article.EventAt("accused");
        article.RoleOf(found, "Germany").Should().Be("Agent");
        article.RoleOf(found, "Poland").Should().Be("Patient");
    }

    [Fact]
    public void Read_PassiveWithBy_MakesTheByPhraseTheAgent()
    {
        var article = EventTestKit.Read("Poland has been backed by Germany in the dispute.");

        var found = article.EventAt("backed");
        article.RoleOf(found, "Germany").Should().Be("Agent");
        article.RoleOf(found, "Poland").Should().Be("Patient");
    }

    [Fact]
    public void Read_ClauseWithoutSubject_TakesTheActorsOfTheSentence()
    {
        var article = EventTestKit.Read("Spain has agreed to cut tariffs on Morocco, deploying inspectors last year.");

        var found = article.EventAt("deploying");
        article.ParticipantNames(found).Should().Contain(["Spain", "Morocco"]);
    }

    [Fact]
    public void Read_OtherClauseActors_AreNotParticipants()
    {
        var article = EventTestKit.Read("Germany accused Poland of delay, but Spain stayed silent.");

        article.ParticipantNames(article.EventAt("accused")).Should().NotContain("Spain");
    }
}
