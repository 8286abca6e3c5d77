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
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(this.StandardInput), output, error);
        var code = NewsModelCommand.Run(args, console);
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
}
