using NewsModel.Serialization;
using NewsModel.Tests.Serialization;

namespace NewsModel.Tests.Cli;

public class ConvertCommandTests
{
    private const string Article = "Talks in Moscow\n\nLeaders met in Moscow on Wednesday.\n";

    [Fact]
    public void Convert_JsonToYamlAndBack_GivesTheSameBytes()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);
        cli.Run("extract", input, "--output", cli.PathOf("json")).Should().Be(0, cli.Error);

        cli.Run("convert", cli.PathOf("json/a.json"), "--format", "yaml", "--output", cli.PathOf("yaml")).Should().Be(0, cli.Error);
        cli.Run("convert", cli.PathOf("yaml/a.yaml"), "--format", "json", "--output", cli.PathOf("back")).Should().Be(0, cli.Error);

        File.ReadAllBytes(cli.PathOf("back/a.json")).Should().Equal(File.ReadAllBytes(cli.PathOf("json/a.json")));
    }

    [Fact]
    public void Convert_MalformedModel_NamesFileAndLine()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("bad.json", "{\n  \"schema\": \"newsmodel/1\",\n  \"article\": [\n");
        var good = cli.WriteFile("in/good.txt", Article);
        cli.Run("extract", good, "--output", cli.PathOf("models")).Should().Be(0);

        var code = cli.Run("convert", bad, cli.PathOf("models/good.json"), "--format", "yaml", "--output", cli.PathOf("out"));

        code.Should().Be(1);
        cli.Error.Trim().Should().Contain("bad.json").And.Contain("line ");
        File.Exists(cli.PathOf("out/good.yaml")).Should().BeTrue();
    }

    [Fact]
    public void Convert_FolderWithYamlTheParserThrowsOn_NamesEachBadFileWithItsPlaceAndConvertsTheRest()
    {
        // Both inputs made YamlDotNet throw something other than its YamlException (afl-fuzz findings).
        using var cli = new CliRun();
        var escape = cli.WriteFile("in/bad-escape.yaml", "\"\\ud800\\ud800\"ner}\"ner}iclcZ");
        var tag = cli.WriteFile("in/bad-tag.yaml", "!!!!!!!!!!!!!!!!!!!!!v3[");
        cli.WriteFile("in/good.yaml", ModelYaml.Serialize(SampleArticle.Create()));

        var code = cli.Run("convert", cli.PathOf("in"), "--format", "json", "--output", cli.PathOf("out"));

        code.Should().Be(1);
        cli.Error.Should().NotContain("internal error").And.NotContain("   at ");
        cli.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().SatisfyRespectively(
            first => first.Should().StartWith($"newsmodel: {escape}: line 1, column 14: invalid YAML: ").And.Contain("surrogate"),
            second => second.Should().Be($"newsmodel: {tag}: line 1, column 1: invalid YAML: Global tags must be valid URIs."));
        ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("out/good.json"))).Value.Should().Be(SampleArticle.Create());
    }
}
