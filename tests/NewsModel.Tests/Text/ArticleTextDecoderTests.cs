using System.Text;

using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class ArticleTextDecoderTests
{
    [Fact]
    public void Decode_Utf8WithBom_StripsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Héllo")];

        ArticleTextDecoder.Decode(bytes).Value.Should().Be("Héllo");
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReadsIt()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Talks in Moscow")];

        ArticleTextDecoder.Decode(bytes).Value.Should().Be("Talks in Moscow");
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReadsIt()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Talks in Moscow")];

        ArticleTextDecoder.Decode(bytes).Value.Should().Be("Talks in Moscow");
    }

    [Fact]
    public void Decode_InvalidUtf8_NamesTheByteOffset()
    {
        byte[] bytes = [0x48, 0x69, 0x20, 0xC3, 0x28];

        var result = ArticleTextDecoder.Decode(bytes);

        result.Success.Should().BeFalse();
        result.Error!.ByteOffset.Should().Be(3);
        result.Error.ToString().Should().Be("byte 3: invalid UTF-8");
    }

    [Fact]
    public void Decode_BinaryData_IsRefused()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00];

        ArticleTextDecoder.Decode(bytes).Error!.Message.Should().Contain("binary");
    }

    [Fact]
    public void Decode_OverTheLimit_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 101));

        ArticleTextDecoder.Decode(bytes, maxLength: 100).Error!.Message.Should().Contain("limit");
    }

    [Fact]
    public void Decode_Empty_IsEmptyText()
    {
        ArticleTextDecoder.Decode([]).Value.Should().BeEmpty();
    }
}
