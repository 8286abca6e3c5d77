using FsCheck.Xunit;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(ArticleGenerators)], MaxTest = 200)]
public class RoundTripProperties
{
    [Property]
    public void JsonWriteThenRead_AnyArticle_GivesEqualModel(Article article)
    {
        ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(article)).Value.Should().Be(article);
    }

    [Property]
    public void JsonLinesWriteThenRead_AnyArticle_GivesEqualModel(Article article)
    {
        var line = ModelJson.SerializeToUtf8Bytes(article, indented: false);
        line.Should().NotContain((byte)'\n');
        ModelJson.Deserialize(line).Value.Should().Be(article);
    }

    [Property]
    public void JsonReadThenWrite_OwnOutput_GivesSameBytes(Article article)
    {
        var first = ModelJson.SerializeToUtf8Bytes(article);
        ModelJson.SerializeToUtf8Bytes(ModelJson.Deserialize(first).Value).Should().Equal(first);
    }

    [Property]
    public void YamlWriteThenRead_AnyArticle_GivesEqualModel(Article article)
    {
        var yaml = ModelYaml.Serialize(article);
        var read = ModelYaml.Deserialize(yaml);
        read.Success.Should().BeTrue(read.Error?.ToString() + "\n" + yaml);
        read.Value.Should().Be(article, yaml);
    }

    [Property]
    public void YamlReadThenWrite_OwnOutput_GivesSameText(Article article)
    {
        var first = ModelYaml.Serialize(article);
        ModelYaml.Serialize(ModelYaml.Deserialize(first).Value).Should().Be(first);
    }

    [Property]
    public void JsonAndYaml_SameArticle_ReadBackEqual(Article article)
    {
        var fromJson = ModelJson.Deserialize(ModelJson.Serialize(article)).Value;
        var fromYaml = ModelYaml.Deserialize(ModelYaml.Serialize(article)).Value;
        fromJson.Should().Be(fromYaml);
    }
}
