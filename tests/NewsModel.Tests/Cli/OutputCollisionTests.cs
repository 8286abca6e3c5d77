using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

public class OutputCollisionTests
{
    [Fact]
    public void Extract_TwoInputsWithTheSameName_ReportsBothBeforeWritingAndWritesTheOthers()
    {
        using var cli = new CliRun();
        var first = cli.WriteFile("in/a.txt", SmallArticles.Article(1));
        var second = cli.WriteFile("in2/a.txt", SmallArticles.Article(2));
        var other = cli.WriteFile("in2/b.txt", SmallArticles.Article(3));

        var code = cli.Run("extract", cli.PathOf("in"), second, other, "--output", cli.PathOf("out"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.Exists(cli.PathOf("out/a.json")).Should().BeFalse("neither of two colliding inputs wins");
        File.Exists(cli.PathOf("out/b.json")).Should().BeTrue("the other inputs are still written");
        var line = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
        line.Should().Contain(first).And.Contain(second).And.Contain(Path.Combine(cli.PathOf("out"), "a.json")).And.Contain("none of them is written");
    }

    [Fact]
    public void Extract_OutputOfAnEarlierRunInTheFolder_IsReplaced()
    {
        // A run again over the same inputs is no collision: its own outputs are what it replaces.
        using var cli = new CliRun();
        var input = cli.WriteFile("in/a.txt", SmallArticles.Article(1));
        cli.WriteFile("out/a.json", "old");

        cli.Run("extract", input, "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success, cli.Error);

        File.ReadAllText(cli.PathOf("out/a.json")).Should().Contain("newsmodel/1");
    }

    [Fact]
    public void Convert_JsonAndYamlOfTheSameNameToOneFormat_WritesNeitherAndSaysSo()
    {
        using var cli = new CliRun();
        cli.WriteFile("a.txt", SmallArticles.Article(1));
        cli.Run("extract", cli.PathOf("a.txt"), "--output", cli.PathOf("models")).Should().Be(0, cli.Error);
        cli.Run("extract", cli.PathOf("a.txt"), "--format", "yaml", "--output", cli.PathOf("models")).Should().Be(0, cli.Error);

        var code = cli.Run("convert", cli.PathOf("models"), "--format", "html", "--output", cli.PathOf("html"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.Exists(cli.PathOf("html/a.html")).Should().BeFalse();
        cli.Error.Should().Contain("a.json").And.Contain("a.yaml").And.Contain("a.html");
    }

    [Fact]
    public void Convert_OutputThatIsAnInputOfTheRun_IsNotOverwritten()
    {
        using var cli = new CliRun();
        cli.WriteFile("a.txt", SmallArticles.Article(1));
        cli.Run("extract", cli.PathOf("a.txt"), "--format", "yaml", "--output", cli.PathOf("models")).Should().Be(0, cli.Error);
        cli.Run("extract", cli.PathOf("a.txt"), "--output", cli.PathOf("models")).Should().Be(0, cli.Error);
        var before = File.ReadAllBytes(cli.PathOf("models/a.json"));

        var code = cli.Run("convert", cli.PathOf("models/a.yaml"), cli.PathOf("models/a.json"), "--format", "json", "--output", cli.PathOf("models"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.ReadAllBytes(cli.PathOf("models/a.json")).Should().Equal(before);
        cli.Error.Should().Contain("is an input of this run");
    }

    [Fact]
    public void Extract_BratIntoTheInputFolder_DoesNotOverwriteTheArticle()
    {
        // BRAT writes the text beside its annotations: in the input folder, that is the input itself.
        using var cli = new CliRun();
        var input = cli.WriteFile("in/a.txt", "Café\r\n\r\nLeaders met in Paris on Monday.\r\n");
        var before = File.ReadAllBytes(input);

        var code = cli.Run("extract", cli.PathOf("in"), "--format", "brat", "--output", cli.PathOf("in"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.ReadAllBytes(input).Should().Equal(before);
        File.Exists(cli.PathOf("in/a.ann")).Should().BeFalse();
    }

    [Fact]
    public void Extract_JsonLinesWithARepeatedId_WritesTheFirstAndReportsTheSecondByLine()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", string.Join('\n', JsonLine("same", SmallArticles.Article(1)), JsonLine("same", SmallArticles.Article(2)), JsonLine("other", SmallArticles.Article(3))) + "\n");

        var code = cli.Run("extract", "--input", "jsonl", feed, "--output", cli.PathOf("out"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.ReadAllText(cli.PathOf("out/same.json")).Should().Contain("Story 1");
        File.Exists(cli.PathOf("out/other.json")).Should().BeTrue();
        cli.Error.Should().Contain("feed.jsonl:2").And.Contain("was written for").And.Contain("feed.jsonl:1");
    }

    internal static string JsonLine(string id, string text) => System.Text.Json.JsonSerializer.Serialize(new { id, text });
}
