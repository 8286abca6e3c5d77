using System.Text;

namespace NewsModel.Tests.Reliability;

/// <summary>Article bytes and texts that are not what a reader expects: each is a model or a clear error value, never an exception.</summary>
public class BadArticleInputTests
{
    [Fact]
    public void Parse_EmptyBytes_GivesEmptyArticle()
    {
        var article = NewsPipeline.Default.Parse(ReadOnlySpan<byte>.Empty).Value;

        article.Text.Should().BeEmpty();
        article.Sentences.Should().BeEmpty();
        article.Actors.Should().BeEmpty();
        article.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Parse_BinaryData_IsErrorNamingTheFirstNulByte()
    {
        // A PNG header: bytes, not text.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var error = NewsPipeline.Default.Parse(png).Error!;

        error.ByteOffset.Should().Be(8);
        error.Message.Should().Contain("binary");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42, 0xC3 }, 2)] // truncated two-byte sequence at the end
    [InlineData(new byte[] { 0x41, 0xFF, 0x42 }, 1)] // a byte that never occurs in UTF-8
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xED, 0xA0, 0x80 }, 4)] // after a BOM: an encoded surrogate
    [InlineData(new byte[] { 0x41, 0xC0, 0xAF }, 1)] // an overlong "/"
    public void Parse_InvalidUtf8_NamesTheByteOffset(byte[] bytes, long offset)
    {
        var error = NewsPipeline.Default.Parse(bytes).Error!;

        error.ByteOffset.Should().Be(offset);
        error.ToString().Should().Be($"byte {offset}: invalid UTF-8");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Parse_Utf16WithByteOrderMark_ReadsTheSameArticleAsUtf8(string encodingName)
    {
        const string text = "Talks in Moscow\n\n“We support you,” Putin told Maduro on Wednesday.\n";
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var article = NewsPipeline.Default.Parse(bytes).Value;

        article.Should().Be(NewsPipeline.Default.Parse(Encoding.UTF8.GetBytes(text)).Value);
        article.Quotes.Should().ContainSingle().Which.Text.Should().Be("We support you,");
    }

    [Fact]
    public void Parse_Utf16WithLoneSurrogate_IsErrorNamingTheByte()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00];

        var error = NewsPipeline.Default.Parse(bytes).Error!;

        error.Message.Should().Contain("invalid");
        error.ByteOffset.Should().NotBeNull();
    }

    [Fact]
    public void Parse_Utf16WithLoneSurrogateOverTheLimit_IsErrorNotException()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00];

        var result = NewsPipeline.Default.Parse(bytes, new ReadOptions { MaxTextLength = 1 });

        result.Success.Should().BeFalse();
    }

    [Fact]
    public void Parse_TextOverMaxTextLength_IsErrorNamingTheLimit()
    {
        var text = new string('a', 101);

        var fromText = NewsPipeline.Default.Parse(text, new ReadOptions { MaxTextLength = 100 });
        var fromBytes = NewsPipeline.Default.Parse(Encoding.UTF8.GetBytes(text), new ReadOptions { MaxTextLength = 100 });

        fromText.Error!.Message.Should().Be("the text is longer than the limit of 100 characters");
        fromBytes.Error!.Message.Should().Be("the text is longer than the limit of 100 characters");
        var read = () => NewsPipeline.Default.Read(text, new ReadOptions { MaxTextLength = 100 });
        read.Should().Throw<NewsModelException>().Which.Error.Message.Should().Contain("limit of 100");
    }

    [Fact]
    public void Parse_TextAtMaxTextLength_IsRead()
    {
        var text = "Putin said so." + new string(' ', 86);

        NewsPipeline.Default.Parse(text, new ReadOptions { MaxTextLength = 100 }).Value.Text.Should().Be(text);
        NewsPipeline.Default.Parse(Encoding.UTF8.GetBytes(text), new ReadOptions { MaxTextLength = 100 }).Value.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_LimitCountsUtf16CodeUnitsNotBytes_MultiByteTextAtTheLimitIsRead()
    {
        // 100 characters of Cyrillic are 200 bytes of UTF-8 and 100 UTF-16 code units.
        var text = new string('ж', 100);

        NewsPipeline.Default.Parse(Encoding.UTF8.GetBytes(text), new ReadOptions { MaxTextLength = 100 }).Value.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("«")]
    public void Parse_ThreeHundredThousandUnbalancedQuoteMarks_Finishes(string mark)
    {
        // Not timed: a quadratic reader would not finish in the test run at all.
        var text = "Talks\n\n" + string.Concat(Enumerable.Repeat(mark + "Putin said ", 300_000));

        var article = NewsPipeline.Default.Parse(text).Value;

        article.Text.Should().HaveLength(text.Length);
        article.Quotes.Where(q => !(q.Span.FitsIn(text.Length) && article.Slice(q.Span) == q.Text)).Should().BeEmpty();
    }

    [Fact]
    public void Parse_TenMegabyteLineWithoutSpaces_IsOneParagraph()
    {
        var text = string.Concat(Enumerable.Repeat("Putin“said”Moscow,2019-09-25.", 350_000));

        var article = NewsPipeline.Default.Parse(text).Value;

        article.Sections.SelectMany(s => s.Paragraphs).Should().ContainSingle().Which.Span.Length.Should().Be(text.Length);
    }
}
