using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

public sealed class ModelFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("newsmodel-tests-").FullName;

    public void Dispose() => Directory.Delete(this.directory, recursive: true);

    [Theory]
    [InlineData("a.json")]
    [InlineData("a.yaml")]
    [InlineData("a.YML")]
    public void Read_WrittenFile_GivesEqualModel(string name)
    {
        var path = Path.Combine(this.directory, name);
        var article = SampleArticle.Create();

        ModelFile.Write(path, article);

        ModelFile.Read(path).Value.Should().Be(article);
        Directory.GetFiles(this.directory).Should().ContainSingle();
    }

    [Fact]
    public void Write_Json_IsTheSerializedBytes()
    {
        var path = Path.Combine(this.directory, "a.json");

        ModelFile.Write(path, SampleArticle.Create());

        File.ReadAllBytes(path).Should().Equal(ModelJson.SerializeToUtf8Bytes(SampleArticle.Create()));
    }

    [Fact]
    public void Read_UnknownExtension_IsError()
    {
        var path = Path.Combine(this.directory, "a.txt");
        File.WriteAllText(path, "{}");

        ModelFile.Read(path).Error!.Message.Should().Contain(".json, .yaml or .yml");
    }

    [Fact]
    public void Read_MissingFile_IsErrorNotException()
    {
        ModelFile.Read(Path.Combine(this.directory, "missing.json")).Success.Should().BeFalse();
    }

    [Fact]
    public void Read_FileOverTheLimit_IsRefusedBeforeReading()
    {
        var path = Path.Combine(this.directory, "huge.json");
        using (var stream = File.Create(path))
        {
            // Sparse where the file system allows: nothing is written, so only the length is checked.
            stream.SetLength(8L * 1024 * 1024 * 1024);
        }

        var error = ModelFile.Read(path).Error!;

        error.Message.Should().Contain("limit is 67108864 bytes");
    }

    [Fact]
    public void FormatOf_Extensions_ChoosesFormat()
    {
        ModelFile.FormatOf("x/a.json").Should().Be(ModelFormat.Json);
        ModelFile.FormatOf("a.yaml").Should().Be(ModelFormat.Yaml);
        ModelFile.FormatOf("a.yml").Should().Be(ModelFormat.Yaml);
        ModelFile.FormatOf("a.txt").Should().BeNull();
    }
}
