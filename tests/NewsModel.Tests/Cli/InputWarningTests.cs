using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

public class InputWarningTests
{
    private const string French =
        "Le président de la République a déclaré mercredi que le gouvernement allait présenter un nouveau projet de loi " +
        "sur les retraites, malgré les protestations des syndicats et de l'opposition, qui dénoncent une réforme injuste " +
        "pour les travailleurs les plus modestes du pays et réclament un débat national.\n";

    [Theory]
    [InlineData("", "the input is empty")]
    [InlineData("  \n\n\t \n", "the input holds only blank space")]
    public void Extract_EmptyOrBlankInput_WarnsWithOneLineAndStillWritesTheModel(string text, string warning)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("empty.txt", text);

        cli.Run("extract", input, "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success);

        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Be($"newsmodel: warning: {input}: {warning}");
        File.Exists(cli.PathOf("out/empty.json")).Should().BeTrue();
    }

    [Fact]
    public void Extract_FrenchArticle_WarnsThatOnlyEnglishIsRead()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("fr.txt", French);

        cli.Run("extract", input, "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success);

        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith($"newsmodel: warning: {input}: ").And.Contain("English only");
    }

    [Fact]
    public void Extract_EnglishArticles_GiveNoWarning()
    {
        using var cli = new CliRun();
        var inputs = Enumerable.Range(0, 6).Select(i => cli.WriteFile($"n{i}.txt", SmallArticles.Article(i))).ToArray();

        cli.Run(["extract", .. inputs, "--output", cli.PathOf("out")]).Should().Be(ExitCodes.Success);

        cli.Error.Should().BeEmpty();
    }

    [Fact]
    public void Extract_WarningsOfSeveralInputs_ComeInInputOrderWithTheirErrors()
    {
        using var cli = new CliRun();
        cli.WriteFile("in/a.txt", string.Empty);
        cli.WriteFile("in/b.txt", [0xC3, 0x28]);
        cli.WriteFile("in/c.txt", French);

        cli.Run("extract", cli.PathOf("in"), "--threads", "3", "--output", cli.PathOf("out")).Should().Be(ExitCodes.SomeInputsFailed);

        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[0].Should().Contain("a.txt").And.Contain("empty");
        lines[1].Should().Contain("b.txt").And.Contain("invalid UTF-8");
        lines[2].Should().Contain("c.txt").And.Contain("English");
    }
}
