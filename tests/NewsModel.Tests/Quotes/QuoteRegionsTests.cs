using NewsModel.Quotes;
using NewsModel.Tokens;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// The regions unit alone: which tokens quote marks hold (pairs, nested single marks, marks left
/// open), and the units of a block, its sentences merged so that no quote crosses from one to the
/// next.
/// </summary>
public sealed class QuoteRegionsTests
{
    private static List<QuoteRegion> Find(string text, out List<Token> tokens)
    {
        tokens = Tokenizer.Tokenize(text);
        var regions = new List<QuoteRegion>();
        QuoteRegions.Find(text, tokens, regions);
        return regions;
    }

    private static string Words(string text, List<Token> tokens, QuoteRegion region)
        => text[tokens[region.First].Start..tokens[Math.Min(region.Close, tokens.Count) - 1].End];

    [Fact]
    public void Find_PairOfMarks_IsOneRegionOfTheWordsBetween()
    {
        const string Text = "“We will win,” she said.";

        var region = Find(Text, out var tokens).Should().ContainSingle().Subject;

        region.IsClosed(tokens.Count).Should().BeTrue();
        Words(Text, tokens, region).Should().Be("We will win,");
    }

    [Fact]
    public void Find_SingleMarksInsideAQuote_DoNotEndIt()
    {
        const string Text = "“He told us ‘no’ twice,” she said.";

        var region = Find(Text, out var tokens).Should().ContainSingle().Subject;

        Words(Text, tokens, region).Should().Be("He told us ‘no’ twice,");
    }

    [Fact]
    public void Find_MarkNeverClosed_RunsToTheEndOfTheBlock()
    {
        const string Text = "“We will go on with the strike";

        var region = Find(Text, out var tokens).Should().ContainSingle().Subject;

        region.Close.Should().Be(tokens.Count);
        region.IsClosed(tokens.Count).Should().BeFalse();
    }

    [Fact]
    public void Find_ClosingMarkWithNothingOpen_OpensNothing()
    {
        // The ” of a quote continued from the paragraph before.
        Find("the end of it.” Then she left.", out _).Should().BeEmpty();
    }

    [Fact]
    public void FindInBlock_MarkOpenedInsideASentenceAndNeverClosed_EndsWithTheSentence()
    {
        const string Text = "The mayor called it “a disaster for the city. The council met later.";
        using var kit = QuoteUnitKit.Of(Text);

        var region = kit.Read.Regions.Should().ContainSingle().Subject;

        kit.Words(kit.Regions.RegionSpan(region)).Should().Be("a disaster for the city");
        kit.Read.IsInQuote(kit.IndexOf("disaster")).Should().BeTrue();
        kit.Read.IsInQuote(kit.IndexOf("council")).Should().BeFalse();
    }

    [Fact]
    public void FindInBlock_MarkOpeningTheSentenceAndNeverClosed_RunsToTheBlockEnd()
    {
        using var kit = QuoteUnitKit.Of("“We will not sign this. And we will go on");

        var region = kit.Read.Regions.Should().ContainSingle().Subject;

        region.IsClosed(kit.Read.Tokens.Count).Should().BeFalse();
        kit.Words(kit.Regions.RegionSpan(region)).Should().Be("We will not sign this. And we will go on");
    }

    [Fact]
    public void Units_QuoteOfTwoSentences_IsOneUnit()
    {
        using var kit = QuoteUnitKit.Of("“We won. We will win again,” she said. Then she left.");

        kit.Read.Units.Should().HaveCount(2);
        kit.Words(kit.Read.Units[0]).Should().Be("“We won. We will win again,” she said.");
    }

    [Fact]
    public void Units_ExclamationAndAShortAttributionAfterIt_AreOneUnit()
    {
        using var kit = QuoteUnitKit.Of("“That is false!” Maher replied. He left the studio.");

        kit.Words(kit.Read.Units[0]).Should().Be("“That is false!” Maher replied.");
        kit.Regions.IsUnitStart(kit.IndexOf("He")).Should().BeTrue();
        kit.Regions.IsUnitStart(kit.IndexOf("Maher")).Should().BeFalse();
    }

    [Theory]
    [InlineData("He said the “opposition forces” had left.", true)]
    [InlineData("He watched “Saturday Night Live” last night.", false)]
    [InlineData("They called him “Shorty” at school.", false)]
    public void IsPlainWords_QuotedWords_AreNoTitleOrNickname(string text, bool plain)
    {
        using var kit = QuoteUnitKit.Of(text);

        kit.Regions.IsPlainWords(kit.Read.Regions.Single()).Should().Be(plain);
    }

    [Fact]
    public void StartsQuote_TokenThatOpensARegion_GivesItsIndex()
    {
        List<QuoteRegion> regions = [new(2, 5), new(8, 12)];

        QuoteRegions.StartsQuote(8, regions).Should().Be(1);
        QuoteRegions.StartsQuote(9, regions).Should().BeNull();
    }

    [Fact]
    public void RegionAt_TokenInsideARegionOrItsMarks_GivesItsIndex()
    {
        List<QuoteRegion> regions = [new(2, 5), new(8, 12)];

        QuoteRegions.RegionAt(10, regions).Should().Be(1);
        QuoteRegions.RegionAt(5, regions).Should().Be(0);
        QuoteRegions.RegionAt(6, regions).Should().BeNull();
        QuoteRegions.FirstRegionEndingAtOrAfter(regions, 6).Should().Be(1);
    }

    [Fact]
    public void UnitAt_TokenBetweenNoUnits_IsDefault()
    {
        List<(int Start, int End)> units = [(0, 4), (4, 9)];

        QuoteRegions.UnitAt(units, 4).Should().Be((4, 9));
        QuoteRegions.UnitAt(units, 9).Should().Be(default((int, int)));
    }
}
