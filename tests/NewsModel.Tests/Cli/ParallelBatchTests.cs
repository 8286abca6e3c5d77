namespace NewsModel.Tests.Cli;

public class ParallelBatchTests
{
    [Fact]
    public void Extract_Threads1AndThreads4_GiveTheSameBytesOnOutputAndError()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 16);

        var sequentialCode = cli.Run("extract", cli.PathOf("in"), "--threads", "1");
        var (sequentialOutput, sequentialError) = (cli.Output, cli.Error);
        var parallelCode = cli.Run("extract", cli.PathOf("in"), "--threads", "4");

        parallelCode.Should().Be(sequentialCode).And.Be(1, "two of the inputs are bad");
        cli.Output.Should().Be(sequentialOutput);
        cli.Error.Should().Be(sequentialError);
        sequentialError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        sequentialOutput.Split("\"schema\": \"newsmodel/1\"").Should().HaveCount(17, "one model per good input");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Extract_LongInputThenShortOnes_EachModelIsTheSameAsAlone(string threads)
    {
        // Outputs are serialised into pooled arrays: a short model written after a long one must not
        // carry any of the long one's bytes.
        using var cli = new CliRun();
        string[] texts = [string.Concat(Enumerable.Repeat(SmallArticles.Article(3), 40)), SmallArticles.Article(0), SmallArticles.Article(1), SmallArticles.Article(2)];
        var inputs = texts.Select((t, i) => cli.WriteFile($"n{i}.txt", t)).ToArray();
        var alone = new List<string>();
        foreach (var input in inputs)
        {
            cli.Run("extract", input, "--format", "json").Should().Be(0, cli.Error);
            alone.Add(cli.Output.TrimEnd('\n'));
        }

        cli.Run(["extract", .. inputs, "--format", "json", "--threads", threads]).Should().Be(0, cli.Error);

        cli.Output.Should().Be("[\n" + string.Join(",\n", alone) + "\n]\n", "several inputs on standard output are one JSON array of the models each gives alone");
    }

    [Fact]
    public void Extract_Threads4_PrintsModelsInInputOrder()
    {
        using var cli = new CliRun();
        var inputs = Enumerable.Range(0, 8).Select(i => cli.WriteFile($"n{i}.txt", SmallArticles.Article(i))).ToArray();

        cli.Run(["extract", .. inputs.Reverse(), "--threads", "4"]).Should().Be(0, cli.Error);

        var positions = Enumerable.Range(0, 8).Select(i => cli.Output.IndexOf($"\"id\": \"n{i}\"", StringComparison.Ordinal)).ToArray();
        positions.Should().OnlyContain(p => p >= 0);
        positions.Should().BeInDescendingOrder("the inputs were given last to first");
    }

    [Fact]
    public void Extract_Threads4WithOutputFolder_WritesTheSameFilesAsThreads1()
    {
        using var cli = new CliRun();
        SmallArticles.WriteFolder(cli, "in", 10);

        cli.Run("extract", cli.PathOf("in"), "--threads", "1", "--output", cli.PathOf("one"));
        cli.Run("extract", cli.PathOf("in"), "--threads", "4", "--output", cli.PathOf("four"));

        var one = Directory.GetFiles(cli.PathOf("one"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var four = Directory.GetFiles(cli.PathOf("four"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        one.Should().HaveCount(10);
        four.Select(f => Path.GetRelativePath(cli.PathOf("four"), f)).Should().Equal(one.Select(f => Path.GetRelativePath(cli.PathOf("one"), f)));
        for (var i = 0; i < one.Length; i++)
        {
            File.ReadAllBytes(four[i]).Should().Equal(File.ReadAllBytes(one[i]));
        }
    }

    [Fact]
    public void Extract_ZeroThreads_IsAUsageError()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", SmallArticles.Article(0));

        cli.Run("extract", input, "--threads", "0").Should().Be(2);
        cli.Error.Should().Contain("--threads");
    }
}
