using System.Text;

using NewsModel.Model;

namespace NewsModel.Tests.Pipeline;

public sealed class ParseFileTests : IDisposable
{
    private const string Text = "Talks begin\n\n“We support you,” Putin told Maduro in Moscow on Wednesday.\n";

    private readonly string directory = Directory.CreateTempSubdirectory("newsmodel-tests-").FullName;

    public void Dispose() => Directory.Delete(this.directory, recursive: true);

    [Fact]
    public void ParseFile_GoodFile_GivesTheArticleOfItsTextNamedAfterTheFile()
    {
        var path = this.Write("talks.txt", Encoding.UTF8.GetBytes(Text));

        var article = NewsPipeline.Default.ParseFile(path).Value;

        article.Id.Should().Be(new ArticleId("talks"));
        article.Should().Be(NewsPipeline.Default.Read(Text, new ReadOptions { Id = "talks" }));
    }

    [Theory]
    [InlineData("talks.2019.txt", null, "talks.2019")]
    [InlineData("talks.txt", "given", "given")]
    [InlineData("talks.txt", "", "talks")]
    [InlineData("talks", null, "talks")]
    public void ParseFile_IdInOptionsOrNot_IdIsTheGivenOneOrTheFileName(string name, string? id, string expected)
    {
        var path = this.Write(name, Encoding.UTF8.GetBytes(Text));

        NewsPipeline.Default.ParseFile(path, new ReadOptions { Id = id }).Value.Id.Value.Should().Be(expected);
    }

    [Fact]
    public void ParseFile_MissingFile_IsErrorNamingTheFile()
    {
        var path = Path.Combine(this.directory, "missing.txt");

        var result = NewsPipeline.Default.ParseFile(path);

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().Be($"{path}: no such file");
    }

    [Fact]
    public void ParseFile_MissingFolder_IsErrorNamingTheFile()
    {
        var path = Path.Combine(this.directory, "no-folder", "missing.txt");

        NewsPipeline.Default.ParseFile(path).Error!.Message.Should().Be($"{path}: no such file");
    }

    [Fact]
    public void ParseFile_Folder_IsErrorNamingIt()
    {
        var result = NewsPipeline.Default.ParseFile(this.directory);

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().StartWith(this.directory + ": ");
    }

    [Fact]
    public void ParseFile_InvalidUtf8_IsErrorWithTheByteOffset()
    {
        var path = this.Write("bad.txt", [0x41, 0xFF, 0x42]);

        var error = NewsPipeline.Default.ParseFile(path).Error!;

        error.ByteOffset.Should().Be(1);
        error.Message.Should().Be("invalid UTF-8");
    }

    [Fact]
    public void ParseFile_Utf16WithByteOrderMark_GivesTheSameArticleAsUtf8()
    {
        var path = this.Write("talks.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]);

        NewsPipeline.Default.ParseFile(path).Value.Should().Be(NewsPipeline.Default.Read(Text, new ReadOptions { Id = "talks" }));
    }

    [Fact]
    public void ParseFile_MoreBytesThanTheLimitCanTake_IsErrorNamingTheFile()
    {
        var path = this.Write("long.txt", Encoding.UTF8.GetBytes(new string('a', 100)));

        var error = NewsPipeline.Default.ParseFile(path, new ReadOptions { MaxTextLength = 10 }).Error!;

        error.Message.Should().StartWith($"{path}: the text is longer than the limit of 10 characters").And.Contain("100 bytes");
    }

    [Fact]
    public void ParseFile_FewBytesButMoreCharactersThanTheLimit_IsError()
    {
        var path = this.Write("long.txt", Encoding.UTF8.GetBytes(new string('a', 20)));

        var error = NewsPipeline.Default.ParseFile(path, new ReadOptions { MaxTextLength = 10 }).Error!;

        error.Message.Should().Contain("longer than the limit of 10 characters");
    }

    [Fact]
    public void ParseFile_HugeFile_IsErrorWithoutReadingIt()
    {
        // A sparse file of 4 GiB: more than an array holds, so reading it whole could not succeed.
        var path = Path.Combine(this.directory, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(1L << 32);
        }

        var error = NewsPipeline.Default.ParseFile(path).Error!;

        error.Message.Should().StartWith($"{path}: the text is longer than the limit");
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsNewsModelExceptionNamingTheFile()
    {
        var path = Path.Combine(this.directory, "missing.txt");

        var read = () => NewsPipeline.Default.ReadFile(path);

        read.Should().Throw<NewsModelException>().Which.Error.Message.Should().Contain(path);
    }

    [Fact]
    public void ReadFile_GoodFile_GivesTheArticle()
    {
        var path = this.Write("talks.txt", Encoding.UTF8.GetBytes(Text));

        NewsPipeline.Default.ReadFile(path).Should().Be(NewsPipeline.Default.ParseFile(path).Value);
    }

    [Fact]
    public async Task ParseFileAsync_GoodFile_GivesWhatParseFileGives()
    {
        var path = this.Write("talks.txt", Encoding.UTF8.GetBytes(Text));

        var result = await NewsPipeline.Default.ParseFileAsync(path);

        result.Value.Should().Be(NewsPipeline.Default.ParseFile(path).Value);
    }

    [Fact]
    public async Task ParseFileAsync_MissingFileOrTooLong_IsErrorNamingTheFile()
    {
        var missing = Path.Combine(this.directory, "missing.txt");
        var path = this.Write("long.txt", Encoding.UTF8.GetBytes(new string('a', 100)));

        (await NewsPipeline.Default.ParseFileAsync(missing)).Error!.Message.Should().Be($"{missing}: no such file");
        (await NewsPipeline.Default.ParseFileAsync(path, new ReadOptions { MaxTextLength = 10 })).Error!.Message.Should().StartWith($"{path}: ");
    }

    [Fact]
    public async Task ParseFileAsync_Cancelled_Throws()
    {
        var path = this.Write("talks.txt", Encoding.UTF8.GetBytes(Text));
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        var parse = () => NewsPipeline.Default.ParseFileAsync(path, null, source.Token);

        await parse.Should().ThrowAsync<OperationCanceledException>();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(this.directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
