using NewsModel.Model;

namespace NewsModel.Tests.Actors;

/// <summary>
/// Which mentions the people lexicon identifies: a bare surname is a known person only when news
/// names that person so (holders of political or royal office), and a title word after an
/// honorific is a surname.
/// </summary>
public sealed class KnownPeopleTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void Read_SurnameAloneOfAKnownPresident_IsThatPerson()
    {
        var article = Read("Sandu said on Monday that the talks would go on.");

        article.Actors.Should().Contain(a => a.Name == "Maia Sandu" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Read_CommonSurnameAloneOfAKnownPersonWithoutOffice_IsSomeoneElse()
    {
        // The lexicon's one Smith is a special counsel; a Smith with no first name is not him.
        var article = Read("Smith said on Monday that the talks would go on.");

        article.Actors.Should().NotContain(a => a.Name == "Jack Smith");
        article.Actors.SelectMany(a => a.Roles).Should().NotContain("special counsel");
    }

    [Fact]
    public void Read_FullNameOfAKnownPersonWithoutOffice_IsThatPerson()
    {
        var article = Read("Jack Smith said on Monday that the case would go on.", "Smith declined to say more.");

        article.Actors.Should().ContainSingle(a => a.Name == "Jack Smith").Which.Mentions.Select(m => m.Text).Should().Contain(["Jack Smith", "Smith"]);
    }

    [Theory]
    [InlineData("Mr. Singer said the vote was close.", "Singer")]
    [InlineData("Ms. Boxer said the vote was close.", "Boxer")]
    [InlineData("Mr. King said the vote was close.", "King")]
    public void Read_TitleWordAfterAnHonorific_IsASurname(string sentence, string name)
    {
        var article = Read(sentence);

        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void Read_OfficeAddressedWithAnHonorific_IsNoName()
    {
        var article = Read("Mr. President, the vote was close.");

        article.Actors.Should().NotContain(a => a.Name == "President");
    }

    [Fact]
    public void Read_TitleCalledOutAfterAnHonorific_IsNoName()
    {
        var article = Read("“Mr. Chairman, I yield my time,” Smith said.");

        article.Actors.Should().NotContain(a => a.Name == "Chairman");
    }
}
