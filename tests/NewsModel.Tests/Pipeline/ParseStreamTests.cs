using System.Text;

using NewsModel.Tests.Layout;

namespace NewsModel.Tests.Pipeline;

public class ParseStreamTests
{
    private static readonly string Text = LayoutTestKit.ReadSeed();

    [Fact]
    public void Parse_Stream_GivesWhatParseOfTheTextGives()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text));

        NewsPipeline.Default.Parse(stream).Value.Should().Be(NewsPipeline.Default.Read(Text));
    }

    [Fact]
    public async Task ParseAsync_Stream_GivesWhatParseOfTheTextGives()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text));

        (await NewsPipeline.Default.ParseAsync(stream)).Value.Should().Be(NewsPipeline.Default.Read(Text));
    }

    [Fact]
    public async Task Parse_UnseekableStreamInSmallPieces_GivesWhatParseOfTheTextGives()
    {
        // Several times the first buffer, so that it grows.
        var text = string.Concat(Enumerable.Repeat(Text, 1 + (64 * 1024 / Text.Length)));
        var expected = NewsPipeline.Default.Read(text);

        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(text), endless: false);
        NewsPipeline.Default.Parse(stream).Value.Should().Be(expected);

        using var again = new TrickleStream(Encoding.UTF8.GetBytes(text), endless: false);
        (await NewsPipeline.Default.ParseAsync(again)).Value.Should().Be(expected);
    }

    [Fact]
    public void Parse_Stream_LeavesItOpenAtItsEnd()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text));

        NewsPipeline.Default.Parse(stream);

        stream.CanRead.Should().BeTrue();
        stream.Position.Should().Be(stream.Length);
        stream.Dispose();
    }

    [Fact]
    public void Parse_StreamPositionedPastItsStart_ReadsTheRest()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("skipped\n" + Text));
        stream.Position = "skipped\n".Length;

        NewsPipeline.Default.Parse(stream).Value.Should().Be(NewsPipeline.Default.Read(Text));
    }

    [Fact]
    public void Parse_InvalidUtf8Stream_IsErrorWithTheByteOffset()
    {
        using var stream = new MemoryStream([0x41, 0xFF, 0x42]);

        NewsPipeline.Default.Parse(stream).Error!.ToString().Should().Be("byte 1: invalid UTF-8");
    }

    [Fact]
    public void Parse_SeekableStreamOverTheCap_IsErrorWithoutReadingIt()
    {
        using var stream = new MemoryStream(new byte[1000]);

        var error = NewsPipeline.Default.Parse(stream, new ReadOptions { MaxTextLength = 100 }).Error!;

        error.Message.Should().StartWith("the text is longer than the limit of 100 characters");
        stream.Position.Should().Be(0);
    }

    [Fact]
    public void Parse_EndlessStream_StopsAtTheCap()
    {
        using var stream = new TrickleStream([(byte)'a'], endless: true);

        var error = NewsPipeline.Default.Parse(stream, new ReadOptions { MaxTextLength = 100 }).Error!;

        error.Message.Should().StartWith("the text is longer than the limit of 100 characters");
        stream.BytesRead.Should().BeLessThanOrEqualTo((100 * 3) + 3 + 1);
    }

    [Fact]
    public async Task ParseAsync_EndlessStream_StopsAtTheCap()
    {
        await using var stream = new TrickleStream([(byte)'a'], endless: true);

        var error = (await NewsPipeline.Default.ParseAsync(stream, new ReadOptions { MaxTextLength = 100 })).Error!;

        error.Message.Should().StartWith("the text is longer than the limit of 100 characters");
        stream.BytesRead.Should().BeLessThanOrEqualTo((100 * 3) + 3 + 1);
    }

    [Fact]
    public void Parse_CapOfTheTextLimit_AcceptsTheLongestTextInThreeByteCharacters()
    {
        // "€" is 3 bytes of UTF-8 and 1 UTF-16 code unit: the most bytes a text at the limit takes.
        var text = new string('€', 100);
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        NewsPipeline.Default.Parse(stream, new ReadOptions { MaxTextLength = 100 }).Value.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_TokenCancelledBeforehand_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text));
        using var source = new CancellationTokenSource();
        source.Cancel();

        var parse = () => NewsPipeline.Default.Parse(stream, null, source.Token);

        parse.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Parse_TokenCancelledWhileReading_StopsReading()
    {
        using var source = new CancellationTokenSource();
        using var stream = new TrickleStream([(byte)'a'], endless: true, afterFirstRead: source.Cancel);

        var parse = () => NewsPipeline.Default.Parse(stream, null, source.Token);

        parse.Should().Throw<OperationCanceledException>();
        stream.BytesRead.Should().BeLessThan(1024 * 1024);
    }

    [Fact]
    public async Task ParseAsync_TokenCancelledWhileReading_StopsReading()
    {
        using var source = new CancellationTokenSource();
        await using var stream = new TrickleStream([(byte)'a'], endless: true, afterFirstRead: source.Cancel);

        var parse = () => NewsPipeline.Default.ParseAsync(stream, null, source.Token);

        await parse.Should().ThrowAsync<OperationCanceledException>();
        stream.BytesRead.Should().BeLessThan(1024 * 1024);
    }

    [Fact]
    public void Parse_UnreadableStream_ThrowsArgumentException()
    {
        var stream = new MemoryStream();
        stream.Dispose();

        var parse = () => NewsPipeline.Default.Parse(stream);

        parse.Should().Throw<ArgumentException>();
    }

    // A stream that cannot seek and gives at most 1000 bytes a read: its bytes once, or again and again.
    private sealed class TrickleStream(byte[] bytes, bool endless, Action? afterFirstRead = null) : Stream
    {
        private int position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => this.Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            while (count < Math.Min(buffer.Length, 1000))
            {
                if (this.position == bytes.Length)
                {
                    if (!endless)
                    {
                        break;
                    }

                    this.position = 0;
                }

                buffer[count++] = bytes[this.position++];
            }

            if (this.BytesRead == 0)
            {
                afterFirstRead?.Invoke();
            }

            this.BytesRead += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(this.Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(this.Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
