using NewsModel.Actors;
using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class SingleNameTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void Read_SingleNameRepeatedInsideSentences_IsAnOrganisation()
    {
        var article = Read("Former members of Scientology met on Monday.", "The group says Scientology harms its members.", "Lawyers say Scientology denies it.");

        var actor = article.Actors.Single(a => a.Name == "Scientology");
        actor.Kind.Should().Be(ActorKind.Organization);
        actor.Mentions.Where(m => m.Kind == MentionKind.Name).Should().HaveCount(3);
    }

    [Fact]
    public void Read_GivenNameRepeatedInsideSentences_IsAPerson()
    {
        var article = Read("The officers asked Daniel to wait.", "Later they told Daniel to leave.", "Officers say Daniel left at noon.");

        article.Actors.Single(a => a.Name == "Daniel").Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void Read_SingleNameAlsoWrittenInLowerCase_IsNoActor()
    {
        var article = Read("Salt with added Iodine is sold here.", "Doctors say Iodine matters.", "The body needs iodine, and Iodine pills help.");

        article.Actors.Should().NotContain(a => a.Name == "Iodine");
    }

    [Fact]
    public void Read_SingleNameSeenOnce_IsNoActorByTheRulesAlone()
    {
        var rules = new NewsPipelineBuilder().UseLayout().UseSentences().UsePartOfSpeech()
            .Use(new ActorStage(LexiconSet.Default, PeopleLexicon.Default, null)).Build();

        var article = rules.Read("Test headline about talks\n\nFormer members of Scientology met on Monday.\n");

        article.Actors.Should().NotContain(a => a.Name == "Scientology");
    }

    [Fact]
    public void Read_SingleNameSeenOnceThatTheTaggerReadsAsAName_IsAnActorOfItsType()
    {
        // No lexicon knows the word and the article says it once: the name tagger decides.
        var article = Read("Former members of Scientology met on Monday.");

        article.Actors.Should().ContainSingle(a => a.Name == "Scientology").Which.Kind.Should().Be(ActorKind.Organization);
    }

    [Fact]
    public void Read_RepeatedLanguageName_IsNoActor()
    {
        var article = Read("Some applicants do not speak English well.", "Forms are only in English for now.");

        article.Actors.Should().NotContain(a => a.Name == "English");
    }

    [Fact]
    public void Read_PluralDemonym_IsAGroupOfThatCountry()
    {
        var article = Read("Many Afghans fled to Pakistan.", "Afghanistan has been at war for decades.");

        var afghans = article.Actors.Single(a => a.Name == "Afghans");
        afghans.Kind.Should().Be(ActorKind.Group);
        afghans.Affiliation.Should().Be(article.Actors.Single(a => a.Name == "Afghanistan").Id);
    }

    [Fact]
    public void Read_DemonymAdjective_IsNoMention()
    {
        var article = Read("Afghan girls built a robot.", "Afghanistan sent the team abroad.");

        article.Actors.Single(a => a.Name == "Afghanistan").Mentions.Select(m => m.Text).Should().Equal("Afghanistan");
    }
}
