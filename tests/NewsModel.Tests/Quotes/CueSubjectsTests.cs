namespace NewsModel.Tests.Quotes;

/// <summary>
/// The subjects unit alone: the tokens of a cue's subject, before the cue, after it, in the clause
/// a participle hangs on, or at the start of the sentence.
/// </summary>
public sealed class CueSubjectsTests
{
    [Theory]
    [InlineData("Peskov said the talks would go on.", "said", "Peskov")]
    [InlineData("Ted Nordhaus vigorously argued that the plan would fail.", "argued", "Ted Nordhaus")]
    [InlineData("Clinton on Friday said that the economy was improving.", "said", "Clinton")]
    [InlineData("Senate aides later said the remark was not based on the talks.", "said", "Senate aides")]
    [InlineData("Most said they would vote again.", "said", "Most")]
    [InlineData("Rep. Trey Gowdy (R-S.C.) said the hearing would go on.", "said", "Rep. Trey Gowdy (R-S.C.)")]
    public void SubjectBefore_WordsBetweenTheSubjectAndTheCue_ArePassedOver(string text, string cue, string subject)
    {
        using var kit = QuoteUnitKit.Of(text);

        kit.Words(kit.Subjects.SubjectBefore(kit.IndexOf(cue), 0)).Should().Be(subject);
    }

    [Fact]
    public void SubjectBefore_AsideBetweenCommas_StartsAtTheSubject()
    {
        // The aside is passed over back to the comma after the subject; the mention holds both, and
        // the speaker resolver takes the person among them.
        using var kit = QuoteUnitKit.Of("Clinton, during a town hall in Columbus, Ohio, said that the economy was improving.");
        var said = kit.IndexOf("said");

        var subject = kit.Subjects.SubjectBefore(said, 0);

        subject.Should().NotBeNull();
        kit.Read.Word(subject!.Value.Start).ToString().Should().Be("Clinton");
        kit.Words(subject).Should().Be("Clinton, during a town hall in Columbus, Ohio");
        var (speaker, _) = kit.Read.Speakers.Resolve(kit.Read.SpanOf(subject.Value.Start, subject.Value.End), kit.Read.SpanOf(said + 1, kit.Read.Tokens.Count));
        kit.Article.Actors.Single(a => a.Id == speaker).Name.Should().Be("Clinton");
    }

    [Fact]
    public void SubjectBefore_NoSubjectBeforeTheAppositive_ThePhraseAfterThePrepositionHeadsIt()
    {
        // The mention holds the appositive; the speaker resolver takes the name in it.
        using var kit = QuoteUnitKit.Of("One of his advisers, Tad Devine, told reporters that the campaign would go on.");

        kit.Words(kit.Subjects.SubjectBefore(kit.IndexOf("told"), 0)).Should().Be("his advisers, Tad Devine");
    }

    [Fact]
    public void SubjectBefore_ProperNameBeforeAPhraseOfAPreposition_HoldsBoth()
    {
        using var kit = QuoteUnitKit.Of("Jeb Bush in a Medium post said he would put more conservatives on the court.");

        kit.Words(kit.Subjects.SubjectBefore(kit.IndexOf("said"), 0)).Should().Be("Jeb Bush in a Medium post");
    }

    [Fact]
    public void SubjectBefore_SecondVerbOfTheSubject_GivesTheSubjectOfTheFirst()
    {
        using var kit = QuoteUnitKit.Of("Wilson praised Rubio and said the debate had gone well.");

        kit.Words(kit.Subjects.SubjectBefore(kit.IndexOf("said"), 0)).Should().Be("Wilson");
    }

    [Fact]
    public void NounPhraseEndingAt_Verb_IsNone()
    {
        // A subject does not end in a verb: "waved" ends no noun phrase.
        using var kit = QuoteUnitKit.Of("Outside the hall voters waved signs.");

        kit.Subjects.NounPhraseEndingAt(kit.IndexOf("waved"), 0).Should().BeNull();
    }

    [Theory]
    [InlineData("“We are ready,” said Peskov, the Kremlin spokesman.", "Peskov")]
    [InlineData("“We are ready,” said the Kremlin spokesman.", "the Kremlin spokesman")]
    [InlineData("“We are ready,” said RNC spokesman Sean Spicer.", "RNC spokesman Sean Spicer")]
    [InlineData("“We are ready,” said Sen. Chris Murphy (D-Conn.) on Monday.", "Sen. Chris Murphy (D-Conn.)")]
    public void SubjectAfter_SubjectAfterTheCue_EndsAtPunctuationOrAPreposition(string text, string subject)
    {
        using var kit = QuoteUnitKit.Of(text);

        kit.Words(kit.Subjects.SubjectAfter(kit.IndexOf("said") + 1, kit.Read.Tokens.Count)).Should().Be(subject);
    }

    [Fact]
    public void SubjectAfter_WordsThatRunOnIntoAClause_AreNoSubject()
    {
        using var kit = QuoteUnitKit.Of("“We are ready,” said Peskov will sign.");

        kit.Subjects.SubjectAfter(kit.IndexOf("said") + 1, kit.Read.Tokens.Count).Should().BeNull();
    }

    [Fact]
    public void ClauseSubjectBefore_Participle_GivesTheSubjectOfTheClauseItHangsOn()
    {
        using var kit = QuoteUnitKit.Of("Todd pressed Priebus on the plan, insisting that it would fail.");

        kit.Words(kit.Subjects.ClauseSubjectBefore(0, kit.IndexOf("insisting"))).Should().Be("Todd");
    }

    [Fact]
    public void SubjectAtStart_PhraseOfAPrepositionBeforeAComma_IsPassedOver()
    {
        using var kit = QuoteUnitKit.Of("In a fiery takedown of the businessman, Sanders called him divisive.");

        kit.Words(kit.Subjects.SubjectAtStart(0, kit.IndexOf("called"))).Should().Be("Sanders");
    }

    [Fact]
    public void IsPassive_ParticipleAfterAFormOfBe_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("No major deals are expected at the summit.");

        kit.Subjects.IsPassive(kit.IndexOf("expected"), kit.IndexOf("deals") + 1).Should().BeTrue();
    }

    [Fact]
    public void IsPassive_ActiveVerb_IsFalse()
    {
        using var kit = QuoteUnitKit.Of("The ministers expected a deal at the summit.");

        kit.Subjects.IsPassive(kit.IndexOf("expected"), kit.IndexOf("ministers") + 1).Should().BeFalse();
    }
}
