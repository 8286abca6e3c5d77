using NewsModel.Model;

namespace NewsModel.Tests.Actors;

public class MentionSpanTests
{
    private static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static IEnumerable<string> MentionsOf(Article article, string name)
        => article.Actors.Where(a => a.Name == name).SelectMany(a => a.Mentions).Select(m => m.Text);

    [Fact]
    public void Read_ArticleBeforeOrganisation_IsInTheMention()
    {
        var article = Read("Officials at the United Nations said the plan would fail.");

        MentionsOf(article, "United Nations").Should().Contain("the United Nations");
    }

    [Fact]
    public void Read_NameThatModifiesANoun_LeavesTheArticleOut()
    {
        var article = Read("Officials said the United Nations team arrived on Monday.");

        MentionsOf(article, "United Nations").Should().Contain("United Nations").And.NotContain("the United Nations");
    }

    [Fact]
    public void Read_Possessive_IsInTheMention()
    {
        var article = Read("Critics attacked Google's plans for the city.");

        MentionsOf(article, "Google").Should().Contain("Google's");
    }

    [Fact]
    public void Read_TitleBeforePerson_IsInTheMention()
    {
        var article = Read("The prize went to Professor Cres Eastman on Monday.");

        MentionsOf(article, "Cres Eastman").Should().Contain("Professor Cres Eastman");
    }

    [Fact]
    public void Read_CountryBeforeTitle_IsInThePersonsMention()
    {
        var article = Read("The school was praised by US President Barack Obama on Twitter.");

        MentionsOf(article, "Barack Obama").Should().Contain("US President Barack Obama");
        MentionsOf(article, "United States").Should().Contain("US");
    }

    [Fact]
    public void Read_PersonNameWithoutTitle_IsTheNameAlone()
    {
        var article = Read("Kim Jong-un met the visitors on Monday.", "Kim said the talks went well.");

        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Text).Should().Contain(["Kim Jong-un", "Kim"]);
    }

    [Fact]
    public void Read_CountryInsideOrganisationName_IsAlsoACountryMention()
    {
        var article = Read("Officials at the United States National Security Council met on Monday.");

        MentionsOf(article, "United States").Should().Contain("United States");
        article.Actors.Should().Contain(a => a.Kind == ActorKind.Organization && a.Mentions.Any(m => m.Text == "the United States National Security Council"));
    }

    [Fact]
    public void Read_NameBeforeAnotherName_LeavesTheArticleOut()
    {
        var article = Read("He was a guest at the Google Science Fair this week.");

        MentionsOf(article, "Google").Should().Equal("Google");
        article.Actors.Should().NotContain(a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Read_NameBeforeATimeWord_KeepsTheArticle()
    {
        var article = Read("A plan which the United Nations today rejects was published.");

        MentionsOf(article, "United Nations").Should().Contain("the United Nations");
    }

    [Fact]
    public void Read_AcronymOpeningASentence_IsAName()
    {
        var article = Read("He met the press.", "US officials said the visit would go ahead.");

        MentionsOf(article, "United States").Should().Contain("US");
    }

    [Fact]
    public void Read_VerbBeforeRole_IsNotInThePersonsMention()
    {
        var article = Read("Speakers included musician Tiziano Lugli and others.");

        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Text).Should().Contain("musician Tiziano Lugli").And.NotContain("included musician Tiziano Lugli");
    }

    [Fact]
    public void Read_CapitalisedTitleWithArticle_IsLinkedToThePerson()
    {
        var article = Read("President Donald Trump signed the order on Friday.", "The President said it was needed.");

        MentionsOf(article, "Donald Trump").Should().Contain(["President Donald Trump", "The President"]);
    }

    [Fact]
    public void Read_PossessorAndRoleBeforePerson_AreAPhraseOfTheirOwn()
    {
        var article = Read("The goal came after France's interior minister Gerald Darmanin spoke.");

        var darmanin = article.Actors.Single(a => a.Name == "Gerald Darmanin");
        darmanin.Mentions.Select(m => m.Text).Should().Equal("France's interior minister", "Gerald Darmanin");
        MentionsOf(article, "France").Should().Contain("France's");
    }

    [Theory]
    [InlineData("Later his father Mohamed Hassan spoke to reporters.", "his father", "Mohamed Hassan")]
    [InlineData("A penalty was given by the match referee Joel Aguilar in the end.", "the match referee", "Joel Aguilar")]
    public void Read_DeterminerAndRoleBeforePerson_AreAPhraseOfTheirOwn(string sentence, string role, string name)
    {
        var article = Read(sentence);

        var person = article.Actors.Single(a => a.Name == name);
        person.Mentions.Select(m => m.Text).Should().Equal(role, name);
    }

    [Theory]
    [InlineData("The cover was drawn by illustrator Johnnie Christmas last year.", "illustrator Johnnie Christmas")]
    [InlineData("The study was led by coauthor Colette Heald last year.", "coauthor Colette Heald")]
    public void Read_RoleNounBeforeName_IsInTheMention(string sentence, string mention)
    {
        var article = Read(sentence);

        article.Actors.SelectMany(a => a.Mentions).Select(m => m.Text).Should().Contain(mention);
    }
}
