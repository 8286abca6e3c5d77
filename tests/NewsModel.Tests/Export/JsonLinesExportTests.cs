using NewsModel.Export;
using NewsModel.Serialization;

namespace NewsModel.Tests.Export;

public class JsonLinesExportTests
{
    [Fact]
    public void SerializeToUtf8Bytes_ArticleWithLineBreaks_IsOneLineEndingInNewline()
    {
        var line = JsonLinesExport.SerializeToUtf8Bytes(ExportSamples.Article);

        ExportSamples.Article.Text.Should().Contain("\n");
        line[^1].Should().Be((byte)'\n');
        line.AsSpan(0, line.Length - 1).IndexOf((byte)'\n').Should().Be(-1);
        line.AsSpan().IndexOf((byte)'\r').Should().Be(-1);
        ExportSamples.Parse(line).Str("schema").Should().Be("newsmodel/1");
    }

    [Fact]
    public void SerializeToUtf8Bytes_ReadBack_GivesEqualArticle()
    {
        var line = JsonLinesExport.SerializeToUtf8Bytes(ExportSamples.Article);

        var read = ModelJson.Deserialize(line);

        read.Success.Should().BeTrue(read.Error?.ToString());
        read.Value.Should().Be(ExportSamples.Article);
    }

    [Fact]
    public void Write_TwoArticles_WritesOneParsableLinePerArticle()
    {
        var second = ExportSamples.Read("Another story\n\nLeaders met in Paris.\n", "second");
        using var stream = new MemoryStream();

        JsonLinesExport.Write([ExportSamples.Article, second], stream);

        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        lines.Should().HaveCount(3);
        lines[2].Should().BeEmpty();
        ModelJson.Deserialize(lines[0]).Value.Id.Value.Should().Be("sample");
        ModelJson.Deserialize(lines[1]).Value.Text.Should().Be(second.Text);
    }
}
