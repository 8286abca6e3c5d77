using System.Text;

using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>Runs the newsmodel command in-process with captured streams and a scratch folder.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun() => Directory.CreateDirectory(this.Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsmodel-tests", Guid.NewGuid().ToString("N"));

    public string Error { get; private set; } = string.Empty;

    public string Output { get; private set; } = string.Empty;

    public byte[] StandardInput { get; set; } = [];

    /// <summary>Replaces standard input (for example with one that fails).</summary>
    public Func<Stream>? OpenStandardInput { get; set; }

    /// <summary>Whether the command is told that standard output is a terminal.</summary>
    public bool OutputIsTerminal { get; set; }

    /// <summary>The token the command runs with (Ctrl+C, in the real tool).</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>Called after each write to standard output.</summary>
    public Action? OnOutput { get; set; }

    public string PathOf(string name) => Path.Combine(this.Folder, name);

    public string WriteFile(string name, string text) => this.WriteFile(name, Encoding.UTF8.GetBytes(text));

    public string WriteFile(string name, byte[] bytes)
    {
        var path = this.PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public int Run(params string[] args)
    {
        using var output = new ObservedStream(this.OnOutput);
        using var error = new StringWriter();
        var console = new CliConsole(this.OpenStandardInput ?? (() => new MemoryStream(this.StandardInput)), output, error, this.OutputIsTerminal);
        var code = NewsModelCommand.Run(args, console, this.CancellationToken);
        this.Output = Encoding.UTF8.GetString(output.ToArray());
        this.Error = error.ToString();
        return code;
    }

    public void Dispose()
    {
        if (Directory.Exists(this.Folder))
        {
            Directory.Delete(this.Folder, recursive: true);
        }
    }

    private sealed class ObservedStream(Action? onWrite) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            onWrite?.Invoke();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            onWrite?.Invoke();
        }
    }
}
