using System.Text.Json.Nodes;

using NewsModel.Model;

namespace NewsModel.Tests.Serialization;

public class ReadErrorTests
{
    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_WrongSchema_NamesFoundAndWanted(string format)
    {
        var text = ModelInputs.Edit(root => root["schema"] = "newsmodel/2");

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("newsmodel/2").And.Contain("newsmodel/1");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"newsmodel/2\""));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_MissingSchema_SaysWhatIsWanted(string format)
    {
        var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Remove("schema"))).Error!;

        error.Message.Should().Contain("schema").And.Contain("newsmodel/1");
        error.Line.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_MissingArticleText_IsError(string format)
    {
        var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Article().Remove("text"))).Error!;

        error.Message.Should().Contain("missing key \"text\" in article");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_UnknownKey_PointsAtIt(string format)
    {
        var text = ModelInputs.Edit(root => root.Item("actors", 1)["bogus"] = 1);

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("unknown key \"bogus\" in actor");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"bogus\""));
        error.Column.Should().Be(ModelInputs.ColumnOf(text, "\"bogus\""));
        error.ToString().Should().StartWith($"line {error.Line}, column {error.Column}: unknown key");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_DuplicateKey_PointsAtSecond(string format)
    {
        var text = ModelInputs.Edit(_ => { }).Replace("\"id\": \"q1\",", "\"id\": \"q1\",\n      \"kind\": \"direct\",\n      \"id\": \"q9\",", StringComparison.Ordinal);

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Be("duplicate key \"id\" in quote");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"id\": \"q9\""));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_StringWhereNumberIsWanted_IsTypeError(string format)
    {
        var text = ModelInputs.Edit(root => root.Article()["headline"]!["span"]!["start"] = "zero");

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("must be an integer").And.Contain("\"zero\"");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"zero\""));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_ListWhereStringIsWanted_IsTypeError(string format)
    {
        var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Item("actors", 0)["name"] = new JsonArray())).Error!;

        error.Message.Should().Contain("actor name must be a string, found a list");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_BadEnumName_ListsTheNames(string format)
    {
        var text = ModelInputs.Edit(root => root.Item("events", 1)["modality"] = "NotExpected");

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("\"NotExpected\"").And.Contain("not-expected");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"NotExpected\""));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_BadDate_IsError(string format)
    {
        var text = ModelInputs.Edit(root => root.Item("times", 0)["start"] = "2019-02-30");

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("\"2019-02-30\"").And.Contain("yyyy-MM-dd");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"2019-02-30\""));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_SpanPastTheEnd_IsError(string format)
    {
        var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Article()["sentences"]![0]!["span"]!["length"] = 100_000)).Error!;

        error.Message.Should().Contain("outside the article text");
        error.Line.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_SpanLengthOverflowingInt_IsError(string format)
    {
        var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Article()["sentences"]![0]!["span"] = new JsonObject { ["start"] = 5, ["length"] = int.MaxValue })).Error!;

        error.Message.Should().Contain("outside the article text");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_NegativeStartOrLength_IsError(string format)
    {
        ModelInputs.Read(format, ModelInputs.Edit(root => root.Item("quotes", 0)["span"]!["start"] = -1)).Error!.Message.Should().Contain("negative (-1)");
        ModelInputs.Read(format, ModelInputs.Edit(root => root.Item("quotes", 0)["span"]!["length"] = -2)).Error!.Message.Should().Contain("negative (-2)");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_QuotePartsInsideItsSpan_AreRead(string format)
    {
        var quote = SampleArticle.Create().Quotes[0];
        var first = new TextSpan(quote.Span.Start, 2);
        var second = new TextSpan(quote.Span.End - 2, 2);
        var text = ModelInputs.Edit(root => root.Item("quotes", 0)["parts"] = new JsonArray(SpanNode(first), SpanNode(second)));

        ModelInputs.Read(format, text).Value.Quotes[0].Parts.Should().Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_QuotePartsOutsideItsSpanOrOutOfOrder_IsError(string format)
    {
        var quote = SampleArticle.Create().Quotes[0];
        var outside = new TextSpan(quote.Span.End, 1);
        var first = new TextSpan(quote.Span.Start, 2);
        var second = new TextSpan(quote.Span.Start + 1, 2);

        foreach (var parts in new[] { new JsonArray(SpanNode(first), SpanNode(outside)), new JsonArray(SpanNode(second), SpanNode(first)), new JsonArray(SpanNode(first), SpanNode(second)), new JsonArray(SpanNode(new TextSpan(quote.Span.Start, 0)), SpanNode(second)) })
        {
            var error = ModelInputs.Read(format, ModelInputs.Edit(root => root.Item("quotes", 0)["parts"] = parts.DeepClone())).Error!;
            error.Message.Should().Contain($"the parts of quote {quote.Id.Value} must lie inside its span, in order and apart, none empty");
        }
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_QuoteOfOnePart_IsError(string format)
    {
        var quote = SampleArticle.Create().Quotes[0];
        var text = ModelInputs.Edit(root => root.Item("quotes", 0)["parts"] = new JsonArray(SpanNode(quote.Span)));

        ModelInputs.Read(format, text).Error!.Message.Should().Contain($"quote {quote.Id.Value} has one part");
    }

    public static TheoryData<string, string> SegmentTexts => new()
    {
        { ModelInputs.Json, "headline" },
        { ModelInputs.Json, "cue" },
        { ModelInputs.Json, "mention" },
        { ModelInputs.Json, "quote" },
        { ModelInputs.Json, "time" },
        { ModelInputs.Json, "dateline" },
        { ModelInputs.Json, "amount" },
        { ModelInputs.YamlFromJson, "headline" },
        { ModelInputs.YamlFromJson, "mention" },
        { ModelInputs.YamlFromJson, "quote" },
    };

    [Theory]
    [MemberData(nameof(SegmentTexts))]
    public void Deserialize_TextNotAtItsSpan_IsError(string format, string what)
    {
        var text = ModelInputs.Edit(root =>
        {
            var holder = what switch
            {
                "headline" => root.Article()["headline"]!,
                "cue" => root.Item("quotes", 0)["cue"]!,
                "mention" => root.Item("actors", 0)["mentions"]![0]!,
                "quote" => root.Item("quotes", 0),
                "time" => root.Item("times", 0),
                "dateline" => root.Article()["dateline"]!,
                _ => root.Item("events", 1)["amount"]!,
            };
            holder["text"] = holder["text"]!.GetValue<string>() + "!";
        });

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain($"the {what} text").And.Contain("is not the text at its span");
        error.Line.Should().NotBeNull();
    }

    public static TheoryData<string, string> References => new()
    {
        { ModelInputs.Json, "speaker" },
        { ModelInputs.Json, "addressee" },
        { ModelInputs.Json, "affiliation" },
        { ModelInputs.Json, "participant" },
        { ModelInputs.Json, "place" },
        { ModelInputs.Json, "time" },
        { ModelInputs.YamlFromJson, "speaker" },
        { ModelInputs.YamlFromJson, "time" },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Deserialize_ReferenceToMissingId_PointsAtIt(string format, string what)
    {
        var text = ModelInputs.Edit(root =>
        {
            switch (what)
            {
                case "speaker" or "addressee":
                    root.Item("quotes", 0)[what] = "nobody";
                    break;
                case "affiliation":
                    root.Item("actors", 1)[what] = "nobody";
                    break;
                case "participant":
                    root.Item("events", 0)["participants"]![0]!["actor"] = "nobody";
                    break;
                default:
                    root.Item("events", 0)[what] = "nobody";
                    break;
            }
        });

        var error = ModelInputs.Read(format, text).Error!;

        error.Message.Should().Contain("\"nobody\" is not the id of");
        error.Line.Should().Be(ModelInputs.LineOf(text, "\"nobody\""));
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("times")]
    [InlineData("events")]
    public void Deserialize_DuplicateId_IsError(string list)
    {
        var text = ModelInputs.Edit(root => root.Item(list, 1)["id"] = root.Item(list, 0)["id"]!.GetValue<string>());

        foreach (var format in new[] { ModelInputs.Json, ModelInputs.YamlFromJson })
        {
            ModelInputs.Read(format, text).Error!.Message.Should().StartWith("duplicate").And.Contain(" id ");
        }
    }

    [Fact]
    public void Deserialize_QuoteDuplicatedForEditing_IsRefusedForItsId()
    {
        var text = ModelInputs.Edit(root => root["quotes"]!.AsArray().Add(root.Item("quotes", 0).DeepClone()));

        ModelInputs.Read(ModelInputs.Json, text).Error!.Message.Should().Be("duplicate quote id \"q1\"");
    }

    [Fact]
    public void Deserialize_NullForOptionalValues_ReadsAsAbsent()
    {
        var text = ModelInputs.Edit(root =>
        {
            root.Article()["headline"] = null;
            root.Item("quotes", 0)["speaker"] = null;
            root.Item("quotes", 0)["speakerMention"] = null;
        });

        var article = ModelInputs.Read(ModelInputs.Json, text).Value;

        article.Headline.Should().BeNull();
        article.Quotes[0].Speaker.Should().BeNull();
        article.Quotes[0].SpeakerMention.Should().BeNull();
    }

    [Fact]
    public void Deserialize_NullForRequiredValue_IsTypeError()
    {
        ModelInputs.Read(ModelInputs.Json, ModelInputs.Edit(root => root.Item("actors", 0)["kind"] = null)).Error!.Message
            .Should().Contain("actor kind must be a string, found null");
    }

    [Fact]
    public void Deserialize_KeysInAnyOrder_ReadsTheSameModel()
    {
        var reordered = ModelInputs.Edit(root =>
        {
            var article = root.Article();
            root.Remove("article");
            root.Remove("schema");
            root["article"] = article;
            root["schema"] = "newsmodel/1";
        });

        ModelInputs.Read(ModelInputs.Json, reordered).Value.Should().Be(SampleArticle.Create());
    }

    private static JsonObject SpanNode(TextSpan span) => new() { ["start"] = span.Start, ["length"] = span.Length };
}
