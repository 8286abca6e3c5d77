using NewsModel.Cli;
using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class CancellationTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void Extract_CancelledAfterTheFirstOutput_StopsWithExitCode130AndSaysHowManyWereDone(string threads)
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 4);
        using var cancellation = new CancellationTokenSource();
        cli.CancellationToken = cancellation.Token;
        cli.OnOutput = cancellation.Cancel;

        var code = cli.Run("extract", cli.PathOf("in"), "--threads", threads);

        code.Should().Be(ExitCodes.Cancelled);
        cli.Output.Split("\"schema\": \"newsmodel/1\"").Should().HaveCount(2, "the output being written finishes, and no other is written after it");
        using var array = System.Text.Json.JsonDocument.Parse(cli.Output);
        array.RootElement.GetArrayLength().Should().Be(1, "the array of a folder's models is closed, so what was written stays valid JSON");
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain("cancelled").And.Contain("1 of 6");
    }

    [Fact]
    public void Extract_CancelledBeforeTheStart_WritesNothingAndLeavesNoTemporaryFile()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 4);
        cli.CancellationToken = new CancellationToken(canceled: true);

        var code = cli.Run("extract", cli.PathOf("in"), "--threads", "4", "--output", cli.PathOf("out"));

        code.Should().Be(ExitCodes.Cancelled);
        Directory.GetFiles(cli.PathOf("out"), "*", SearchOption.AllDirectories).Should().BeEmpty();
        cli.Error.Should().Contain("0 of 6");
    }

    [Fact]
    public void Write_CancelledToken_LeavesNeitherFileNorTemporaryFile()
    {
        using var cli = new CliRun();
        var path = cli.PathOf("out/a.json");

        var write = () => AtomicFile.Write(path, "{}"u8, new CancellationToken(canceled: true));

        write.Should().Throw<OperationCanceledException>();
        (Directory.Exists(cli.PathOf("out")) ? Directory.GetFiles(cli.PathOf("out")) : []).Should().BeEmpty();
    }
}
