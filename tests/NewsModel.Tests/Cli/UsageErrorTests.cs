using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

public class UsageErrorTests
{
    private const string Article = "A headline about talks\n\nLeaders met in Moscow on Wednesday.\n";

    [Theory]
    [InlineData("extract", "-f", "xml", "--format: 'xml' is not a format; use json, yaml, jsonl, ninjs, jsonld, html, brat or timeml")]
    [InlineData("extract", "--format", "PDF", "--format: 'PDF' is not a format")]
    [InlineData("extract", "--input", "xml", "--input: 'xml' is not an input format; use text, timeml or jsonl")]
    [InlineData("extract", "--threads", "abc", "--threads: 'abc' is not a whole number from 1 to 1024")]
    [InlineData("extract", "--threads", "-3", "--threads: '-3' is not a whole number from 1 to 1024")]
    [InlineData("extract", "--threads", "200000", "--threads: '200000' is not a whole number from 1 to 1024")]
    [InlineData("extract", "--published", "25/09/2019", "--published: '25/09/2019' is not a date of the form YYYY-MM-DD")]
    [InlineData("convert", "-f", "pdf", "--format: 'pdf' is not a format; use json")]
    [InlineData("convert", "--threads", "2.5", "--threads: '2.5' is not a whole number")]
    public void Run_BadOptionValue_ExitsWithCode2AndOneLineNamingTheAcceptedValues(string command, string option, string value, string expected)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        var code = cli.Run(command, input, option, value, "--output", cli.PathOf("out"));

        code.Should().Be(ExitCodes.UsageError);
        OneLine(cli.Error).Should().StartWith("newsmodel: ").And.Contain(expected);
        Directory.Exists(cli.PathOf("out")).Should().BeFalse("nothing is written after a bad command line");
    }

    [Theory]
    [InlineData("--formatt", "did you mean --format?")]
    [InlineData("--thread", "did you mean --threads?")]
    [InlineData("--ouptut", "did you mean --output?")]
    [InlineData("--frobnicate", "see 'newsmodel extract --help'")]
    [InlineData("-x", "see 'newsmodel extract --help'")]
    public void Run_UnknownOption_ExitsWithCode2AndOneLineInsteadOfReadingItAsAnInput(string option, string hint)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        var code = cli.Run("extract", input, option, "yaml");

        code.Should().Be(ExitCodes.UsageError);
        OneLine(cli.Error).Should().Contain($"unknown option '{option}'").And.Contain(hint).And.NotContain("no such file");
        cli.Output.Should().BeEmpty("no model is written after a bad command line");
    }

    [Fact]
    public void Run_UnknownOptionWithValueAfterEquals_NamesTheOptionAlone()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("convert", input, "--formt=yaml").Should().Be(ExitCodes.UsageError);

        OneLine(cli.Error).Should().Contain("unknown option '--formt'").And.Contain("did you mean --format?");
    }

    [Fact]
    public void UnknownOptions_FileNamedLikeAnOptionAfterDoubleDash_IsAnInput()
    {
        var console = new CliConsole(() => Stream.Null, Stream.Null, TextWriter.Null);
        var parsed = NewsModelCommand.Parse(["extract", "--format", "yaml", "--", "-odd.txt"], console);

        NewsModelCommand.UnknownOptions(parsed).Should().BeEmpty();
        parsed.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Run_UnknownOptionOfTheRootCommand_NamesTheToolNotItsAssembly()
    {
        using var cli = new CliRun();

        cli.Run("--bogus").Should().Be(ExitCodes.UsageError);

        cli.Error.Should().Contain("unknown option '--bogus' for newsmodel").And.NotContain("NewsModel.Cli");
    }

    [Fact]
    public void Run_EmptyOutputFolder_IsAUsageError()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "-o", string.Empty).Should().Be(ExitCodes.UsageError);

        OneLine(cli.Error).Should().Contain("--output: the folder name is empty");
    }

    [Fact]
    public void Parse_InputStartingWithAt_IsAFileNotAResponseFile()
    {
        var console = new CliConsole(() => Stream.Null, Stream.Null, TextWriter.Null);

        var parsed = NewsModelCommand.Parse(["extract", "@notes.txt"], console);

        parsed.Errors.Should().BeEmpty();
        parsed.CommandResult.Tokens.Select(t => t.Value).Should().Equal("@notes.txt");
    }

    [Theory]
    [InlineData("extract", "xml")]
    [InlineData("convert", "pdf")]
    [InlineData("extract", "--threads=abc")]
    public void Run_BadCommandLine_PrintsNoStackTraceNorInternalError(string command, string value)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run(value.StartsWith("--", StringComparison.Ordinal) ? [command, input, value] : [command, input, "-f", value]).Should().Be(ExitCodes.UsageError);

        cli.Error.Should().NotContain("   at ").And.NotContain("internal error").And.NotContain("Exception");
    }

    [Fact]
    public void Help_FormatOption_ListsTheSameFormatsForBothCommands()
    {
        using var cli = new CliRun();
        cli.Run("extract", "--help").Should().Be(0);
        var extract = cli.Output;
        cli.Run("convert", "--help").Should().Be(0);
        var convert = cli.Output;

        const string Formats = "json|yaml|jsonl|ninjs|jsonld|html|brat|timeml";
        extract.Should().Contain(Formats);
        convert.Should().Contain(Formats);
        extract.Should().Contain("text|timeml|jsonl");
    }

    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle("a bad command line gets one line, not a usage page: {0}", error);
        return lines[0];
    }
}
