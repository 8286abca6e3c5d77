using NewsModel.Model;
using NewsModel.Quotes;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// The continuations unit alone: quoted words that go on from a quote found before, and quoted
/// words no cue claimed (a paragraph that is only a quote, the words of a sentence's subject, a
/// partial quote that echoes a full one).
/// </summary>
public sealed class QuoteContinuationsTests
{
    [Fact]
    public void AddUnclaimed_QuoteAfterAnAttributedQuote_IsItsSecondPart()
    {
        using var kit = QuoteUnitKit.Of("“We will win the vote,” she said. “And we will win it big.”");
        kit.Read.Add(kit.Attribute("said")!.Value, 0);

        kit.Continuations.AddUnclaimed(0, 0, continued: -1);

        var quote = kit.Read.Found.AsSpan().ToArray().Should().ContainSingle().Subject;
        quote.Parts.Select(p => kit.Words(p)).Should().Equal("We will win the vote,", "And we will win it big.");
        kit.Read.IsUsed(1).Should().BeTrue();
    }

    [Fact]
    public void Unclaimed_ParagraphThatIsOnlyAQuote_ContinuesTheLastSpeaker()
    {
        const string Attributed = "“We will win the vote,” the mayor said.";
        const string Continued = "“Nobody will stop us now.”";
        using var kit = QuoteUnitKit.Of(Attributed, Continued);
        kit.Read.Add(kit.Attribute("said")!.Value, 0);
        kit.Enter(Continued);

        var quote = kit.Continuations.Unclaimed(kit.Read.Regions[0], blockIndex: 1, firstQuoteOfBlock: kit.Read.Found.Count);

        quote!.Value.Kind.Should().Be(QuoteKind.Direct);
        kit.Words(quote.Value.Span).Should().Be("Nobody will stop us now.");
        kit.Words(quote.Value.SpeakerMention).Should().Be("the mayor");
    }

    [Fact]
    public void Unclaimed_ParagraphThatIsOnlyAQuoteFarFromTheLastSpeaker_HasNoSpeaker()
    {
        const string Attributed = "“We will win the vote,” the mayor said.";
        const string Continued = "“Nobody will stop us now.”";
        using var kit = QuoteUnitKit.Of(Attributed, Continued);
        kit.Read.Add(kit.Attribute("said")!.Value, 0);
        kit.Enter(Continued);

        var quote = kit.Continuations.Unclaimed(kit.Read.Regions[0], blockIndex: 3, firstQuoteOfBlock: kit.Read.Found.Count);

        quote!.Value.SpeakerMention.Should().BeNull();
    }

    [Fact]
    public void Unclaimed_TitleCapitalisedThroughout_IsNoQuote()
    {
        using var kit = QuoteUnitKit.Of("He watched “Saturday Night Live” with his son.");

        kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0).Should().BeNull();
    }

    [Fact]
    public void Unclaimed_WordsOfAQuoteFoundBefore_AreAPartialQuoteOfItsSpeaker()
    {
        const string Full = "“We will not talk with the opposition forces,” the minister said.";
        const string Echo = "Talks with the “opposition forces” were called off.";
        using var kit = QuoteUnitKit.Of(Full, Echo);
        var full = kit.Attribute("said")!.Value;
        full.Speaker = new ActorId("the-minister");
        kit.Read.Add(full, 0);
        kit.Enter(Echo);

        var quote = kit.Continuations.Unclaimed(kit.Read.Regions[0], 1, kit.Read.Found.Count);

        quote!.Value.Kind.Should().Be(QuoteKind.Partial);
        quote.Value.Speaker.Should().Be(new ActorId("the-minister"));
        kit.Words(quote.Value.Span).Should().Be("opposition forces");
    }

    [Fact]
    public void Unclaimed_WordsOfAQuoteFoundLater_WaitForIt()
    {
        const string Echo = "Talks with the “opposition forces” were called off.";
        const string Full = "“We will not talk with the opposition forces,” the minister said.";
        using var kit = QuoteUnitKit.Of(Echo, Full);

        kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0).Should().BeNull();

        var (partial, offset) = kit.Read.Deferred.Should().ContainSingle().Subject;
        kit.Read.IsDeferred(partial.Span).Should().BeTrue();
        kit.Article.Text.IndexOf(Full, StringComparison.Ordinal).Should().BeLessThan(offset);
    }

    [Fact]
    public void AddDeferred_PartialQuoteWhoseWordsALaterQuoteSays_TakesItsSpeaker()
    {
        const string Echo = "Talks with the “opposition forces” were called off.";
        const string Full = "“We will not talk with the opposition forces,” the minister said.";
        using var kit = QuoteUnitKit.Of(Echo, Full);
        kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0);
        kit.Enter(Full);
        var full = kit.Attribute("said")!.Value;
        full.Speaker = new ActorId("the-minister");
        kit.Read.Add(full, 1);

        kit.Continuations.AddDeferred();

        var partial = kit.Read.Found.AsSpan().ToArray().Should().ContainSingle(q => q.Kind == QuoteKind.Partial).Subject;
        partial.Speaker.Should().Be(new ActorId("the-minister"));
        kit.Words(partial.Span).Should().Be("opposition forces");
    }

    [Fact]
    public void WordsOfTheSubject_VerbTheLexiconDoesNotKnow_GivesTheSubjectTheQuotedWords()
    {
        using var kit = QuoteUnitKit.Of("Trump groused to a crowd that CNN “doesn’t treat me properly” at all.");

        var quote = kit.Continuations.WordsOfTheSubject(kit.Read.Regions[0]);

        kit.Words(quote!.Value.SpeakerMention).Should().Be("Trump");
        kit.Words(quote.Value.Cue).Should().Be("groused");
    }

    [Fact]
    public void KeepOpenQuote_QuoteStillOpenAtTheBlockEnd_IsKeptForTheNextBlock()
    {
        const string Open = "“We will not sign this, and we will go on";
        using var kit = QuoteUnitKit.Of(Open);
        kit.Read.Add(kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0)!.Value, 0);

        kit.Continuations.KeepOpenQuote();

        kit.Read.OpenQuote.Should().Be(0);
    }

    [Fact]
    public void ContinuesOpenQuote_AttributedQuoteOpeningTheNextParagraph_IsTheRestOfTheOpenOne()
    {
        const string Open = "“We will not sign this offer. We will go on with the strike";
        const string Rest = "“We are ready,” Lee said.";
        using var kit = QuoteUnitKit.Of(Open, Rest);
        kit.Read.Add(kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0)!.Value, 0);
        kit.Enter(Rest);
        var rest = kit.Attribute("said")!.Value;

        kit.Continuations.ContinuesOpenQuote(0, rest).Should().BeTrue();
        kit.Continuations.Absorb(0, rest, 1);

        var whole = kit.Read.Found[0];
        whole.Parts.Should().HaveCount(2);
        kit.Words(whole.SpeakerMention).Should().Be("Lee");
        kit.Read.LastAttribution!.Value.Mention.Should().Be(rest.SpeakerMention);
    }
}
