using System.CommandLine;

using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

public class HelpTests
{
    [Theory]
    [InlineData(ExitCodes.Success)]
    [InlineData(ExitCodes.SomeInputsFailed)]
    [InlineData(ExitCodes.UsageError)]
    [InlineData(ExitCodes.Cancelled)]
    public void Help_Root_ListsEveryExitCode(int code)
    {
        using var cli = new CliRun();

        cli.Run("--help").Should().Be(0);

        cli.Output.Should().Contain($"Exit codes:").And.MatchRegex($@"[:;] {code} \w");
    }

    [Fact]
    public void Help_EveryCommand_DescribesEveryOptionAndArgument()
    {
        var console = new CliConsole(() => Stream.Null, Stream.Null, TextWriter.Null);
        var root = NewsModelCommand.Create(console);

        root.Subcommands.Should().NotBeEmpty();
        foreach (var command in root.Subcommands)
        {
            command.Description.Should().NotBeNullOrWhiteSpace(command.Name);
            command.Options.Should().OnlyContain(o => !string.IsNullOrWhiteSpace(o.Description), $"every option of {command.Name} is described");
            command.Arguments.Should().OnlyContain(a => !string.IsNullOrWhiteSpace(a.Description), $"every argument of {command.Name} is described");
        }
    }

    [Theory]
    [InlineData("extract", "--threads")]
    [InlineData("extract", "--stats")]
    [InlineData("extract", "--verbose")]
    [InlineData("convert", "--threads")]
    [InlineData("convert", "--stats")]
    public void Help_Command_ShowsBatchOptions(string command, string option)
    {
        using var cli = new CliRun();

        cli.Run(command, "--help").Should().Be(0);

        cli.Output.Should().Contain(option);
    }
}
