using System.Text;
using System.Text.Json;

using NewsModel.Cli;
using NewsModel.Cli.IO;
using NewsModel.Serialization;

using NodaTime;

namespace NewsModel.Tests.Cli;

public class JsonLinesInputTests
{
    [Fact]
    public void Parse_FullLine_ReadsEveryField()
    {
        var line = JsonLinesInput.Parse("""{"id": "a1", "text": "Hello.", "published": "2019-09-25", "url": "https://example.com/a1", "tags": ["x", {"y": 1}]}"""u8);

        line.Value.Should().Be(new JsonLineArticle("a1", "Hello.", new LocalDate(2019, 9, 25), "https://example.com/a1"));
    }

    [Theory]
    [InlineData("2019-09-25T14:03:00Z")]
    [InlineData("2019-09-25 14:03")]
    public void Parse_PublishedTimestamp_TakesItsDate(string published)
    {
        var line = JsonLinesInput.Parse(Encoding.UTF8.GetBytes($"{{\"text\": \"x\", \"published\": \"{published}\"}}"));

        line.Value.Published.Should().Be(new LocalDate(2019, 9, 25));
    }

    [Fact]
    public void Parse_NullsAndNoId_LeaveThoseFieldsEmpty()
    {
        var line = JsonLinesInput.Parse("""{"text": "x", "published": null, "url": null}"""u8);

        line.Value.Should().Be(new JsonLineArticle(null, "x", null, null));
    }

    [Theory]
    [InlineData("""{"id": "a", "text": """, "invalid JSON")]
    [InlineData("""["not", "an", "object"]""", "not a JSON object")]
    [InlineData("""{"id": "a"}""", "no \"text\"")]
    [InlineData("""{"text": 42}""", "\"text\" is not a string")]
    [InlineData("""{"text": "x", "published": "yesterday"}""", "'yesterday' is not a date")]
    [InlineData("""{"text": "x"} {"text": "y"}""", "invalid JSON")]
    [InlineData("""{"text": "x",}""", "invalid JSON")]
    public void Parse_BadLine_IsAnErrorSayingWhat(string line, string expected)
    {
        var result = JsonLinesInput.Parse(Encoding.UTF8.GetBytes(line));

        result.Success.Should().BeFalse();
        result.Error!.ToString().Should().Contain(expected).And.NotContain("\n");
    }

    [Fact]
    public void Parse_InvalidUtf8InTheText_IsAnError()
    {
        byte[] line = [.. "{\"text\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        JsonLinesInput.Parse(line).Success.Should().BeFalse();
    }

    [Fact]
    public void Lines_BlankLinesAndCarriageReturns_AreSkippedAndCountedInLineNumbers()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", "{\"text\": \"a\"}\r\n\r\n   \n{\"text\": \"b\"}");

        var lines = JsonLinesInput.Lines([new InputItem(feed, string.Empty)], () => Stream.Null, 1000).ToList();

        lines.Select(l => l.Line).Should().Equal(1, 4);
        lines.Select(l => Encoding.UTF8.GetString(l.Content.Span)).Should().Equal("{\"text\": \"a\"}", "{\"text\": \"b\"}");
    }

    [Fact]
    public void Lines_LineOverTheLimit_IsAProblemAndTheNextLineIsRead()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", $"{{\"text\": \"{new string('x', 500)}\"}}\n{{\"text\": \"b\"}}\n");

        var lines = JsonLinesInput.Lines([new InputItem(feed, string.Empty)], () => Stream.Null, 100).ToList();

        lines.Should().HaveCount(2);
        lines[0].Problem.Should().Contain("longer than the limit");
        lines[1].Problem.Should().BeNull();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void Extract_JsonLinesToStandardOutput_KeepsOrderAndReportsABadLineByNumber(string threads)
    {
        using var cli = new CliRun();
        var lines = Enumerable.Range(0, 12).Select(i => OutputCollisionTests.JsonLine($"a{i}", SmallArticles.Article(i))).ToList();
        lines.Insert(6, "{\"id\": \"broken\", \"text\": ");
        var feed = cli.WriteFile("feed.jsonl", string.Join('\n', lines) + "\n");

        var code = cli.Run("extract", "--input", "jsonl", "--format", "jsonl", feed, "--threads", threads);

        code.Should().Be(ExitCodes.SomeInputsFailed);
        var models = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        models.Select(m => ModelJson.Deserialize(m).Value.Id.Value).Should().Equal(Enumerable.Range(0, 12).Select(i => $"a{i}"));
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith($"newsmodel: {feed}:7: ");
    }

    [Fact]
    public void Extract_JsonLinesFields_BecomeTheArticlesIdDateAndUrl()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", """{"id": "x1", "text": "Talks\n\nLeaders met on Wednesday.", "published": "2019-09-26", "url": "https://example.com/x1"}""" + "\n" + """{"text": "Talks\n\nLeaders met on Wednesday."}""");

        cli.Run("extract", "--input", "jsonl", "--format", "jsonl", feed, "--published", "2020-01-01").Should().Be(ExitCodes.Success, cli.Error);

        var models = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(m => ModelJson.Deserialize(m).Value).ToList();
        models[0].Id.Value.Should().Be("x1");
        models[0].Published.Should().Be(new LocalDate(2019, 9, 26), "a line's own date wins over --published");
        models[0].Url.Should().Be("https://example.com/x1");
        models[0].Times.Should().Contain(t => t.Value == "2019-09-25", "relative days are resolved against the line's date");
        models[1].Id.Value.Should().Be("feed-2", "a line without an id is named after its file and line");
        models[1].Published.Should().Be(new LocalDate(2020, 1, 1));
    }

    [Fact]
    public void Extract_JsonLinesFromStandardInput_WritesTheFirstModelBeforeReadingTheWholeInput()
    {
        // Streaming: what is written does not wait for the end of the input, so memory does not
        // grow with it.
        var lines = Enumerable.Range(0, 400).Select(i => OutputCollisionTests.JsonLine($"a{i}", SmallArticles.Article(i)) + "\n");
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines));
        var input = new CountingStream(bytes);
        long readAtFirstOutput = -1;
        using var cli = new CliRun { OpenStandardInput = () => input };
        cli.OnOutput = () =>
        {
            if (readAtFirstOutput < 0)
            {
                readAtFirstOutput = input.Position;
            }
        };

        cli.Run("extract", "--input", "jsonl", "--format", "jsonl", "-", "--threads", "2").Should().Be(ExitCodes.Success, cli.Error);

        cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(400);
        readAtFirstOutput.Should().BePositive().And.BeLessThan(bytes.Length / 4);
    }

    [Fact]
    public void Extract_JsonLinesToAFolderAsJsonLines_WritesOneFilePerInputFile()
    {
        using var cli = new CliRun();
        cli.WriteFile("in/a.jsonl", OutputCollisionTests.JsonLine("a1", SmallArticles.Article(1)) + "\n" + OutputCollisionTests.JsonLine("a2", SmallArticles.Article(2)) + "\n");
        cli.WriteFile("in/sub/b.jsonl", OutputCollisionTests.JsonLine("b1", SmallArticles.Article(3)) + "\n");

        cli.Run("extract", "--input", "jsonl", "--format", "jsonl", cli.PathOf("in"), "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success, cli.Error);

        File.ReadAllLines(cli.PathOf("out/a.jsonl")).Select(l => ModelJson.Deserialize(l).Value.Id.Value).Should().Equal("a1", "a2");
        File.ReadAllLines(cli.PathOf("out/sub/b.jsonl")).Should().ContainSingle();
        Directory.GetFiles(cli.PathOf("out"), "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Extract_JsonLinesToAFolderAsJson_WritesOneFilePerArticleNamedAfterItsId()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", OutputCollisionTests.JsonLine("a1", SmallArticles.Article(1)) + "\n" + OutputCollisionTests.JsonLine("../escape", SmallArticles.Article(2)) + "\n");

        cli.Run("extract", "--input", "jsonl", feed, "--output", cli.PathOf("out")).Should().Be(ExitCodes.SomeInputsFailed);

        Directory.GetFiles(cli.PathOf("out")).Select(Path.GetFileName).Should().Equal("a1.json");
        cli.Error.Should().Contain("feed.jsonl:2").And.Contain("cannot name a file");
    }

    [Fact]
    public void Extract_JsonLinesAsJsonToStandardOutput_IsOneArray()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", OutputCollisionTests.JsonLine("a1", SmallArticles.Article(1)) + "\n");

        cli.Run("extract", "--input", "jsonl", feed).Should().Be(ExitCodes.Success, cli.Error);

        using var document = JsonDocument.Parse(cli.Output);
        document.RootElement.GetArrayLength().Should().Be(1);
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        // Reads in small pieces, as a pipe gives them.
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 4096)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 4096));
    }
}
