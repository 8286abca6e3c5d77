using NewsModel.Model;

namespace NewsModel.Tests.Actors;

/// <summary>Which actor a third-person pronoun outside quotes goes to.</summary>
public class PronounResolutionTests
{
    [Fact]
    public void Read_PronounOpeningASentence_StandsForTheFirstActorOfTheSentenceBefore()
    {
        var article = Read("Daniel Montalvo got in touch with Tom Devocht on Monday. He traveled to Florida on Tuesday.");

        PronounsOf(article, "Daniel Montalvo").Should().Equal("He");
        PronounsOf(article, "Tom Devocht").Should().BeEmpty();
    }

    [Fact]
    public void Read_PronounInsideASentence_StandsForTheNearestActorBeforeIt()
    {
        var article = Read("Daniel Montalvo arrived on Monday. Tom Devocht said on Tuesday that his lawyers were ready.");

        PronounsOf(article, "Tom Devocht").Should().Contain("his");
        PronounsOf(article, "Daniel Montalvo").Should().BeEmpty();
    }

    [Fact]
    public void Read_ObjectPronoun_IsNotTheSubjectOfItsOwnClause()
    {
        var article = Read("Daniel Montalvo arrived in Miami on Monday. Tom Devocht praised him on Tuesday.");

        PronounsOf(article, "Daniel Montalvo").Should().Equal("him");
        PronounsOf(article, "Tom Devocht").Should().BeEmpty();
    }

    [Fact]
    public void Read_FemalePronounAfterAPersonOfUnknownGender_LinksToThatPerson()
    {
        var article = Read("Qerala Vintoss arrived in Paris on Monday. She met the press on Tuesday.");

        PronounsOf(article, "Qerala Vintoss").Should().Equal("She");
    }

    [Fact]
    public void Read_GenderToldByTheFirstPronoun_KeepsAPronounOfTheOtherGenderAway()
    {
        var article = Read("Qerala Vintoss arrived in Paris on Monday. She met the press on Tuesday. Then he left the hall.");

        PronounsOf(article, "Qerala Vintoss").Should().Equal("She");
    }

    [Fact]
    public void Read_ChainOfPronouns_CarriesTheActorPastTwoSentences()
    {
        var article = Read(
            "Qerala Vintoss arrived in Paris on Monday.",
            "She met the press on Tuesday. She spoke for an hour. She left at noon. She flew home on Friday.");

        PronounsOf(article, "Qerala Vintoss").Should().HaveCount(4);
    }

    [Fact]
    public void Read_PluralPronounInTheGroupsOwnSentence_LinksToTheGroup()
    {
        var article = Read("The rebels left their camp on Monday.");

        PronounsOf(article, "rebels").Should().Equal("their");
    }

    [Fact]
    public void Read_PluralPronounInALaterSentence_StaysUnlinked()
    {
        // "They" could be the rebels, the villagers or the soldiers nobody named.
        var article = Read("The rebels left the camp on Monday. They crossed the river at night.");

        PronounsOf(article, "rebels").Should().BeEmpty();
    }

    [Fact]
    public void Read_ItsInTheSentenceThatNamesTheOrganisation_LinksToIt()
    {
        var article = Read("Rosneft will send its best engineers to Caracas.");

        PronounsOf(article, "Rosneft").Should().Equal("its");
    }

    [Fact]
    public void Read_ItsInALaterSentence_StaysUnlinked()
    {
        // "its" there is as often the plan, the city or the deal.
        var article = Read("Rosneft bought the field on Monday. The deal doubled its value.");

        PronounsOf(article, "Rosneft").Should().BeEmpty();
    }

    [Fact]
    public void Read_PronounInAnEarlierParagraph_IsLinkedAsInTheLast()
    {
        // The pronouns are linked after every block is read: what is known of their words is
        // kept from their own block, not read from the last one.
        var alone = Read("Tom Devocht spoke with Daniel Montalvo on Monday, and he left.");
        var followed = Read("Tom Devocht spoke with Daniel Montalvo on Monday, and he left.", "The talks went on without them for a week.");

        PronounsOf(alone, "Tom Devocht").Should().Equal("he");
        PronounsOf(followed, "Tom Devocht").Should().Equal("he");
        PronounsOf(followed, "Daniel Montalvo").Should().BeEmpty();
    }

    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static IEnumerable<string> PronounsOf(Article article, string name)
    {
        var actor = article.Actors.FirstOrDefault(a => a.Name == name);
        actor.Should().NotBeNull($"an actor named {name} should be among: {string.Join(", ", article.Actors.Select(a => a.Name))}");
        return actor!.Mentions.Where(m => m.Kind == MentionKind.Pronoun).Select(m => m.Text);
    }
}
