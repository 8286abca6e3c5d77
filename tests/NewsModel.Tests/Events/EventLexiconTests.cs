using NewsModel.Events;
using NewsModel.Model;

namespace NewsModel.Tests.Events;

public class EventLexiconTests
{
    [Fact]
    public void Parse_BadCode_FailsWithLine()
    {
        var result = EventLexicon.Parse("test.txt", "# header\n99 | explode\n");

        result.Success.Should().BeFalse();
        result.Error!.ToString().Should().Contain("2");
    }

    [Fact]
    public void Parse_ThreeDigitRootCode_IsTheRoot()
    {
        var lexicon = EventLexicon.Parse("test.txt", "040 | confer\n").Value;

        lexicon.StartingWith("Confer").Single().Kinds.Single().Should().Be((EventType.Consult, "04"));
    }

    [Fact]
    public void Parse_JoinedCodes_NameTwoEvents()
    {
        var lexicon = EventLexicon.Parse("test.txt", "claim-of-office+010 | proclaimed himself\n").Value;

        lexicon.StartingWith("proclaimed").Single().Kinds.Should().HaveCount(2);
    }

    [Fact]
    public void Default_Loads()
        => EventLexicon.Default.StartingWith("talks").Should().NotBeEmpty();
}
