using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class CountryLexiconTests
{
    private readonly CountryLexicon countries = LexiconSet.Default.Countries;

    [Theory]
    [InlineData("United States", CountryNameKind.Name)]
    [InlineData("US", CountryNameKind.Alias)]
    [InlineData("U.S.", CountryNameKind.Alias)]
    [InlineData("America", CountryNameKind.Alias)]
    [InlineData("American", CountryNameKind.Demonym)]
    [InlineData("Washington", CountryNameKind.Capital)]
    public void TryFind_WordsForTheUnitedStates_FindUnitedStates(string text, CountryNameKind kind)
    {
        this.countries.TryFind(text, out var match).Should().BeTrue();

        match.Country.Name.Should().Be("United States");
        match.Country.IsoCode.Should().Be("US");
        match.Kind.Should().Be(kind);
    }

    [Fact]
    public void TryFind_Moscow_IsTheCapitalOfRussia()
    {
        this.countries.TryFind("Moscow", out var match).Should().BeTrue();

        match.Country.Name.Should().Be("Russia");
        match.Kind.Should().Be(CountryNameKind.Capital);
        match.Country.Capital.Should().Be("Moscow");
    }

    [Theory]
    [InlineData("Venezuelan", "Venezuela")]
    [InlineData("British", "United Kingdom")]
    [InlineData("UK", "United Kingdom")]
    [InlineData("Britain", "United Kingdom")]
    [InlineData("DPRK", "North Korea")]
    [InlineData("Ivory Coast", "Cote d'Ivoire")]
    [InlineData("Kyiv", "Ukraine")]
    [InlineData("Kosovo", "Kosovo")]
    public void TryFind_KnownWord_FindsCountry(string text, string country)
    {
        this.countries.TryFind(text, out var match).Should().BeTrue();
        match.Country.Name.Should().Be(country);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("turkey")]
    [InlineData("chad")]
    public void TryFind_OrdinaryWord_FindsNothing(string text)
    {
        this.countries.TryFind(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryFind_AllCapitalHeadline_MatchesButLowerCaseDoesNot()
    {
        this.countries.TryFind("RUSSIA", out var match).Should().BeTrue();
        match.Country.Name.Should().Be("Russia");

        this.countries.TryFind("russia", out _).Should().BeFalse();
    }

    [Fact]
    public void TryFind_SliceOfLargerText_FindsCountry()
    {
        var text = "Officials in Caracas said".AsSpan();

        this.countries.TryFind(text.Slice(13, 7), out var match).Should().BeTrue();
        match.Country.Name.Should().Be("Venezuela");
    }

    [Fact]
    public void TryGetByCode_LowerCaseCode_FindsCountry()
    {
        this.countries.TryGetByCode("ru", out var country).Should().BeTrue();
        country!.Name.Should().Be("Russia");
    }
}
