using NewsModel.Events;
using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Tests.Events;

public class EventLexiconTests
{
    [Fact]
    public void Parse_BadCode_FailsWithLine()
    {
        new LexiconSetBuilder().TryAdd(LexiconKind.EventTriggers, "# header\n99 | explode\n", "test.txt", out var error).Should().BeFalse();

        error!.Line.Should().Be(2);
    }

    [Fact]
    public void Parse_ThreeDigitRootCode_IsTheRoot()
    {
        var lexicon = Read("040 | confer\n");

        lexicon.StartingWith("Confer").Single().Kinds.Single().Should().Be((EventType.Consult, "04"));
    }

    [Fact]
    public void Parse_JoinedCodes_NameTwoEvents()
    {
        var lexicon = Read("claim-of-office+010 | proclaimed himself\n");

        lexicon.StartingWith("proclaimed").Single().Kinds.Should().HaveCount(2);
    }

    private static EventLexicon Read(string text) => new LexiconSetBuilder().Add(LexiconKind.EventTriggers, text, "test.txt").Build().EventTriggers;

    [Fact]
    public void Default_Loads()
        => EventLexicon.Default.StartingWith("talks").Should().NotBeEmpty();
}
