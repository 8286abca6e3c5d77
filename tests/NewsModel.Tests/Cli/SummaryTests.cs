namespace NewsModel.Tests.Cli;

public class SummaryTests
{
    private const string Article =
        "Talks in Moscow\n\n" +
        "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in Moscow on Wednesday.\n\n" +
        "\"We support the dialogue with the opposition,\" Putin said.\n";

    [Fact]
    public void Extract_TerminalWithoutFormat_PrintsWhoSaidWhatActorsAndEvents()
    {
        using var cli = new CliRun { OutputIsTerminal = true };
        var input = cli.WriteFile("talks.txt", Article);

        cli.Run("extract", input, "--published", "2019-09-25").Should().Be(0, cli.Error);

        cli.Output.Should().NotContain("\"schema\"");
        cli.Output.Should().Contain("Talks in Moscow").And.Contain("Who said what").And.Contain("Actors").And.Contain("Events");
        var quoteRow = cli.Output.Split('\n').Should().Contain(line => line.Contains("We support the dialogue", StringComparison.Ordinal)).Which;
        quoteRow.Should().Contain("Vladimir Putin").And.Contain("direct");
        cli.Output.Split('\n').Should().Contain(line => line.Contains("Nicolas Maduro", StringComparison.Ordinal) && line.Contains("person", StringComparison.Ordinal));
        cli.Output.Split('\n').Should().Contain(line => line.Contains("2019-09-25", StringComparison.Ordinal) && line.Contains("consult", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TerminalWithFormat_PrintsTheFormat()
    {
        using var cli = new CliRun { OutputIsTerminal = true };
        var input = cli.WriteFile("talks.txt", Article);

        cli.Run("extract", input, "--format", "json").Should().Be(0, cli.Error);

        cli.Output.Should().StartWith("{").And.Contain("\"schema\": \"newsmodel/1\"").And.NotContain("Who said what");
    }

    [Fact]
    public void Extract_RedirectedWithoutFormat_PrintsJson()
    {
        using var cli = new CliRun { OutputIsTerminal = false };
        var input = cli.WriteFile("talks.txt", Article);

        cli.Run("extract", input).Should().Be(0, cli.Error);

        cli.Output.Should().StartWith("{").And.NotContain("Who said what");
    }

    [Fact]
    public void Extract_SummaryOfLongQuote_ShortensIt()
    {
        using var cli = new CliRun { OutputIsTerminal = true };
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var input = cli.WriteFile("long.txt", $"Long words\n\n\"{words},\" Putin said.\n");

        cli.Run("extract", input).Should().Be(0, cli.Error);

        cli.Output.Should().Contain("word1 ").And.Contain("…").And.NotContain("word59");
    }
}
