namespace NewsModel.Cli.IO;

/// <summary>Where a batch's outputs go: standard output in one of its forms, or files.</summary>
internal abstract class OutputSink : IDisposable
{
    /// <summary>Lets go of what an unfinished output holds (a cancelled or failed run).</summary>
    public void Dispose()
    {
        this.Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>What <see cref="Dispose"/> lets go of.</summary>
    protected virtual void Release()
    {
    }

    /// <summary>Writes one input's outputs; false when they could not be written (the error is reported through <paramref name="fail"/>).</summary>
    public abstract bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken);

    /// <summary>Ends the output once every input is done, or the run was cancelled.</summary>
    public virtual void Complete(bool cancelled)
    {
    }

    /// <summary>Drops a trailing line end: a document inside an array or a stream is framed by its separators.</summary>
    protected static ReadOnlySpan<byte> WithoutLineEnd(ReadOnlySpan<byte> bytes) => bytes.EndsWith("\n"u8) ? bytes[..^1] : bytes;
}

/// <summary>How standard output holds the documents of a run.</summary>
internal enum StandardOutputForm
{
    /// <summary>The one document, as a file would hold it.</summary>
    One,

    /// <summary>One JSON array of the documents (json, ninjs, jsonld).</summary>
    JsonArray,

    /// <summary>A YAML stream: each document starts with <c>---</c>.</summary>
    YamlStream,

    /// <summary>A document a line (jsonl).</summary>
    Lines,
}

/// <summary>
/// Standard output. Several documents stay one document of the format's own kind (an array, a YAML
/// stream, lines), so that a JSON reader reads what a folder gives. Each document is flushed once
/// written: a reader downstream sees it at once, and nothing waits in memory.
/// </summary>
internal sealed class StandardOutputSink(Stream output, StandardOutputForm form) : OutputSink
{
    private int written;

    public override bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken)
    {
        // Only the main file goes to standard output.
        var bytes = files[0].Bytes.Span;
        switch (form)
        {
            case StandardOutputForm.JsonArray:
                output.Write(this.written == 0 ? "[\n"u8 : ",\n"u8);
                output.Write(WithoutLineEnd(bytes));
                break;
            case StandardOutputForm.YamlStream:
                output.Write("---\n"u8);
                goto default;
            default:
                output.Write(bytes);
                if (!bytes.EndsWith("\n"u8))
                {
                    output.Write("\n"u8);
                }

                break;
        }

        this.written++;
        output.Flush();
        return true;
    }

    public override void Complete(bool cancelled)
    {
        // A cancelled run still closes its array: what was written is valid JSON.
        if (form == StandardOutputForm.JsonArray)
        {
            output.Write(this.written == 0 ? "[]\n"u8 : "\n]\n"u8);
            output.Flush();
        }
    }
}

/// <summary>
/// A file per input and format file in the output folder, each written whole or not at all. The
/// paths written in the run are kept: a later input that would write one again (two lines of a
/// JSON Lines input with the same id) is reported and not written, never overwriting.
/// </summary>
internal sealed class FolderSink(string directory, IReadOnlySet<string> inputs) : OutputSink
{
    private readonly Dictionary<string, string> writtenBy = new(OutputPlan.PathComparer);

    public override bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken)
    {
        if (!IsFileName(name))
        {
            fail($"{item.DisplayName}: the id '{name}' cannot name a file; not written");
            return false;
        }

        var paths = files.Select(f => OutputPlan.PathOf(directory, item, name, f.Extension)).ToList();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (this.writtenBy.TryGetValue(full, out var earlier))
            {
                fail($"{item.DisplayName}: {path} was written for {earlier} in this run; not written again");
                return false;
            }

            if (inputs.Contains(full))
            {
                fail($"{item.DisplayName}: its output {path} is an input of this run and would be overwritten; not written");
                return false;
            }
        }

        var current = string.Empty;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                current = paths[i];
                AtomicFile.Write(current, files[i].Bytes.Span, cancellationToken);
                this.writtenBy[Path.GetFullPath(current)] = item.DisplayName;
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fail($"{item.DisplayName}: cannot write {current}: {e.Message}");
            return false;
        }
    }

    // An id from a JSON Lines input names its file: no folder parts, no name the system reserves.
    private static bool IsFileName(string name)
        => name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
           && name.IndexOfAny(['/', '\\', ':']) < 0;
}

/// <summary>
/// One output file per input file, holding a line per article (<c>--input jsonl --format jsonl</c>
/// with <c>--output</c>): lines are appended to a temporary file as they come, which takes the
/// output's name once its input file is done, so a reader never sees half a file and a cancelled
/// run leaves none.
/// </summary>
internal sealed class LinesFolderSink(string directory) : OutputSink
{
    private string? group;
    private string? path;
    private string? temporary;
    private FileStream? stream;
    private bool broken;

    public override bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken)
    {
        try
        {
            if (!string.Equals(item.Path, this.group, StringComparison.Ordinal))
            {
                this.Finish();
                this.Start(item);
            }

            if (this.broken)
            {
                return false;
            }

            this.stream!.Write(files[0].Bytes.Span);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is given up: one line says so, and the input's later lines are not written.
            this.Drop();
            this.broken = true;
            fail($"{item.DisplayName}: cannot write {this.path}: {e.Message}; the input's later lines are not written");
            return false;
        }
    }

    public override void Complete(bool cancelled)
    {
        if (cancelled)
        {
            this.Drop();
        }
        else
        {
            this.Finish();
        }
    }

    /// <summary>A file still open here was not completed: it goes, and nothing takes its name.</summary>
    protected override void Release() => this.Drop();

    private void Start(InputItem item)
    {
        this.group = item.Path;
        this.broken = false;
        this.path = OutputPlan.PathOf(directory, item, item.BaseName, ".jsonl");
        var folder = Path.GetDirectoryName(Path.GetFullPath(this.path))!;
        Directory.CreateDirectory(folder);
        this.temporary = Path.Combine(folder, $".{Path.GetFileName(this.path)}.{Guid.NewGuid():N}.tmp");
        this.stream = new FileStream(this.temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
    }

    private void Finish()
    {
        if (this.stream is null)
        {
            return;
        }

        this.stream.Dispose();
        this.stream = null;
        File.Move(this.temporary!, this.path!, overwrite: true);
    }

    private void Drop()
    {
        this.stream?.Dispose();
        this.stream = null;
        if (this.temporary is not null && File.Exists(this.temporary))
        {
            File.Delete(this.temporary);
        }
    }
}
