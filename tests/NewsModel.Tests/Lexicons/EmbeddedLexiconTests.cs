using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class EmbeddedLexiconTests
{
    public static TheoryData<LexiconKind> Kinds => [.. Enum.GetValues<LexiconKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TryAdd_EmbeddedFile_ReadsWithoutError(LexiconKind kind)
    {
        var ok = new LexiconSetBuilder().TryAdd(kind, LexiconSet.ReadEmbedded(kind), LexiconSet.ResourceName(kind), out var error);

        ok.Should().BeTrue(error?.ToString());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EmbeddedFile_Header_NamesSourceAndLicence(LexiconKind kind)
    {
        var text = LexiconSet.ReadEmbedded(kind);

        text.Should().StartWith("# " + LexiconSet.FileName(kind));
        text.Should().Contain("Format:").And.Contain("NewsModel contributors").And.Contain("Licence: Apache-2.0");
    }

    [Fact]
    public void Assembly_EveryLexiconKind_IsEmbedded()
    {
        var known = Enum.GetValues<LexiconKind>().Select(LexiconSet.ResourceName).ToHashSet();
        var embedded = typeof(LexiconSet).Assembly.GetManifestResourceNames();

        known.Should().BeSubsetOf(embedded);
    }

    [Fact]
    public void Assembly_EveryEmbeddedDataFile_NamesItsSourceAndLicence()
    {
        var assembly = typeof(LexiconSet).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("NewsModel.Lexicons.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var header = string.Join("\n", Enumerable.Range(0, 25).Select(_ => reader.ReadLine()).TakeWhile(l => l is not null && l.StartsWith('#')));

            header.Should().Contain("NewsModel contributors", name).And.Contain("Apache-2.0", name);
        }
    }

    [Fact]
    public void Default_Loaded_MeetsCoverageTheCardAsksFor()
    {
        var set = LexiconSet.Default;

        set.Countries.Entries.Should().HaveCountGreaterThanOrEqualTo(195);
        set.Places.Entries.Count(p => p.Kind == PlaceKind.City).Should().BeGreaterThanOrEqualTo(400);
        set.Organizations.Entries.Should().HaveCountGreaterThanOrEqualTo(300);
        set.Titles.Entries.Should().HaveCountGreaterThanOrEqualTo(300);
        set.ReportingVerbs.Verbs.Should().HaveCountGreaterThanOrEqualTo(150);
        set.FirstNames.Entries.Should().HaveCountGreaterThanOrEqualTo(2000);
    }

    [Fact]
    public void Default_CityAndOrganizationCountries_AreCanonicalCountryNames()
    {
        var set = LexiconSet.Default;
        var names = set.Countries.Entries.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        set.Places.Entries.Where(p => p.Country is not null).Select(p => p.Country).Should().OnlyContain(c => names.Contains(c!));
        set.Organizations.Entries.Where(o => o.Country is not null).Select(o => o.Country).Should().OnlyContain(c => names.Contains(c!));
    }

    [Fact]
    public void Default_EveryCapital_IsACity()
    {
        var set = LexiconSet.Default;

        foreach (var country in set.Countries.Entries)
        {
            set.Places.TryFind(country.Capital, out var place).Should().BeTrue(country.Capital);
            place!.Kind.Should().Be(PlaceKind.City, country.Capital);
        }
    }
}
