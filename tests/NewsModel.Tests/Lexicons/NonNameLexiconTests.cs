using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class NonNameLexiconTests
{
    private readonly NonNameLexicon words = LexiconSet.Default.CapitalizedNonNames;

    [Theory]
    [InlineData("The", NonNameKind.Function)]
    [InlineData("However", NonNameKind.Adverb)]
    [InlineData("Meanwhile", NonNameKind.Adverb)]
    [InlineData("Monday", NonNameKind.Weekday)]
    [InlineData("September", NonNameKind.Month)]
    [InlineData("May", NonNameKind.Month)]
    public void TryGetKind_SentenceOpener_IsNotAName(string word, NonNameKind kind)
    {
        this.words.TryGetKind(word, out var actual).Should().BeTrue();
        actual.Should().Be(kind);
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("Moscow")]
    [InlineData("New")]
    public void Contains_NameOrNamePart_IsFalse(string word)
    {
        this.words.Contains(word).Should().BeFalse();
    }
}
