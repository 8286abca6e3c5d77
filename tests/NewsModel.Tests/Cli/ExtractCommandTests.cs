using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public class ExtractCommandTests
{
    private const string Article = "A headline about talks\n\nLeaders met in Moscow on Wednesday.\n\nThey said little.\n";

    [Fact]
    public void Extract_FileWithOutputFolder_WritesModelNamedAfterInput()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        var code = cli.Run("extract", input, "--format", "json", "--output", cli.PathOf("out"), "--published", "2019-09-25");

        code.Should().Be(0, cli.Error);
        var model = ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("out/a.json")));
        model.Success.Should().BeTrue(model.Error?.ToString());
        model.Value.Text.Should().Be(Article);
        model.Value.Id.Value.Should().Be("a");
        model.Value.Published.Should().Be(new NodaTime.LocalDate(2019, 9, 25));
    }

    [Fact]
    public void Extract_YamlFormat_WritesYamlExtension()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("story.v2.txt", Article);

        cli.Run("extract", input, "--format", "yaml", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        var yaml = File.ReadAllText(cli.PathOf("out/story.v2.yaml"));
        ModelYaml.Deserialize(yaml).Value.Text.Should().Be(Article);
    }

    [Fact]
    public void Extract_NoOutputFolder_PrintsToStandardOutput()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input).Should().Be(0, cli.Error);

        cli.Output.Should().Contain("\"schema\": \"newsmodel/1\"");
    }

    [Fact]
    public void Extract_StandardInput_ReadsDash()
    {
        using var cli = new CliRun { StandardInput = System.Text.Encoding.UTF8.GetBytes(Article) };

        cli.Run("extract", "-", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        File.Exists(cli.PathOf("out/stdin.json")).Should().BeTrue();
    }

    [Fact]
    public void Extract_FolderWithOneBadFile_WritesTheOthersAndNamesTheBadOne()
    {
        using var cli = new CliRun();
        cli.WriteFile("in/good.txt", Article);
        cli.WriteFile("in/sub/also-good.txt", Article);
        cli.WriteFile("in/bad.txt", [0x48, 0x69, 0xC3, 0x28, 0x21]);
        cli.WriteFile("in/ignored.md", "not an article");

        var code = cli.Run("extract", cli.PathOf("in"), "--output", cli.PathOf("out"));

        code.Should().Be(1);
        File.Exists(cli.PathOf("out/good.json")).Should().BeTrue();
        File.Exists(cli.PathOf("out/sub/also-good.json")).Should().BeTrue();
        File.Exists(cli.PathOf("out/bad.json")).Should().BeFalse();
        File.Exists(cli.PathOf("out/ignored.json")).Should().BeFalse();
        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().Contain("bad.txt").And.Contain("byte 2").And.Contain("invalid UTF-8");
    }

    [Fact]
    public void Extract_HundredMegabyteFile_IsRefusedWithOneLineBeforeItIsRead()
    {
        using var cli = new CliRun();
        cli.WriteFile("in/good.txt", Article);
        var huge = cli.PathOf("in/huge.txt");
        using (var stream = File.Create(huge))
        {
            // A sparse file: the size counts, not the bytes on disk.
            stream.SetLength(100L * 1000 * 1000);
        }

        var code = cli.Run("extract", cli.PathOf("in"), "--output", cli.PathOf("out"));

        code.Should().Be(1);
        File.Exists(cli.PathOf("out/good.json")).Should().BeTrue();
        File.Exists(cli.PathOf("out/huge.json")).Should().BeFalse();
        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().Contain("huge.txt").And.Contain("larger than the limit");
    }

    [Fact]
    public void Extract_MissingInput_FailsWithOneLineAndStillWritesGoodInput()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        var code = cli.Run("extract", cli.PathOf("missing.txt"), input, "--output", cli.PathOf("out"));

        code.Should().Be(1);
        cli.Error.Trim().Should().Contain("missing.txt").And.Contain("no such file");
        File.Exists(cli.PathOf("out/a.json")).Should().BeTrue();
    }

    [Fact]
    public void Extract_BadPublishedDate_IsAUsageError()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "--published", "25/09/2019").Should().Be(2);
        cli.Error.Should().Contain("YYYY-MM-DD");
    }

    [Fact]
    public void Extract_OutputFolderIsAFile_FailsWithoutStackTrace()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);
        var blocker = cli.WriteFile("out", "a file where the folder should be");

        var code = cli.Run("extract", input, "--output", blocker);

        code.Should().Be(1);
        cli.Error.Should().Contain(blocker).And.NotContain("   at ");
    }

    [Fact]
    public void Extract_Success_LeavesNoTemporaryFiles()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "--output", cli.PathOf("out")).Should().Be(0);

        Directory.GetFiles(cli.PathOf("out")).Should().ContainSingle().Which.Should().EndWith("a.json");
    }
}
