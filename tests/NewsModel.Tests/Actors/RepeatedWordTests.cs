using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Tests.Actors;

/// <summary>
/// A single capitalised word no lexicon knows and no longer name holds, repeated inside sentences:
/// with the name tagger, it is an actor of the type most of the tagger's readings give, and none
/// when most of them see no name; the rules alone make it an actor for its repeating.
/// </summary>
public sealed class RepeatedWordTests
{
    private static string Story(string word) =>
        "Probe lands on the moon\n\nThe probe landed on Sunday after a flight of two years. "
        + $"Scientists said the dust collected by {word} was older than the Sun. Engineers who built {word} in 1999 watched the landing from a hill. "
        + $"The team will open {word} next week, and students will look at pictures from {word} at home.\n";

    private static readonly NewsPipeline RulesAlone = new NewsPipelineBuilder().UseLayout().UseSentences().Use(new NewsModel.Actors.ActorStage(LexiconSet.Default, PeopleLexicon.Default, null)).Build();

    [Theory]
    [InlineData("Sunseeker")]
    [InlineData("Pathfinder")]
    public void Read_RepeatedWordTheTaggerReadsAsNoName_IsNoActor(string word)
    {
        NewsPipeline.Default.Read(Story(word)).Actors.Should().NotContain(a => a.Name == word);
        RulesAlone.Read(Story(word)).Actors.Should().Contain(a => a.Name == word, "the rules alone make an actor of a word the article keeps using");
    }

    [Fact]
    public void Read_RepeatedSurnameTheTaggerReadsAsPerson_IsThatPerson()
    {
        const string Text = "Mayor thanks engineers\n\nThe mayor thanked the engineers on Monday. Officials said Halloway had led the team. "
            + "Reporters asked Halloway about the dust, and Halloway said the work would take years.\n";

        NewsPipeline.Default.Read(Text).Actors.Should().ContainSingle(a => a.Name == "Halloway").Which.Kind.Should().Be(ActorKind.Person);
    }
}
