using System.Diagnostics;
using System.Text;

using NewsModel.Cli;
using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class InputReaderTests
{
    private static readonly CliConsole Console = new(() => new MemoryStream("from standard input"u8.ToArray()), new MemoryStream(), new StringWriter(), false);

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(100_003)]
    public void Rent_File_GivesItsBytesExactly(int size)
    {
        using var cli = new CliRun();
        var bytes = Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26))).ToArray();
        var path = cli.WriteFile("a.txt", bytes);

        var read = InputReader.Rent(new InputItem(path, string.Empty), long.MaxValue, Console);

        read.Success.Should().BeTrue();
        using var input = read.Value;
        input.Length.Should().Be(size);
        input.Span.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Rent_FileOverTheLimit_IsAnErrorNamingTheLimit()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("a.txt", "twelve bytes");

        var read = InputReader.Rent(new InputItem(path, string.Empty), 11, Console);

        read.Success.Should().BeFalse();
        read.Error!.Message.Should().Be("the file is larger than the limit of 11 bytes");
    }

    [Fact]
    public void Rent_EmptyFile_GivesNoBytes()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("a.txt", string.Empty);

        using var input = InputReader.Rent(new InputItem(path, string.Empty), 100, Console).Value;

        input.Length.Should().Be(0);
    }

    [Fact]
    public void Rent_StandardInput_GivesWhatItHolds()
    {
        using var input = InputReader.Rent(new InputItem("-", string.Empty), 100, Console).Value;

        Encoding.UTF8.GetString(input.Span).Should().Be("from standard input");
    }

    [Fact]
    public void Rent_NamedPipe_ReadsItToItsEnd()
    {
        // A pipe has no length to ask nor offsets to read at (`newsmodel extract <(curl ...)`).
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        using var cli = new CliRun();
        var path = cli.PathOf("pipe");
        using (var mkfifo = Process.Start("/usr/bin/mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var writer = new Thread(() => File.WriteAllText(path, "Talks resume."));
        writer.Start();
        using var input = InputReader.Rent(new InputItem(path, string.Empty), 100, Console).Value;
        writer.Join(TimeSpan.FromSeconds(10)).Should().BeTrue();

        Encoding.UTF8.GetString(input.Span).Should().Be("Talks resume.");
    }

    [Fact]
    public void Span_AfterDispose_Throws()
    {
        using var cli = new CliRun();
        var input = InputReader.Rent(new InputItem(cli.WriteFile("a.txt", "text"), string.Empty), 100, Console).Value;
        input.Dispose();

        var span = () => input.Span.Length;

        span.Should().Throw<ObjectDisposedException>();
    }
}
