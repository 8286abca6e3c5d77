using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class PlaceLexiconTests
{
    private readonly PlaceLexicon places = LexiconSet.Default.Places;

    [Theory]
    [InlineData("New York", "New York", PlaceKind.City)]
    [InlineData("NYC", "New York", PlaceKind.City)]
    [InlineData("New York state", "New York", PlaceKind.State)]
    [InlineData("Calif.", "California", PlaceKind.State)]
    [InlineData("Fla.", "Florida", PlaceKind.State)]
    [InlineData("Gaza Strip", "Gaza", PlaceKind.Territory)]
    [InlineData("Middle East", "Middle East", PlaceKind.Region)]
    [InlineData("Europe", "Europe", PlaceKind.Continent)]
    [InlineData("Kiev", "Kyiv", PlaceKind.City)]
    public void TryFind_KnownName_FindsPlace(string text, string name, PlaceKind kind)
    {
        this.places.TryFind(text, out var place).Should().BeTrue();

        place!.Name.Should().Be(name);
        place.Kind.Should().Be(kind);
    }

    [Fact]
    public void TryFind_Capital_KnowsItsCountry()
    {
        this.places.TryFind("Caracas", out var place).Should().BeTrue();
        place!.Country.Should().Be("Venezuela");
    }

    [Fact]
    public void TryFind_PostalCodeInLowerCase_FindsNothing()
    {
        this.places.TryFind("or", out _).Should().BeFalse();
    }
}
