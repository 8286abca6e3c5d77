using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

public class ModelYamlTests
{
    [Fact]
    public void Deserialize_SampleWritten_GivesEqualModel()
    {
        var article = SampleArticle.Create();

        ModelYaml.Deserialize(ModelYaml.Serialize(article)).Value.Should().Be(article);
    }

    [Fact]
    public void Serialize_SampleReadBack_GivesSameText()
    {
        var first = ModelYaml.Serialize(SampleArticle.Create());

        ModelYaml.Serialize(ModelYaml.Deserialize(first).Value).Should().Be(first);
    }

    [Fact]
    public void Deserialize_SampleAsJsonAndYaml_GivesEqualModels()
    {
        var article = SampleArticle.Create();

        ModelYaml.Deserialize(ModelYaml.Serialize(article)).Value.Should().Be(ModelJson.Deserialize(ModelJson.Serialize(article)).Value);
    }

    [Fact]
    public void Serialize_CleanMultiLineText_UsesLiteralBlock()
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create());

        yaml.Should().Contain("  text: |\n    Putin meets Maduro in Moscow\n    Talks on oil and debt\n\n");
        yaml.Should().Contain("span: {start: 0, length: 28}");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("123")]
    [InlineData("1e3")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("true")]
    public void Serialize_StringThatLooksLikeAnotherType_IsQuoted(string value)
    {
        var article = new Article(new ArticleId("a"), "x") { Actors = [new Actor(new ActorId("b"), value, ActorKind.Person)] };

        var yaml = ModelYaml.Serialize(article);

        yaml.Should().Contain($"name: \"{value}\"");
        ModelYaml.Deserialize(yaml).Value.Should().Be(article);
    }

    public static TheoryData<string> TrickyStrings =>
    [
        "a\u00A0b", "a\r\nb\r\n", "tab\there", "trailing ", " leading", "\n\nblank lines\n\n", "x: y", "# not a comment", "'single'",
        "\"double\"", "back\\slash", "bell\u0007", "nul\0", "del\u007F", "nel\u0085", "ls\u2028ps\u2029", "bom\uFEFF", "😀 astral", "---", "...",
        "line\n---\nline", "line\n...\nline", "a\n  indented\nb", "ends with newlines\n\n\n", "no final newline\nx", "   \n  ", "\t\n\t", "- item\n- item",
        "key: value\nother: value", "{flow}", "[seq]", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "|", ">", "a #b", "a: b",
        new string('x', 5000) + "\n" + new string('y', 5000),
    ];

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void Deserialize_TrickyStringWritten_ReadsBackExactly(string value)
    {
        var text = value + "|" + value;
        var article = new Article(new ArticleId(value), text)
        {
            Headline = new TextSegment(value, new TextSpan(0, value.Length)),
            Actors = [new Actor(new ActorId("b"), value, ActorKind.Person) { Roles = [value, value + " "] }],
        };

        var yaml = ModelYaml.Serialize(article);

        ModelYaml.Deserialize(yaml).Value.Should().Be(article, yaml);
    }

    [Fact]
    public void Deserialize_HandWrittenPlainScalars_AreTypedByCoreSchema()
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create())
            .Replace("span: {start: 0, length: 28}", "span: {start: \"0\", length: 28}", StringComparison.Ordinal);

        var error = ModelYaml.Deserialize(yaml).Error!;

        error.Message.Should().Contain("must be an integer, found the string \"0\"");
        error.Line.Should().Be(ModelInputs.LineOf(yaml, "\"0\""));
    }

    [Fact]
    public void Deserialize_UnquotedNumberWhereStringIsWanted_IsTypeError()
    {
        var yaml = ModelYaml.Serialize(SampleArticle.Create()).Replace("id: q1", "id: 101", StringComparison.Ordinal);

        ModelYaml.Deserialize(yaml).Error!.Message.Should().Contain("must be a string, found the number 101");
    }

    [Fact]
    public void Deserialize_ComplexKey_IsError()
    {
        ModelYaml.Deserialize("? [a]\n: b\n").Error!.Message.Should().Contain("key must be a string");
    }

    [Fact]
    public void Deserialize_SyntaxError_IsOneLineWithPlace()
    {
        var error = ModelYaml.Deserialize("schema: newsmodel/1\narticle: \"unterminated\n").Error!;

        error.Message.Should().StartWith("invalid YAML").And.NotContain("\n").And.NotContain("(Line:");
        error.Line.Should().NotBeNull();
    }

    [Fact]
    public void Write_ToTextWriter_WritesSameText()
    {
        var article = SampleArticle.Create();
        using var writer = new StringWriter();

        ModelYaml.Write(article, writer);

        writer.ToString().Should().Be(ModelYaml.Serialize(article));
    }
}
