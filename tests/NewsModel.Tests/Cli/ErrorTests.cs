namespace NewsModel.Tests.Cli;

public class ErrorTests
{
    [Fact]
    public void Extract_OutputFolderUnderAFile_GivesOneLineNamingTheFolder()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 3);
        var blocker = cli.WriteFile("blocker", "a file where a folder should be");
        var output = Path.Combine(blocker, "out");

        var code = cli.Run("extract", cli.PathOf("in"), "--output", output);

        code.Should().NotBe(0);
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain(output).And.NotContain("   at ");
    }

    [Fact]
    public void Extract_UnreadableInput_GivesOneLineWithoutStackTrace()
    {
        using var cli = new CliRun { OpenStandardInput = () => throw new IOException("the pipe broke") };

        cli.Run("extract", "-").Should().Be(1);

        cli.Error.Trim().Should().Be("newsmodel: <stdin>: the pipe broke");
    }

    [Fact]
    public void Extract_UnreadableInputWithVerbose_AddsTheExceptionText()
    {
        using var cli = new CliRun { OpenStandardInput = () => throw new IOException("the pipe broke") };

        cli.Run("extract", "-", "--verbose").Should().Be(1);

        cli.Error.Should().StartWith("newsmodel: <stdin>: the pipe broke").And.Contain("System.IO.IOException").And.Contain("   at ");
    }
}
