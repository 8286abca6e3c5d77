using System.Text;

using NewsModel.Export;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Export;

public class ArticleFormatTests
{
    public static TheoryData<string> Names => [.. ArticleFormat.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EntryPoints_SameArticle_GiveTheSameUtf8BytesWithoutByteOrderMark(string name)
    {
        var format = Find(name);
        using var stream = new MemoryStream();

        var text = format.Serialize(ExportSamples.Article);
        var bytes = format.SerializeToUtf8Bytes(ExportSamples.Article);
        format.Write(ExportSamples.Article, stream);

        bytes.Should().NotBeEmpty();
        bytes.Should().Equal(Encoding.UTF8.GetBytes(text));
        stream.ToArray().Should().Equal(bytes);
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Write_Stream_LeavesItOpenAndWritesAfterWhatItHolds(string name)
    {
        var format = Find(name);
        using var stream = new MemoryStream();
        stream.Write("x"u8);

        format.Write(ExportSamples.Article, stream);
        stream.WriteByte((byte)'y');

        stream.ToArray().Should().Equal([(byte)'x', .. format.SerializeToUtf8Bytes(ExportSamples.Article), (byte)'y']);
    }

    [Fact]
    public void All_BuiltInFormats_HaveTheirNamesExtensionsAndMediaTypes()
    {
        ArticleFormat.All.Select(f => (f.Name, f.Extension, f.MediaType)).Should().Equal(
            ("json", ".json", "application/json"),
            ("yaml", ".yaml", "application/yaml"),
            ("jsonl", ".jsonl", "application/jsonl"),
            ("ninjs", ".ninjs.json", "application/json"),
            ("jsonld", ".jsonld", "application/ld+json"),
            ("html", ".html", "text/html"),
            ("brat", ".ann", "text/plain"));
        ArticleFormat.All.Should().Equal(ArticleFormat.Json, ArticleFormat.Yaml, ArticleFormat.JsonLines, ArticleFormat.Ninjs, ArticleFormat.JsonLd, ArticleFormat.Html, ArticleFormat.Brat);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("JSONLD")]
    [InlineData("Brat")]
    public void TryFind_NameInAnyCase_FindsTheFormat(string name)
    {
        ArticleFormat.TryFind(name, out var format).Should().BeTrue();
        format!.Name.Should().Be(name.ToLowerInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData(".json")]
    [InlineData("timeml")]
    public void TryFind_UnknownName_ReturnsFalse(string name)
    {
        ArticleFormat.TryFind(name, out var format).Should().BeFalse();
        format.Should().BeNull();
    }

    [Fact]
    public void Formats_SameArticle_WriteWhatTheirStaticClassesWrite()
    {
        var article = ExportSamples.Article;

        ArticleFormat.Json.Serialize(article).Should().Be(ModelJson.Serialize(article));
        ArticleFormat.Yaml.Serialize(article).Should().Be(ModelYaml.Serialize(article));
        ArticleFormat.JsonLines.Serialize(article).Should().Be(ModelJson.Serialize(article, indented: false) + "\n");
        ArticleFormat.Ninjs.Serialize(article).Should().Be(NinjsExport.Serialize(article));
        ArticleFormat.JsonLd.Serialize(article).Should().Be(JsonLdExport.Serialize(article));
        ArticleFormat.Html.Serialize(article).Should().Be(HtmlExport.Serialize(article));
        ArticleFormat.Brat.Serialize(article).Should().Be(BratDocument.FromArticle(article).Annotations);
    }

    [Fact]
    public void Write_FormatOfTheUsers_SerializesThroughWrite()
    {
        var format = new UpperCaseText();

        format.Serialize(ExportSamples.Article).Should().Be(ExportSamples.Text.ToUpperInvariant());
        format.SerializeToUtf8Bytes(ExportSamples.Article).Should().Equal(Encoding.UTF8.GetBytes(ExportSamples.Text.ToUpperInvariant()));
        format.ToString().Should().Be("upper");
    }

    private static ArticleFormat Find(string name) =>
        ArticleFormat.TryFind(name, out var format) ? format : throw new InvalidOperationException(name);

    private sealed class UpperCaseText() : ArticleFormat("upper", ".txt", "text/plain")
    {
        public override void Write(Article article, Stream output) => output.Write(Encoding.UTF8.GetBytes(article.Text.ToUpperInvariant()));
    }
}
