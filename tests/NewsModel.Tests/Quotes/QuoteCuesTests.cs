namespace NewsModel.Tests.Quotes;

/// <summary>
/// The cues unit alone: whether a word of a block is a reporting cue there, and which tokens the
/// cue spans. A reporting word used as a noun cues nothing.
/// </summary>
public sealed class QuoteCuesTests
{
    [Theory]
    [InlineData("The mayor said the budget was balanced.", "said", "say")]
    [InlineData("Smith claims that nothing was hidden from the auditors.", "claims", "claim")]
    [InlineData("It states that the plan was never approved.", "states", "state")]
    public void TryCue_ReportingVerbUsedAsAVerb_IsACueOfOneWord(string text, string word, string lemma)
    {
        using var kit = QuoteUnitKit.Of(text);
        var i = kit.IndexOf(word);

        kit.Cues.TryCue(i, kit.Read.Tokens.Count, out var cueEnd, out var cue).Should().BeTrue();

        cueEnd.Should().Be(i + 1);
        cue.Lemma.Should().Be(lemma);
        cue.IsSource.Should().BeFalse();
        cue.IsParticiple.Should().BeFalse();
    }

    [Theory]
    [InlineData("The president spoke about the state of the union on Tuesday.", "state")]
    [InlineData("Both campaigns spent heavily in the swing states this week.", "states")]
    [InlineData("The claim was denied by the company on Monday.", "claim")]
    [InlineData("He hosted the reality show “The Apprentice” for years.", "show")]
    [InlineData("They made a short film called “Tenemos Familias” last year.", "called")]
    [InlineData("The senator continues to battle the plan in committee.", "continues")]
    public void TryCue_ReportingWordThatIsNoVerbHere_IsNoCue(string text, string word)
    {
        using var kit = QuoteUnitKit.Of(text);

        kit.Cues.TryCue(kit.IndexOf(word), kit.Read.Tokens.Count, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryCue_AccordingTo_IsASourceCueOfTwoWords()
    {
        using var kit = QuoteUnitKit.Of("According to the report, the plant will close next year.");
        var i = kit.IndexOf("According");

        kit.Cues.TryCue(i, kit.Read.Tokens.Count, out var cueEnd, out var cue).Should().BeTrue();

        cueEnd.Should().Be(i + 2);
        cue.IsSource.Should().BeTrue();
    }

    [Fact]
    public void TryCue_VerbOfSeveralWords_SpansAllItsWords()
    {
        using var kit = QuoteUnitKit.Of("The senator pointed out that the bill had no funding.");
        var i = kit.IndexOf("pointed");

        kit.Cues.TryCue(i, kit.Read.Tokens.Count, out var cueEnd, out _).Should().BeTrue();

        kit.Words((i, cueEnd)).Should().Be("pointed out");
    }

    [Fact]
    public void TryCue_ParticipleAfterAComma_IsAParticiple()
    {
        using var kit = QuoteUnitKit.Of("Smith left the meeting early, telling reporters that the talks had failed.");

        kit.Cues.TryCue(kit.IndexOf("telling"), kit.Read.Tokens.Count, out _, out var cue).Should().BeTrue();

        cue.IsParticiple.Should().BeTrue();
    }

    [Fact]
    public void TryCue_UnitEndsBeforeThePhrase_TriesNoLongerWindow()
    {
        using var kit = QuoteUnitKit.Of("According to the report, the plant will close next year.");
        var i = kit.IndexOf("According");

        kit.Cues.TryCue(i, i + 1, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void InFrontedPhrase_ParticipleInThePhraseASentenceOpensWith_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("In a Facebook message posted Friday, Cruz said the vote would fail.");
        var end = kit.Read.Tokens.Count;

        kit.Cues.InFrontedPhrase(0, kit.IndexOf("posted"), end).Should().BeTrue();
        kit.Cues.InFrontedPhrase(0, kit.IndexOf("said"), end).Should().BeFalse();
    }

    [Fact]
    public void InFrontedPhrase_PhraseWithASubjectOfItsOwn_IsFalse()
    {
        using var kit = QuoteUnitKit.Of("At the bottom it reads, in capital letters, that the shop is closed.");

        kit.Cues.InFrontedPhrase(0, kit.IndexOf("reads"), kit.Read.Tokens.Count).Should().BeFalse();
    }

    [Fact]
    public void HasCueWithin_TokensWithAReportingVerb_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("“That is false!” Maher replied.");
        var replied = kit.IndexOf("replied");

        kit.Cues.HasCueWithin(replied, replied + 1).Should().BeTrue();
        kit.Cues.HasCueWithin(0, replied).Should().BeFalse();
    }
}
