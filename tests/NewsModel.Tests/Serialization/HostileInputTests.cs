using System.Diagnostics;
using System.Text;

using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

public class HostileInputTests
{
    private const int Deep = 100_000;

    public static TheoryData<string> DeepJson => [new string('[', Deep), string.Concat(Enumerable.Repeat("{\"a\":", Deep))];

    public static TheoryData<string> DeepYaml => [new string('[', Deep), string.Concat(Enumerable.Repeat("a: {", Deep)), "article:\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => new string(' ', i) + "a:\n"))];

    [Theory]
    [MemberData(nameof(DeepJson))]
    public void JsonDeserialize_HundredThousandDeep_IsErrorNotCrash(string json)
    {
        var result = ModelJson.Deserialize(Encoding.UTF8.GetBytes(json));

        result.Success.Should().BeFalse();
        result.Error!.Line.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void YamlDeserialize_DeepNesting_IsErrorNotCrash(string yaml)
    {
        var result = ModelYaml.Deserialize(yaml);

        result.Success.Should().BeFalse();
        result.Error!.Line.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_NestingOverTheLimit_NamesTheLimit(string format)
    {
        var text = ModelInputs.Edit(_ => { });

        ModelInputs.Read(format, text, new ModelReadOptions { MaxDepth = 3 }).Error!.Message.Should().Be("the nesting is deeper than 3 levels");
    }

    [Fact]
    public void YamlDeserialize_AliasBomb_FailsFastAtTheFirstAnchor()
    {
        // Known keys, so that only the anchors can stop the reader.
        var keys = new[] { "actors", "quotes", "times", "events" };
        var yaml = new StringBuilder("schema: newsmodel/1\nactors: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < keys.Length; i++)
        {
            var previous = string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9));
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"{keys[i]}: &a{i} [{previous}]\n");
        }

        var clock = Stopwatch.StartNew();
        var error = ModelYaml.Deserialize(yaml.ToString()).Error!;

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        error.Message.Should().Contain("anchors are not allowed");
        error.Line.Should().Be(2);
    }

    [Fact]
    public void YamlDeserialize_Alias_IsRefused()
    {
        ModelYaml.Deserialize("schema: *a\n").Error!.Message.Should().Contain("aliases are not allowed");
    }

    [Theory]
    [InlineData("!!python/object:os.system")]
    [InlineData("!foo")]
    [InlineData("!!str")]
    public void YamlDeserialize_ExplicitTag_IsRefused(string tag)
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create()).Replace("name: Russia", $"name: {tag} Russia", StringComparison.Ordinal);

        var error = ModelYaml.Deserialize(yaml).Error!;

        error.Message.Should().Contain("tags are not allowed");
        error.Line.Should().Be(ModelInputs.LineOf(yaml, tag));
    }

    [Fact]
    public void YamlDeserialize_TwoDocuments_IsRefused()
    {
        var one = ModelYaml.Serialize(SampleArticle.Create());
        var yaml = one + "---\n" + one;

        var error = ModelYaml.Deserialize(yaml).Error!;

        error.Message.Should().Contain("second YAML document");
        error.Line.Should().Be(ModelInputs.LineOf(yaml, "---"));
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_OverMaxBytes_IsErrorNamingTheLimit(string format)
    {
        var text = ModelInputs.Edit(_ => { });

        var error = ModelInputs.Read(format, text, new ModelReadOptions { MaxBytes = 1000 }).Error!;

        error.Message.Should().Contain("limit is 1000 bytes");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_Truncated_IsErrorWithPlace(string format)
    {
        var text = ModelInputs.Edit(_ => { });
        var truncated = text[..(text.Length / 2)];

        var error = ModelInputs.Read(format, truncated).Error!;

        error.Line.Should().NotBeNull();
        error.Message.Should().NotContain("\n");
    }

    [Fact]
    public void YamlDeserialize_BlockYamlTruncated_IsError()
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create());

        ModelYaml.Deserialize(yaml[..(yaml.Length / 2)]).Success.Should().BeFalse();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Deserialize_InvalidUtf8_GivesTheByteOffset(string format)
    {
        var bytes = ModelJson.SerializeToUtf8Bytes(SampleArticle.Create()).ToList();
        var at = bytes.IndexOf((byte)'P');
        bytes.Insert(at, 0xFF);

        var error = format == "json" ? ModelJson.Deserialize(bytes.ToArray()).Error! : ModelYaml.Deserialize(bytes.ToArray()).Error!;

        error.ByteOffset.Should().Be(at);
        error.Message.Should().Contain("invalid UTF-8");
        error.Line.Should().Be(bytes.Take(at).Count(b => b == (byte)'\n') + 1);
    }

    [Fact]
    public void JsonDeserialize_ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(ModelJson.SerializeToUtf8Bytes(SampleArticle.Create())).ToArray();

        ModelJson.Deserialize(bytes).Value.Should().Be(SampleArticle.Create());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Deserialize_EmptyFile_SaysItIsEmpty(string text)
    {
        ModelJson.Deserialize(Encoding.UTF8.GetBytes(text)).Success.Should().BeFalse();
        ModelYaml.Deserialize(text).Error!.Message.Should().Contain("empty");
        ModelJson.Deserialize([]).Error!.Message.Should().Contain("empty");
    }

    [Theory]
    [MemberData(nameof(ModelInputs.Formats), MemberType = typeof(ModelInputs))]
    public void Deserialize_TopLevelArray_IsError(string format)
    {
        ModelInputs.Read(format, "[{\"schema\": \"newsmodel/1\"}]").Error!.Message.Should().Contain("top level must be an object");
    }

    [Fact]
    public void JsonDeserialize_TrailingContent_IsError()
    {
        var json = ModelJson.Serialize(SampleArticle.Create()) + "\n{}";

        var error = ModelJson.Deserialize(Encoding.UTF8.GetBytes(json)).Error!;

        error.Message.Should().StartWith("invalid JSON");
        error.Line.Should().Be(ModelInputs.LineOf(json, "\n{}") + 1);
    }

    [Fact]
    public void JsonDeserialize_CommentsAndTrailingCommas_AreRefused()
    {
        var json = ModelJson.Serialize(SampleArticle.Create());

        ModelJson.Deserialize(json.Replace("\"media\": [],", "\"media\": [], // none", StringComparison.Ordinal)).Success.Should().BeFalse();
        ModelJson.Deserialize(json.Replace("\"media\": []", "\"media\": [],", StringComparison.Ordinal)).Success.Should().BeFalse();
    }

    [Fact]
    public void JsonDeserialize_EscapedLoneSurrogate_IsError()
    {
        var json = ModelJson.Serialize(SampleArticle.Create()).Replace("\"id\": \"sample\"", "\"id\": \"\\ud800\"", StringComparison.Ordinal);

        ModelJson.Deserialize(json).Error!.Message.Should().Contain("lone surrogate");
    }

    [Theory]
    // Escapes YamlDotNet's scanner hands to char.ConvertToUtf32 or char.ConvertFromUtf32, which
    // throw ArgumentOutOfRangeException rather than its own YamlException.
    [InlineData("\\ud800\\ud800")]
    [InlineData("\\udc00\\udc00")]
    [InlineData("\\ud800\\U00000041")]
    [InlineData("\\UFFFFFFFF")]
    public void YamlDeserialize_EscapeOfNoCharacter_IsErrorOnItsLine(string escape)
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create()).Replace("id: sample", $"id: \"{escape}\"", StringComparison.Ordinal);

        var error = ModelYaml.Deserialize(yaml).Error!;

        error.Message.Should().StartWith("invalid YAML: ").And.NotContainAny("\n", "(Parameter");
        error.Line.Should().Be(ModelInputs.LineOf(yaml, escape));
        error.Column.Should().BeGreaterThan(ModelInputs.ColumnOf(yaml, escape));
    }
}
