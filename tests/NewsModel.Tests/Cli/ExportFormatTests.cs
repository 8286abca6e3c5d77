using System.Text.Json;

using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public class ExportFormatTests
{
    private const string Article = "Talks in Moscow\n\n\"We support the dialogue,\" Putin said in Moscow on Wednesday.\n";

    [Fact]
    public void Extract_JsonlWithoutOutput_PrintsOneModelPerLine()
    {
        using var cli = new CliRun();
        var a = cli.WriteFile("a.txt", Article);
        var b = cli.WriteFile("b.txt", "Other news\n\nLeaders met in Paris.\n");

        cli.Run("extract", a, b, "--format", "jsonl").Should().Be(0, cli.Error);

        var lines = cli.Output.Split('\n');
        lines.Should().HaveCount(3);
        lines[2].Should().BeEmpty();
        ModelJson.Deserialize(lines[0]).Value.Id.Value.Should().Be("a");
        ModelJson.Deserialize(lines[1]).Value.Id.Value.Should().Be("b");
    }

    [Fact]
    public void Extract_JsonlWithOutput_WritesOneJsonlFilePerInput()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "--format", "jsonl", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        var content = File.ReadAllText(cli.PathOf("out/a.jsonl"));
        content.Should().EndWith("}\n");
        content.Count(c => c == '\n').Should().Be(1);
        ModelJson.Deserialize(content).Value.Text.Should().Be(Article);
    }

    [Theory]
    [InlineData("ninjs", "a.ninjs.json", "uri")]
    [InlineData("jsonld", "a.jsonld", "@graph")]
    public void Extract_JsonExportFormat_WritesJsonNamedAfterInput(string format, string file, string property)
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "--format", format, "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        using var json = JsonDocument.Parse(File.ReadAllBytes(cli.PathOf("out/" + file)));
        json.RootElement.TryGetProperty(property, out _).Should().BeTrue();
    }

    [Fact]
    public void Extract_Html_WritesPageWithHighlightedQuote()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Article);

        cli.Run("extract", input, "--format", "html", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        File.ReadAllText(cli.PathOf("out/a.html")).Should().StartWith("<!DOCTYPE html>").And.Contain(">We support the dialogue,</mark>");
    }

    [Fact]
    public void Extract_Brat_WritesAnnAndTheExactText()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("in/a.txt", Article);

        cli.Run("extract", input, "--format", "brat", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        File.ReadAllText(cli.PathOf("out/a.txt")).Should().Be(Article);
        File.ReadAllText(cli.PathOf("out/a.ann")).Should().Contain("\tContent ").And.Contain("\tCue ").And.Contain("\tSource ");
        Directory.GetFiles(cli.PathOf("out")).Should().HaveCount(2);
    }

    [Fact]
    public void Convert_Ann_ReadsBratBackIntoTheModel()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("in/a.txt", Article);
        cli.Run("extract", input, "--output", cli.PathOf("json")).Should().Be(0, cli.Error);
        cli.Run("extract", input, "--format", "brat", "--output", cli.PathOf("brat")).Should().Be(0, cli.Error);

        cli.Run("convert", cli.PathOf("brat/a.ann"), "--format", "json", "--output", cli.PathOf("back")).Should().Be(0, cli.Error);

        var original = ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("json/a.json"))).Value;
        var back = ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("back/a.json"))).Value;
        back.Text.Should().Be(Article);
        back.Quotes.Should().Equal(original.Quotes);
        back.Actors.Select(a => a.Id).Should().Equal(original.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Convert_MalformedAnn_NamesFileAndLine()
    {
        using var cli = new CliRun();
        cli.WriteFile("bad.txt", Article);
        var bad = cli.WriteFile("bad.ann", "T1\tPerson 0 5\tTalks\nT2\tPerson five six\tPutin\n");

        cli.Run("convert", bad, "--output", cli.PathOf("out")).Should().Be(1);

        cli.Error.Should().Contain("bad.ann").And.Contain("line 2:");
        File.Exists(cli.PathOf("out/bad.json")).Should().BeFalse();
    }

    [Fact]
    public void Convert_AnnWithoutText_SaysTheTextIsMissing()
    {
        using var cli = new CliRun();
        var ann = cli.WriteFile("lonely.ann", "T1\tPerson 0 5\tTalks\n");

        cli.Run("convert", ann).Should().Be(1);

        cli.Error.Should().Contain("lonely.ann").And.Contain("lonely.txt");
    }
}
