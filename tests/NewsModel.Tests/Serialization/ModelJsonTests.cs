using System.Text;
using System.Text.Json;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

public class ModelJsonTests
{
    [Fact]
    public void Deserialize_SampleWritten_GivesEqualModel()
    {
        var article = SampleArticle.Create();

        ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(article)).Value.Should().Be(article);
    }

    [Fact]
    public void Serialize_SampleReadBack_GivesSameBytes()
    {
        var first = ModelJson.SerializeToUtf8Bytes(SampleArticle.Create());

        ModelJson.SerializeToUtf8Bytes(ModelJson.Deserialize(first).Value).Should().Equal(first);
    }

    [Fact]
    public void Serialize_Sample_WritesKeysInDocumentedOrder()
    {
        using var document = JsonDocument.Parse(ModelJson.SerializeToUtf8Bytes(SampleArticle.Create()));
        var root = document.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("schema", "article", "actors", "quotes", "times", "events");
        root.GetProperty("article").EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "text", "published", "url", "headline", "standfirst", "bylines", "dateline", "source", "media", "sections", "sentences");
        root.GetProperty("quotes")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "kind", "text", "span", "speaker", "speakerMention", "cue", "addressee");
        root.GetProperty("events")[1].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "type", "cameo", "trigger", "participants", "modality", "amount", "span");
    }

    [Fact]
    public void Serialize_Sample_WritesKebabEnumsIsoDatesAndNumbers()
    {
        using var document = JsonDocument.Parse(ModelJson.SerializeToUtf8Bytes(SampleArticle.Create()));
        var root = document.RootElement;

        root.GetProperty("schema").GetString().Should().Be("newsmodel/1");
        root.GetProperty("events")[0].GetProperty("type").GetString().Should().Be("make-statement");
        root.GetProperty("events")[1].GetProperty("modality").GetString().Should().Be("not-expected");
        root.GetProperty("times")[1].GetProperty("mod").GetString().Should().Be("on-or-before");
        root.GetProperty("times")[0].GetProperty("start").GetString().Should().Be("2019-09-25");
        root.GetProperty("events")[1].GetProperty("amount").GetProperty("value").GetDecimal().Should().Be(3_000_000_000m);
        root.GetProperty("article").GetProperty("headline").GetProperty("span").GetProperty("length").GetInt32().Should().Be(28);
    }

    [Fact]
    public void Serialize_NullsAndEmptyLists_OmitsNullsWritesLists()
    {
        var article = new Article(new ArticleId("a"), "text");

        using var document = JsonDocument.Parse(ModelJson.Serialize(article));
        var body = document.RootElement.GetProperty("article");

        body.TryGetProperty("headline", out _).Should().BeFalse();
        body.TryGetProperty("published", out _).Should().BeFalse();
        body.GetProperty("bylines").GetArrayLength().Should().Be(0);
        body.GetProperty("sections").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("events").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Serialize_NonAsciiText_StaysReadable()
    {
        var article = new Article(new ArticleId("a"), "Путин — “Maduro” café");

        var json = ModelJson.Serialize(article);

        json.Should().Contain("Путин — “Maduro” café");
        ModelJson.Deserialize(json).Value.Should().Be(article);
    }

    [Fact]
    public void SerializeToUtf8Bytes_OneLine_HasNoLineBreakAndSameTree()
    {
        var article = SampleArticle.Create();

        var line = ModelJson.SerializeToUtf8Bytes(article, indented: false);

        line.Should().NotContain((byte)'\n');
        ModelJson.Deserialize(line).Value.Should().Be(article);
    }

    [Fact]
    public void Write_ToStream_WritesSameBytes()
    {
        var article = SampleArticle.Create();
        using var stream = new MemoryStream();

        ModelJson.Write(article, stream);

        stream.ToArray().Should().Equal(ModelJson.SerializeToUtf8Bytes(article));
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ModelJson.Serialize(article));
    }

    [Fact]
    public void Serialize_UndefinedEnumValue_Throws()
    {
        var article = new Article(new ArticleId("a"), "x") { Actors = [new Actor(new ActorId("b"), "B", (ActorKind)99)] };

        var act = () => ModelJson.Serialize(article);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
