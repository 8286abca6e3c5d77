using System.Text;

using NewsModel.Serialization;

namespace NewsModel.Tests.Reliability;

/// <summary>Model files others wrote, read with <see cref="ModelFile.Read"/>: each bad one is an error value with its place, never an exception.</summary>
public sealed class BadModelFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("newsmodel-bad-").FullName;

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "deep.json", new string('[', 100_000), "the top level must be an object" },
        { "deep.yaml", string.Concat(Enumerable.Repeat("a: {", 100_000)), "unknown key" },
        { "bomb.yaml", "schema: newsmodel/1\nactors: &a [\"lol\",\"lol\"]\nquotes: &b [*a,*a,*a,*a,*a,*a,*a,*a]\ntimes: [*b,*b,*b,*b,*b,*b,*b,*b]\n", "anchors are not allowed" },
        { "tag.yaml", "schema: !!python/object:os.system newsmodel/1\n", "tag" },
        { "tagged-text.yaml", "schema: newsmodel/1\narticle: !<tag:yaml.org,2002:str> {id: a, text: b}\n", "tag" },
        { "schema2.json", "{\"schema\": \"newsmodel/2\"}", "newsmodel/2" },
        { "schema0.yaml", "schema: newsmodel/0\n", "newsmodel/0" },
        { "schema-number.json", "{\"schema\": 1}", "schema" },
        { "not-a-model.json", "{\"type\": \"FeatureCollection\"}", "type" },
        { "global-tag.yaml", "!!!!!!!!!!!!!!!!!!!!!v3[", "invalid YAML: Global tags must be valid URIs" },
        { "lone-surrogates.yaml", "\"\\ud800\\ud800\"ner}\"ner}iclcZ", "surrogate" },
    };

    public void Dispose() => Directory.Delete(this.directory, recursive: true);

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_HostileOrForeignFile_IsErrorWithPlace(string name, string content, string says)
    {
        var path = Path.Combine(this.directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));

        var result = ModelFile.Read(path);

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().Contain(says);
        result.Error.Line.Should().NotBeNull();
    }

    [Theory]
    [InlineData("small.json")]
    [InlineData("small.yaml")]
    public void Read_FileOverAConfiguredMaxBytes_IsRefused(string name)
    {
        var path = Path.Combine(this.directory, name);
        ModelFile.Write(path, Serialization.SampleArticle.Create());

        var result = ModelFile.Read(path, new ModelReadOptions { MaxBytes = 100 });

        result.Error!.Message.Should().Contain("the limit is 100 bytes");
        ModelFile.Read(path).Value.Should().Be(Serialization.SampleArticle.Create());
    }

    [Theory]
    [InlineData("depth.json")]
    [InlineData("depth.yaml")]
    public void Read_NestingOverAConfiguredMaxDepth_IsRefused(string name)
    {
        var path = Path.Combine(this.directory, name);
        ModelFile.Write(path, Serialization.SampleArticle.Create());

        ModelFile.Read(path, new ModelReadOptions { MaxDepth = 2 }).Error!.Message.Should().Be("the nesting is deeper than 2 levels");
    }
}
