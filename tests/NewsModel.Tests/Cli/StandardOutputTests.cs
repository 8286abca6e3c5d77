using System.Text.Json;

using NewsModel.Cli;
using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public class StandardOutputTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("ninjs")]
    [InlineData("jsonld")]
    public void Extract_FolderToStandardOutputInAJsonFormat_IsOneJsonArray(string format)
    {
        using var cli = new CliRun();
        for (var i = 0; i < 3; i++)
        {
            cli.WriteFile($"in/n{i}.txt", SmallArticles.Article(i));
        }

        cli.Run("extract", cli.PathOf("in"), "--format", format).Should().Be(ExitCodes.Success, cli.Error);

        using var document = JsonDocument.Parse(cli.Output);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        document.RootElement.GetArrayLength().Should().Be(3);
        cli.Output.Should().EndWith("]\n");
    }

    [Fact]
    public void Extract_FolderWithOneFile_IsStillAnArray()
    {
        // The shape follows the command line, not how many files a folder holds today.
        using var cli = new CliRun();
        cli.WriteFile("in/n0.txt", SmallArticles.Article(0));

        cli.Run("extract", cli.PathOf("in")).Should().Be(ExitCodes.Success, cli.Error);

        using var document = JsonDocument.Parse(cli.Output);
        document.RootElement.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Extract_OneFileToStandardOutput_IsOneObjectEndingWithANewline()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", SmallArticles.Article(0));

        cli.Run("extract", input).Should().Be(ExitCodes.Success, cli.Error);

        using var document = JsonDocument.Parse(cli.Output);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        cli.Output.Should().EndWith("}\n").And.NotEndWith("\n\n");
    }

    [Fact]
    public void Extract_AllInputsBad_StillPrintsAValidEmptyArray()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("bad.txt", [0xC3, 0x28]);
        var missing = cli.PathOf("missing.txt");

        cli.Run("extract", bad, missing).Should().Be(ExitCodes.SomeInputsFailed);

        using var document = JsonDocument.Parse(cli.Output);
        document.RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Extract_SeveralInputsAsYaml_IsAStreamOfDocumentsEachReadableAlone()
    {
        using var cli = new CliRun();
        var inputs = Enumerable.Range(0, 3).Select(i => cli.WriteFile($"n{i}.txt", SmallArticles.Article(i))).ToArray();

        cli.Run(["extract", .. inputs, "--format", "yaml"]).Should().Be(ExitCodes.Success, cli.Error);

        var documents = cli.Output.Split("---\n", StringSplitOptions.RemoveEmptyEntries);
        documents.Should().HaveCount(3);
        documents.Select(d => ModelYaml.Deserialize(d).Value.Id.Value).Should().Equal("n0", "n1", "n2");
    }

    [Theory]
    [InlineData("html")]
    [InlineData("brat")]
    public void Extract_SeveralInputsToStandardOutputInAOneFileFormat_IsAUsageErrorPointingToOutput(string format)
    {
        using var cli = new CliRun();
        var a = cli.WriteFile("a.txt", SmallArticles.Article(0));
        var b = cli.WriteFile("b.txt", SmallArticles.Article(1));

        cli.Run("extract", a, b, "--format", format).Should().Be(ExitCodes.UsageError);

        cli.Output.Should().BeEmpty();
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("--output DIR").And.Contain("jsonl");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Extract_JsonLinesFormat_IsWhatJsonLinesExportWritesForEachArticle(string threads)
    {
        using var cli = new CliRun();
        var inputs = Enumerable.Range(0, 4).Select(i => cli.WriteFile($"n{i}.txt", SmallArticles.Article(i))).ToArray();

        cli.Run(["extract", .. inputs, "--format", "jsonl", "--threads", threads]).Should().Be(ExitCodes.Success, cli.Error);

        var expected = inputs.Select(i => NewsModel.Export.JsonLinesExport.Serialize(NewsPipeline.Default.Read(File.ReadAllText(i), new ReadOptions { Id = Path.GetFileNameWithoutExtension(i) })));
        cli.Output.Should().Be(string.Concat(expected));
    }

    [Theory]
    [InlineData("json", ".json")]
    [InlineData("ninjs", ".ninjs.json")]
    [InlineData("jsonld", ".jsonld")]
    [InlineData("yaml", ".yaml")]
    [InlineData("jsonl", ".jsonl")]
    public void Extract_OutputFolder_TextFilesEndWithOneNewline(string format, string extension)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", SmallArticles.Article(0));

        cli.Run("extract", input, "--format", format, "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success, cli.Error);

        var text = File.ReadAllText(cli.PathOf("out/a" + extension));
        text.Should().EndWith("\n").And.NotEndWith("\n\n");
    }
}
