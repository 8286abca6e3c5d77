using System.Text.RegularExpressions;

using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class StatsTests
{
    private static readonly Regex StatsLine = new(@"^(\d+) documents, \d+\.\d\d MB, \d+\.\d\d s, \d+\.\d\d MB/s$");

    [Fact]
    public void Extract_Stats_PrintsThroughputAsTheLastErrorLine()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 5);

        cli.Run("extract", cli.PathOf("in"), "--stats", "--output", cli.PathOf("out")).Should().Be(1);

        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4, "two bad inputs, then extraction and writing, then the stats");
        var match = StatsLine.Match(lines[^1]);
        match.Success.Should().BeTrue(lines[^1]);
        match.Groups[1].Value.Should().Be("7", "every input read counts, good or bad");
    }

    [Fact]
    public void Extract_Stats_PrintsExtractionAndWritingBeforeTheLastLine()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 3);

        cli.Run("extract", cli.PathOf("in"), "--stats", "--threads", "1", "--output", cli.PathOf("out")).Should().Be(1);

        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[^2].Should().MatchRegex(@"^extraction \d+\.\d\d s, \d+\.\d\d MB/s; writing \d+\.\d\d s$");
    }

    [Fact]
    public void Convert_Stats_PrintsNoExtractionLine()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", SmallArticles.Article(1));
        cli.Run("extract", input, "--output", cli.PathOf("models")).Should().Be(0);

        cli.Run("convert", cli.PathOf("models"), "--format", "yaml", "--output", cli.PathOf("yaml"), "--stats").Should().Be(0, cli.Error);

        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().MatchRegex(StatsLine.ToString(), "convert runs no pipeline");
    }

    [Theory]
    [InlineData(2_000_000, 0.5, 0.25, 1, "extraction 0.50 s, 4.00 MB/s; writing 0.25 s")]
    [InlineData(2_000_000, 2.0, 1.0, 4, "extraction 2.00 s, 1.00 MB/s; writing 1.00 s, summed over 4 threads")]
    public void PartsLine_ExtractionAndWritingTimes_GivesExtractionThroughput(long bytes, double extraction, double writing, int threads, string expected)
    {
        BatchRunner.PartsLine(bytes, TimeSpan.FromSeconds(extraction), TimeSpan.FromSeconds(writing), threads).Should().Be(expected);
    }

    [Fact]
    public void Extract_NoStats_PrintsNoStatsLine()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", SmallArticles.Article(1));

        cli.Run("extract", input, "--output", cli.PathOf("out")).Should().Be(0);

        cli.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2_500_000, 2.0, "3 documents, 2.50 MB, 2.00 s, 1.25 MB/s")]
    [InlineData(1_234, 0.0, "3 documents, 0.00 MB, 0.00 s, 0.00 MB/s")]
    public void StatsLine_BytesAndTime_UsesDecimalMegabytesAndTwoDecimals(long bytes, double seconds, string expected)
    {
        BatchRunner.StatsLine(3, bytes, TimeSpan.FromSeconds(seconds)).Should().Be(expected);
    }
}
