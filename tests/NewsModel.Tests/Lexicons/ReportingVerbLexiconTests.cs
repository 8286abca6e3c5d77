using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class ReportingVerbLexiconTests
{
    private readonly ReportingVerbLexicon verbs = LexiconSet.Default.ReportingVerbs;

    [Theory]
    [InlineData("said", "say", ReportingCategory.Speech)]
    [InlineData("says", "say", ReportingCategory.Speech)]
    [InlineData("told", "tell", ReportingCategory.Speech)]
    [InlineData("tweeted", "tweet", ReportingCategory.Writing)]
    [InlineData("denied", "deny", ReportingCategory.Denial)]
    [InlineData("accused", "accuse", ReportingCategory.Accusation)]
    [InlineData("called on", "call on", ReportingCategory.Appeal)]
    [InlineData("pointed out", "point out", ReportingCategory.Argument)]
    [InlineData("emphasised", "emphasise", ReportingCategory.Argument)]
    [InlineData("Said", "say", ReportingCategory.Speech)]
    public void TryFindVerb_Form_FindsLemmaAndCategory(string form, string lemma, ReportingCategory category)
    {
        this.verbs.TryFindVerb(form, out var verb).Should().BeTrue();

        verb!.Lemma.Should().Be(lemma);
        verb.Category.Should().Be(category);
    }

    [Fact]
    public void TryFindVerb_Say_TakesThatClauseAndQuote()
    {
        this.verbs.TryFindVerb("say", out var say).Should().BeTrue();
        say!.Frames.Should().HaveFlag(ReportingFrames.ThatClause).And.HaveFlag(ReportingFrames.Quote);
    }

    [Fact]
    public void TryFindVerb_Accuse_TakesObjectOf()
    {
        this.verbs.TryFindVerb("accusing", out var accuse).Should().BeTrue();
        accuse!.Frames.Should().HaveFlag(ReportingFrames.ObjectOf);
    }

    [Theory]
    [InlineData("according to", CuePhraseRole.Source)]
    [InlineData("in a statement", CuePhraseRole.Channel)]
    [InlineData("in an interview", CuePhraseRole.Channel)]
    [InlineData("told reporters", CuePhraseRole.Verb)]
    [InlineData("said in a statement", CuePhraseRole.Verb)]
    [InlineData("wrote on Twitter", CuePhraseRole.Verb)]
    [InlineData("posted on Facebook", CuePhraseRole.Verb)]
    public void TryFindPhrase_CuePhrase_HasRole(string text, CuePhraseRole role)
    {
        this.verbs.TryFindPhrase(text, out var phrase).Should().BeTrue();
        phrase!.Role.Should().Be(role);
    }

    [Fact]
    public void MaxPhraseWords_CoversLongestPhrase()
    {
        this.verbs.MaxPhraseWords.Should().Be(this.verbs.Phrases.Max(p => p.Phrase.Split(' ').Length));
    }

    [Fact]
    public void TryFindVerb_NotAVerb_FindsNothing()
    {
        this.verbs.TryFindVerb("table", out _).Should().BeFalse();
    }
}
