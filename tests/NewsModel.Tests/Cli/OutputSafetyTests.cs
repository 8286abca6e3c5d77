using System.Text;

using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

public class OutputSafetyTests
{
    [Fact]
    public void Extract_JsonLinesOutputThatCannotTakeItsName_IsReportedAgainstItsInputAndLeavesNoTemporaryFile()
    {
        using var cli = new CliRun();
        var first = cli.WriteFile("in/a.jsonl", OutputCollisionTests.JsonLine("a1", SmallArticles.Article(1)) + "\n");
        cli.WriteFile("in/b.jsonl", OutputCollisionTests.JsonLine("b1", SmallArticles.Article(2)) + "\n" + OutputCollisionTests.JsonLine("b2", SmallArticles.Article(3)) + "\n");
        Directory.CreateDirectory(cli.PathOf("out/a.jsonl"));

        var code = cli.Run("extract", "--input", "jsonl", "--format", "jsonl", cli.PathOf("in"), "--output", cli.PathOf("out"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        var line = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
        line.Should().StartWith($"newsmodel: {first}: cannot write ");
        File.ReadAllLines(cli.PathOf("out/b.jsonl")).Should().HaveCount(2, "the next input is written whole");
        Directory.GetFiles(cli.PathOf("out"), "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Extract_JsonLinesOutputCancelled_LeavesNeitherTheOutputNorATemporaryFile()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", string.Concat(Enumerable.Range(0, 30).Select(i => OutputCollisionTests.JsonLine($"a{i}", SmallArticles.Article(i)) + "\n")));
        using var cancellation = new CancellationTokenSource();
        var reads = 0;
        cli.CancellationToken = cancellation.Token;
        cli.OpenStandardInput = () => new CallbackStream(File.ReadAllBytes(feed), () =>
        {
            if (++reads == 3)
            {
                cancellation.Cancel();
            }
        });

        var code = cli.Run("extract", "--input", "jsonl", "--format", "jsonl", "-", "--output", cli.PathOf("out"), "--threads", "1");

        code.Should().Be(ExitCodes.Cancelled);
        Directory.GetFiles(cli.PathOf("out"), "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Extract_JsonLinesArticleNamedLikeItsInputFile_DoesNotOverwriteTheInput()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("ow/batch.json", OutputCollisionTests.JsonLine("batch", SmallArticles.Article(1)) + "\n" + OutputCollisionTests.JsonLine("other", SmallArticles.Article(2)) + "\n");
        var before = File.ReadAllBytes(feed);

        var code = cli.Run("extract", "--input", "jsonl", feed, "--output", cli.PathOf("ow"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.ReadAllBytes(feed).Should().Equal(before);
        File.Exists(cli.PathOf("ow/other.json")).Should().BeTrue();
        cli.Error.Should().Contain("batch.json:1").And.Contain("is an input of this run");
    }

    [Fact]
    public void Extract_BratWhoseSecondFileCannotBeWritten_LeavesNeitherFile()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("in/a.txt", SmallArticles.Article(1));
        Directory.CreateDirectory(cli.PathOf("out/a.txt"));

        cli.Run("extract", input, "--format", "brat", "--output", cli.PathOf("out")).Should().Be(ExitCodes.SomeInputsFailed);

        File.Exists(cli.PathOf("out/a.ann")).Should().BeFalse("an input's files are written all or none");
        cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("a.txt");
    }

    [Fact]
    public void Convert_OutputFolderReachedThroughALinkToTheInputFolder_IsSeenAsTheInputFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRun();
        cli.WriteFile("a.txt", SmallArticles.Article(1));
        cli.Run("extract", cli.PathOf("a.txt"), "--output", cli.PathOf("real")).Should().Be(0, cli.Error);
        Directory.CreateSymbolicLink(cli.PathOf("link"), cli.PathOf("real"));
        var before = File.ReadAllBytes(cli.PathOf("real/a.json"));

        var code = cli.Run("convert", cli.PathOf("link/a.json"), "--format", "json", "--output", cli.PathOf("real"));

        code.Should().Be(ExitCodes.SomeInputsFailed);
        File.ReadAllBytes(cli.PathOf("real/a.json")).Should().Equal(before);
        cli.Error.Should().Contain("is an input of this run");
    }

    [Fact]
    public async Task Extract_JsonLinesFromStandardInputThatStopsWithoutEnding_EndsWhenCancelled()
    {
        // A pipe whose writer neither writes more nor closes it: Ctrl+C or the engine's SIGTERM
        // must still end the run.
        using var cli = new CliRun();
        using var cancellation = new CancellationTokenSource();
        using var stalled = new StalledStream(Encoding.UTF8.GetBytes(OutputCollisionTests.JsonLine("a1", SmallArticles.Article(1)) + "\n"));
        cli.CancellationToken = cancellation.Token;
        cli.OpenStandardInput = () => stalled;
        cli.OnOutput = () => cancellation.CancelAfter(100);

        var run = Task.Run(() => cli.Run("extract", "--input", "jsonl", "--format", "jsonl", "-", "--threads", "1"));

        (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run).Should().BeTrue("a cancelled run does not wait for the pipe");
        (await run).Should().Be(ExitCodes.Cancelled);
        cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void Extract_SeveralInputsAllMissing_StillPrintsAnEmptyArray()
    {
        using var cli = new CliRun();

        cli.Run("extract", cli.PathOf("m1.txt"), cli.PathOf("m2.txt")).Should().Be(ExitCodes.SomeInputsFailed);

        cli.Output.Should().Be("[]\n");
    }

    [Fact]
    public void Extract_JsonLinesWithANumberForId_NamesTheArticleByIt()
    {
        using var cli = new CliRun();
        var feed = cli.WriteFile("feed.jsonl", $"{{\"id\": 42, \"text\": {System.Text.Json.JsonSerializer.Serialize(SmallArticles.Article(1))}}}\n");

        cli.Run("extract", "--input", "jsonl", feed, "--output", cli.PathOf("out")).Should().Be(ExitCodes.Success, cli.Error);

        File.Exists(cli.PathOf("out/42.json")).Should().BeTrue();
    }

    /// <summary>A stream that reads in small pieces and calls back at each read.</summary>
    private sealed class CallbackStream(byte[] bytes, Action onRead) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            onRead();
            return base.Read(buffer, offset, Math.Min(count, 1024));
        }

        public override int Read(Span<byte> buffer)
        {
            var piece = new byte[Math.Min(buffer.Length, 1024)];
            var read = this.Read(piece, 0, piece.Length);
            piece.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
    }

    /// <summary>A pipe that gives its bytes, then waits (up to a minute) without ending.</summary>
    private sealed class StalledStream(byte[] bytes) : Stream
    {
        private readonly ManualResetEventSlim never = new();
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (this.position < bytes.Length)
            {
                var n = Math.Min(count, bytes.Length - this.position);
                Array.Copy(bytes, this.position, buffer, offset, n);
                this.position += n;
                return n;
            }

            this.never.Wait(TimeSpan.FromMinutes(1));
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                this.never.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
