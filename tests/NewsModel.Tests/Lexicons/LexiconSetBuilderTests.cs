using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class LexiconSetBuilderTests
{
    [Fact]
    public void Add_UserOrganization_IsFoundAlongsideDefaults()
    {
        var set = LexiconSet.CreateBuilder()
            .Add(LexiconKind.Organizations, "# mine\nAcme Widgets | AWC; Acme | company | United States\n", "mine.txt")
            .Build();

        set.Organizations.TryFind("AWC", out var acme).Should().BeTrue();
        acme!.Name.Should().Be("Acme Widgets");
        set.Organizations.TryFind("UNGA", out _).Should().BeTrue();
        set.Countries.TryFind("U.S.", out _).Should().BeTrue();
    }

    [Fact]
    public void Add_EntryWithDefaultKey_ReplacesTheDefault()
    {
        var set = LexiconSet.CreateBuilder()
            .Add(LexiconKind.FirstNames, "Andrea | f\n", "names.txt")
            .Build();

        set.FirstNames.TryGetGender("Andrea", out var gender).Should().BeTrue();
        gender.Should().Be(Gender.Female);
        set.FirstNames.Entries.Count(e => e.Name == "Andrea").Should().Be(1);
        LexiconSet.Default.FirstNames.TryGetGender("Andrea", out var defaultGender).Should().BeTrue();
        defaultGender.Should().Be(Gender.Unknown);
    }

    [Fact]
    public void Add_UserEntrySharingAName_WinsOverDefault()
    {
        // By default "Washington" is the capital; a user in Seattle wants the state.
        LexiconSet.Default.Places.TryFind("Washington", out var capital).Should().BeTrue();
        capital!.Kind.Should().Be(PlaceKind.City);

        var set = LexiconSet.CreateBuilder()
            .Add(LexiconKind.Regions, "Washington | state | United States | WA; Wash.; Evergreen State\n", "mine.txt")
            .Build();

        set.Places.TryFind("Washington", out var place).Should().BeTrue();
        place!.Kind.Should().Be(PlaceKind.State);
        set.Places.TryFind("Evergreen State", out _).Should().BeTrue();
        set.Places.Entries.Count(p => p.Name == "Washington").Should().Be(2, "the user's state replaced the default state, not the city");
    }

    [Fact]
    public void Add_UserAlias_WinsOverDefaultAliasButNotOverAName()
    {
        var set = LexiconSet.CreateBuilder()
            .Add(new OrganizationEntry("Associated Pipelines", OrganizationKind.Company, null) { Aliases = ["AP", "Reuters"] })
            .Build();

        set.Organizations.TryFind("AP", out var ap).Should().BeTrue();
        ap!.Name.Should().Be("Associated Pipelines");
        set.Organizations.TryFind("Reuters", out var reuters).Should().BeTrue();
        reuters!.Name.Should().Be("Reuters");
    }

    [Fact]
    public void TryAdd_MalformedText_AddsNothing()
    {
        var builder = new LexiconSetBuilder();

        builder.TryAdd(LexiconKind.FirstNames, "Maria | f\nBroken\n", "names.txt", out _).Should().BeFalse();

        builder.Build().FirstNames.Entries.Should().BeEmpty();
    }

    [Fact]
    public void AddFile_UserFile_IsReadAndNamedInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsmodel-{Guid.NewGuid():N}-titles.txt");
        try
        {
            File.WriteAllText(path, "Grand Vizier | political | m\nbad line\n");
            var act = () => new LexiconSetBuilder().AddFile(LexiconKind.Titles, path);
            act.Should().Throw<NewsModelException>().Which.Error.Message.Should().Contain(Path.GetFileName(path));

            File.WriteAllText(path, "Grand Vizier | political | m\n");
            var set = new LexiconSetBuilder().AddFile(LexiconKind.Titles, path).Build();
            set.Titles.TryFind("grand vizier", out var title).Should().BeTrue();
            title!.Gender.Should().Be(Gender.Male);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToBuilder_BuildAgain_KeepsEveryEntryInOrder()
    {
        var copy = LexiconSet.Default.ToBuilder().Build();

        copy.Countries.Entries.Should().Equal(LexiconSet.Default.Countries.Entries);
        copy.Places.Entries.Should().Equal(LexiconSet.Default.Places.Entries);
        copy.ReportingVerbs.Phrases.Should().Equal(LexiconSet.Default.ReportingVerbs.Phrases);
    }
}
