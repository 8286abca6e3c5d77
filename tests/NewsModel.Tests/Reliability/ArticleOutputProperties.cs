using FsCheck.Xunit;

using NewsModel.Serialization;

using NodaTime;

namespace NewsModel.Tests.Reliability;

/// <summary>A model read from any text is written losslessly and the same way every time.</summary>
[Properties(Arbitrary = [typeof(ArticleTexts)], MaxTest = 100)]
public class ArticleOutputProperties
{
    private static readonly ReadOptions Options = new() { Published = new LocalDate(2019, 9, 25) };

    [Property]
    public void JsonRoundTrip_ModelOfAnyText_GivesEqualModel(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);

        var read = ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(article));

        read.Success.Should().BeTrue(read.Error?.ToString());
        read.Value.Should().Be(article);
    }

    [Property]
    public void YamlRoundTrip_ModelOfAnyText_GivesEqualModel(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);

        var read = ModelYaml.Deserialize(ModelYaml.Serialize(article));

        read.Success.Should().BeTrue(read.Error?.ToString());
        read.Value.Should().Be(article);
    }

    [Property]
    public void Parse_SameTextTwice_WritesTheSameBytes(ArticleText input)
    {
        var first = NewsPipeline.Default.Read(input.Text, Options);
        var second = NewsPipeline.Default.Read(input.Text, Options);

        ModelJson.SerializeToUtf8Bytes(second).Should().Equal(ModelJson.SerializeToUtf8Bytes(first));
        ModelYaml.Serialize(second).Should().Be(ModelYaml.Serialize(first));
    }

    [Property]
    public void Parse_TextAsUtf8Bytes_GivesTheSameModelAsTheString(ArticleText input)
    {
        var fromBytes = NewsPipeline.Default.Parse(System.Text.Encoding.UTF8.GetBytes(input.Text), Options);

        // A NUL byte marks a binary file; any other text reads the same from its bytes.
        if (input.Text.Contains('\0', StringComparison.Ordinal))
        {
            fromBytes.Success.Should().BeFalse();
        }
        else
        {
            fromBytes.Value.Should().Be(NewsPipeline.Default.Read(input.Text, Options));
        }
    }
}
