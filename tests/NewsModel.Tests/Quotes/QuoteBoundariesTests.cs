using NewsModel.Model;
using NewsModel.Quotes;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// The boundaries unit alone: which words a cue reports, on which side of its attribution, and
/// what kind of quote they make.
/// </summary>
public sealed class QuoteBoundariesTests
{
    [Fact]
    public void Attribute_QuoteClosingBeforeTheAttribution_IsADirectQuoteOfIt()
    {
        using var kit = QuoteUnitKit.Of("“We will win the vote,” she said on Monday.");

        var quote = kit.Attribute("said");

        quote.Should().NotBeNull();
        quote!.Value.Kind.Should().Be(QuoteKind.Direct);
        kit.Words(quote.Value.Span).Should().Be("We will win the vote,");
        kit.Words(quote.Value.SpeakerMention).Should().Be("she");
        kit.Words(quote.Value.Cue).Should().Be("said");
        kit.Read.IsUsed(0).Should().BeTrue();
    }

    [Fact]
    public void Attribute_QuoteOnBothSidesOfTheAttribution_IsOneDirectQuoteInTwoParts()
    {
        using var kit = QuoteUnitKit.Of("“We will win the vote,” she said, “and we will win it big.”");

        var quote = kit.Attribute("said");

        quote.Should().NotBeNull();
        quote!.Value.Kind.Should().Be(QuoteKind.Direct);
        quote.Value.Parts.Select(p => kit.Words(p)).Should().Equal("We will win the vote,", "and we will win it big.");
        kit.Words(quote.Value.Span).Should().StartWith("We will win the vote,").And.EndWith("win it big.");
    }

    [Fact]
    public void Attribute_ThatClauseAfterTheCue_IsAnIndirectQuoteWithoutThat()
    {
        using var kit = QuoteUnitKit.Of("The mayor said that the budget was balanced.");

        var quote = kit.Attribute("said");

        quote!.Value.Kind.Should().Be(QuoteKind.Indirect);
        kit.Words(quote.Value.Span).Should().Be("the budget was balanced");
        kit.Words(quote.Value.SpeakerMention).Should().Be("The mayor");
    }

    [Fact]
    public void Attribute_QuoteMarksInsideTheClause_MakeAMixedQuote()
    {
        using var kit = QuoteUnitKit.Of("The mayor said that the budget was “balanced at last” this year.");

        kit.Attribute("said")!.Value.Kind.Should().Be(QuoteKind.Mixed);
    }

    [Fact]
    public void Attribute_AttributionInsideTheClause_KeepsTheWholeClause()
    {
        using var kit = QuoteUnitKit.Of("Loyalty, he noted, has long been a tenet of the party.");

        var quote = kit.Attribute("noted");

        kit.Words(quote!.Value.Span).Should().Be("Loyalty, he noted, has long been a tenet of the party");
        kit.Words(quote.Value.SpeakerMention).Should().Be("he");
    }

    [Fact]
    public void Attribute_SourceCueBeforeAClause_ReportsTheClauseAfterItsSource()
    {
        using var kit = QuoteUnitKit.Of("According to the report, the plant will close next year.");

        var quote = kit.Attribute("According");

        kit.Words(quote!.Value.Span).Should().Be("the plant will close next year");
        kit.Words(quote.Value.SpeakerMention).Should().Be("the report");
    }

    [Fact]
    public void Attribute_ClauseJoinedOnWithAReportOfItsOwn_EndsTheFirstQuote()
    {
        using var kit = QuoteUnitKit.Of("Obama emphasized that the reforms were not complete, and rights groups warned that the country had far to go.");

        kit.Words(kit.Attribute("emphasized")!.Value.Span).Should().Be("the reforms were not complete");
    }

    [Fact]
    public void Attribute_ColonThatEndsTheBlock_LeavesTheAttributionToTheNextBlock()
    {
        using var kit = QuoteUnitKit.Of("Ward stated:", "We will not sign this offer.");

        kit.Attribute("stated").Should().BeNull();

        var (attribution, cue) = kit.Read.PendingColon!.Value;
        kit.Words(attribution.Mention).Should().Be("Ward");
        kit.Words(cue).Should().Be("stated");
    }

    [Fact]
    public void Attribute_PassiveCue_IsNoAttribution()
    {
        // The subject of a passive cue is what is spoken of, not who speaks.
        using var kit = QuoteUnitKit.Of("It was reported that the plant would close next year.");

        kit.Attribute("reported").Should().BeNull();
    }

    [Fact]
    public void MakeQuote_PunctuationOnly_IsNoQuote()
    {
        using var kit = QuoteUnitKit.Of("He paused: “...” and left.");
        var colon = kit.IndexOf(":");

        kit.Boundaries.MakeQuote(colon, colon + 1, new Attribution(null, null), null).Should().BeNull();
    }

    [Fact]
    public void TrimEnd_UnitEndingInAFullStopAndABracket_EndsBeforeThem()
    {
        using var kit = QuoteUnitKit.Of("The plan will fail (he said so).");
        var count = kit.Read.Tokens.Count;

        kit.Boundaries.TrimEnd(0, count).Should().Be(count - 2);
        kit.Boundaries.OnlyPunctuationBetween(count - 2, count).Should().BeTrue();
        kit.Boundaries.OnlyPunctuationBetween(0, count).Should().BeFalse();
    }
}
