using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class LanguageCheckTests
{
    [Theory]
    [InlineData("Leaders met in Moscow on Wednesday to discuss the war in Ukraine, and the Kremlin said that the talks had been useful for both sides of the conflict, which has lasted for years.")]
    [InlineData("Shares of the company rose 4 percent on Tuesday after it reported higher profits than analysts had expected, and its chief executive said demand would stay strong through the end of the year.")]
    public void LooksLikeEnglish_EnglishNews_IsTrue(string text) => LanguageCheck.LooksLikeEnglish(text).Should().BeTrue();

    [Theory]
    [InlineData("Le président de la République a déclaré mercredi que le gouvernement allait présenter un nouveau projet de loi sur les retraites, malgré les protestations des syndicats et de l'opposition, qui dénoncent une réforme injuste.")]
    [InlineData("El presidente del Gobierno anunció este miércoles una nueva ley de vivienda que limitará los precios del alquiler en las zonas más tensionadas del país, según fuentes del Ministerio consultadas por este periódico.")]
    [InlineData("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das nach Angaben des Wirtschaftsministeriums den Ausbau von Wind- und Solaranlagen deutlich beschleunigen soll. Die Opposition kritisierte den Entwurf als unzureichend.")]
    [InlineData("O presidente da República anunciou nesta quarta-feira um novo pacote de medidas para conter a inflação, que inclui cortes de impostos sobre alimentos e combustíveis. A oposição criticou o plano e afirmou que as medidas chegam tarde demais para as famílias mais pobres do país.")]
    [InlineData("De regering heeft woensdag een nieuw plan gepresenteerd om de woningnood aan te pakken. Volgens de minister moeten er de komende tien jaar een miljoen nieuwe woningen worden gebouwd, maar de oppositie noemt het plan onrealistisch.")]
    public void LooksLikeEnglish_OtherLanguages_IsFalse(string text) => LanguageCheck.LooksLikeEnglish(text).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("Le président a parlé.")]
    public void LooksLikeEnglish_TooShortToTell_IsTrue(string text) => LanguageCheck.LooksLikeEnglish(text).Should().BeTrue();

    [Fact]
    public void FunctionWordShare_EnglishSentence_IsAboutAThirdOrMore()
        => LanguageCheck.FunctionWordShare("He said that the plan was on the table and that it would be put to a vote by the end of the week.").Should().BeGreaterThan(0.35);

    [Fact]
    public void LooksLikeEnglish_ChineseNewsWithoutSpaces_IsFalse()
        => LanguageCheck.LooksLikeEnglish("国务院总理周三在北京主持召开常务会议，部署进一步稳定经济增长的措施，并决定加大对中小企业的支持力度。").Should().BeFalse();
}
