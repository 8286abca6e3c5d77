using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class FirstNameLexiconTests
{
    private readonly FirstNameLexicon names = LexiconSet.Default.FirstNames;

    [Theory]
    [InlineData("Maria", Gender.Female)]
    [InlineData("Nicolas", Gender.Male)]
    [InlineData("Vladimir", Gender.Male)]
    [InlineData("Angela", Gender.Female)]
    [InlineData("Mohammed", Gender.Male)]
    [InlineData("Fatima", Gender.Female)]
    [InlineData("Jinping", Gender.Male)]
    [InlineData("Andrea", Gender.Unknown)]
    [InlineData("José", Gender.Male)]
    public void TryGetGender_KnownName_GivesGender(string name, Gender gender)
    {
        this.names.TryGetGender(name, out var actual).Should().BeTrue();
        actual.Should().Be(gender);
    }

    [Fact]
    public void TryGetGender_LowerCaseWord_IsNotAName()
    {
        this.names.Contains("Rose").Should().BeTrue();
        this.names.Contains("rose").Should().BeFalse();
    }

    [Fact]
    public void TryGetGender_Unknown_IsFalse()
    {
        this.names.TryGetGender("Zzyzx", out var gender).Should().BeFalse();
        gender.Should().Be(Gender.Unknown);
    }
}
