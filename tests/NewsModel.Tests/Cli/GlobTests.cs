using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class GlobTests
{
    [Fact]
    public void Extract_StarPattern_ReadsOnlyMatchingFilesInThatFolder()
    {
        using var cli = new CliRun();
        cli.WriteFile("data/a.txt", SmallArticles.Article(1));
        cli.WriteFile("data/b.txt", SmallArticles.Article(2));
        cli.WriteFile("data/c.md", "not an article");
        cli.WriteFile("data/deeper/d.txt", SmallArticles.Article(3));

        cli.Run("extract", Path.Combine(cli.PathOf("data"), "*.txt"), "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        Directory.GetFiles(cli.PathOf("out"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().BeEquivalentTo("a.json", "b.json");
    }

    [Fact]
    public void Extract_DoubleStarPattern_ReadsEveryFolderAndKeepsSubfolders()
    {
        using var cli = new CliRun();
        cli.WriteFile("corpus/top.txt", SmallArticles.Article(1));
        cli.WriteFile("corpus/x/mid.txt", SmallArticles.Article(2));
        cli.WriteFile("corpus/x/y/low.txt", SmallArticles.Article(3));
        cli.WriteFile("corpus/x/y/low.md", "not an article");

        cli.Run("extract", Path.Combine(cli.PathOf("corpus"), "**", "*.txt"), "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        File.Exists(cli.PathOf("out/top.json")).Should().BeTrue();
        File.Exists(cli.PathOf("out/x/mid.json")).Should().BeTrue();
        File.Exists(cli.PathOf("out/x/y/low.json")).Should().BeTrue();
    }

    [Fact]
    public void Extract_PatternMatchingNothing_FailsWithOneLineNamingIt()
    {
        using var cli = new CliRun();
        var good = cli.WriteFile("a.txt", SmallArticles.Article(1));
        var pattern = Path.Combine(cli.PathOf("nothing"), "*.tml");

        var code = cli.Run("extract", pattern, good, "--output", cli.PathOf("out"));

        code.Should().Be(1);
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain(pattern);
        File.Exists(cli.PathOf("out/a.json")).Should().BeTrue();
    }

    [Fact]
    public void Expand_QuestionMarkAndFolderWildcard_MatchOneSegmentEach()
    {
        using var cli = new CliRun();
        cli.WriteFile("2019/a1.txt", "x");
        cli.WriteFile("2019/a22.txt", "x");
        cli.WriteFile("2020/a3.txt", "x");
        cli.WriteFile("2020/.hidden/a4.txt", "x");

        var items = Glob.Expand(Path.Combine(cli.Folder, "20*", "a?.txt"));

        items.Select(i => Path.GetRelativePath(cli.Folder, i.Path)).Should().Equal(
            Path.Combine("2019", "a1.txt"), Path.Combine("2020", "a3.txt"));
        items.Select(i => i.RelativeDirectory).Should().Equal("2019", "2020");
    }

    [Fact]
    public void Expand_RelativePattern_GivesPathsAsWritten()
    {
        using var cli = new CliRun();
        cli.WriteFile("rel/a.txt", "x");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, cli.PathOf("rel"));

        var items = Glob.Expand(relative + "/*.txt");

        items.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(relative, "a.txt"));
    }
}
