using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class TitleLexiconTests
{
    private readonly TitleLexicon titles = LexiconSet.Default.Titles;

    [Theory]
    [InlineData("spokeswoman", Gender.Female)]
    [InlineData("spokesman", Gender.Male)]
    [InlineData("spokesperson", Gender.Unknown)]
    [InlineData("Queen", Gender.Female)]
    [InlineData("King", Gender.Male)]
    [InlineData("Mrs", Gender.Female)]
    [InlineData("President", Gender.Unknown)]
    public void TryFind_Title_ImpliesGender(string text, Gender gender)
    {
        this.titles.TryFind(text, out var title).Should().BeTrue();
        title!.Gender.Should().Be(gender);
    }

    [Theory]
    [InlineData("Sen.")]
    [InlineData("Sen")]
    [InlineData("sen.")]
    public void TryFind_AbbreviationWithOrWithoutStop_GivesFullForm(string text)
    {
        this.titles.TryFind(text, out var title).Should().BeTrue();

        title!.FullForm.Should().Be("Senator");
        title.Kind.Should().Be(TitleKind.Political);
    }

    [Fact]
    public void TryFind_MultiWordTitle_IsFoundAndCountedInMaxWords()
    {
        this.titles.TryFind("Secretary of State", out var title).Should().BeTrue();

        title!.Kind.Should().Be(TitleKind.Political);
        this.titles.MaxWords.Should().BeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("prime minister")]
    [InlineData("Prime Minister")]
    public void TryFind_AnyCase_IsFound(string text)
    {
        this.titles.TryFind(text, out _).Should().BeTrue();
    }
}
