using FsCheck;
using FsCheck.Xunit;

using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class LexiconReaderTests
{
    [Fact]
    public void TryAdd_TooFewColumns_ReportsSourceAndLine()
    {
        const string text = "# countries\n\nRussia | | Russian | Moscow | RU\nAtlantis | Atlantean\n";

        var ok = new LexiconSetBuilder().TryAdd(LexiconKind.Countries, text, "my-countries.txt", out var error);

        ok.Should().BeFalse();
        error!.Line.Should().Be(4);
        error.Message.Should().Contain("my-countries.txt").And.Contain("columns");
        error.ToString().Should().StartWith("line 4:");
    }

    [Fact]
    public void Add_MalformedLine_ThrowsWithSourceAndLine()
    {
        var builder = new LexiconSetBuilder();

        var act = () => builder.Add(LexiconKind.FirstNames, "Maria | f\nNicolas | x\n", "names.txt");

        act.Should().Throw<NewsModelException>()
            .Which.Error.Should().Match<ParseError>(e => e.Line == 2 && e.Message.Contains("names.txt") && e.Message.Contains("gender"));
    }

    [Theory]
    [InlineData("Russia | | Russian | Moscow | Russia\n", "ISO code")]
    [InlineData("Senator | politics | -\n", "title kind")]
    [InlineData("say | | speech\n", "forms")]
    [InlineData("say | say; said | talking\n", "category")]
    [InlineData("Maria | f\nmaria | f\n", "duplicate")]
    public void TryAdd_BadContent_ExplainsWhat(string text, string expected)
    {
        var kind = text.StartsWith("Russia", StringComparison.Ordinal) ? LexiconKind.Countries
            : text.StartsWith("Senator", StringComparison.Ordinal) ? LexiconKind.Titles
            : text.StartsWith("say", StringComparison.Ordinal) ? LexiconKind.ReportingVerbs
            : LexiconKind.FirstNames;

        new LexiconSetBuilder().TryAdd(kind, text, "user.txt", out var error).Should().BeFalse();

        error!.Message.Should().Contain(expected);
    }

    [Fact]
    public void TryAdd_CommentsBlankLinesTabsAndByteOrderMark_AreHandled()
    {
        const string text = "\uFEFF# names\r\n\r\n   \r\nMaria\tf\r\n  # indented comment\r\nNicolas |  m  \r\n";
        var builder = new LexiconSetBuilder();

        builder.TryAdd(LexiconKind.FirstNames, text, "names.txt", out var error).Should().BeTrue(error?.ToString());
        var names = builder.Build().FirstNames;

        names.Entries.Should().Equal(new FirstNameEntry("Maria", Gender.Female), new FirstNameEntry("Nicolas", Gender.Male));
    }

    [Fact]
    public void TryAdd_ListColumn_SplitsOnSemicolonsAndTrims()
    {
        const string text = "Atlantis | Atlantic Realm ;  Atlantia;; | Atlantean | Poseidonia | AQ\n";
        var builder = new LexiconSetBuilder();

        builder.TryAdd(LexiconKind.Countries, text, "c.txt", out _).Should().BeTrue();
        var atlantis = builder.Build().Countries.Entries.Single();

        atlantis.Aliases.Should().Equal("Atlantic Realm", "Atlantia");
        atlantis.Capital.Should().Be("Poseidonia");
    }

    [Property]
    public bool TryAdd_AnyText_ReturnsResultWithoutThrowing(NonNull<string> text, LexiconKind kind)
    {
        var ok = new LexiconSetBuilder().TryAdd(kind, text.Get, "fuzz.txt", out var error);
        return ok == (error is null) && (ok || (error!.Line is > 0 && error.Message.StartsWith("fuzz.txt", StringComparison.Ordinal)));
    }
}
