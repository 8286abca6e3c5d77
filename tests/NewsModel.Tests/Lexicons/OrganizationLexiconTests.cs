using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class OrganizationLexiconTests
{
    private readonly OrganizationLexicon organizations = LexiconSet.Default.Organizations;

    [Theory]
    [InlineData("UNGA", "United Nations General Assembly", OrganizationKind.Intergovernmental)]
    [InlineData("UN General Assembly", "United Nations General Assembly", OrganizationKind.Intergovernmental)]
    [InlineData("NATO", "North Atlantic Treaty Organization", OrganizationKind.Intergovernmental)]
    [InlineData("Kremlin", "Kremlin", OrganizationKind.Government)]
    [InlineData("AP", "Associated Press", OrganizationKind.Media)]
    [InlineData("Reuters", "Reuters", OrganizationKind.Media)]
    [InlineData("GOP", "Republican Party", OrganizationKind.Party)]
    [InlineData("Rosneft", "Rosneft", OrganizationKind.Company)]
    [InlineData("Pentagon", "Pentagon", OrganizationKind.Military)]
    public void TryFind_KnownName_FindsOrganization(string text, string name, OrganizationKind kind)
    {
        this.organizations.TryFind(text, out var organization).Should().BeTrue();

        organization!.Name.Should().Be(name);
        organization.Kind.Should().Be(kind);
    }

    [Fact]
    public void TryFind_AcronymInCapitals_MatchesButLowerCaseWordDoesNot()
    {
        this.organizations.TryFind("WHO", out var who).Should().BeTrue();
        who!.Name.Should().Be("World Health Organization");

        this.organizations.TryFind("who", out _).Should().BeFalse();
        this.organizations.TryFind("Who", out _).Should().BeFalse();
    }

    [Fact]
    public void TryFind_Kremlin_KnowsItsCountry()
    {
        this.organizations.TryFind("the Kremlin", out var kremlin).Should().BeTrue();
        kremlin!.Country.Should().Be("Russia");
    }
}
