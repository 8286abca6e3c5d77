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

    /// <summary>Ends the output once every input is done, or once the run stopped short (cancelled, or a failure).</summary>
    /// <param name="abandoned">Whether the run stopped short: what is unfinished is dropped rather than completed.</param>
    /// <param name="fail">Reports an output that could not be completed.</param>
    public virtual void Complete(bool abandoned, Action<string> fail)
    {
    }

    /// <summary>How many inputs' outputs failed after they were counted as written (a file that could not take its name).</summary>
    public int LaterFailures { get; protected set; }

    /// <summary>A message on one line, whatever the system's message held.</summary>
    protected static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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

    public override void Complete(bool abandoned, Action<string> fail)
    {
        // A run that stopped short still closes its array: what was written is valid JSON.
        if (form == StandardOutputForm.JsonArray)
        {
            output.Write(this.written == 0 ? "[]\n"u8 : "\n]\n"u8);
            output.Flush();
        }
    }
}

/// <summary>
/// A file per input and format file in the output folder, each written whole or not at all, and
/// an input's files all or none. The paths written in the run are kept: a later input that would
/// write one again (two lines of a JSON Lines input with the same id) is reported and not written,
/// never overwriting.
/// </summary>
internal sealed class FolderSink(string directory, PathKeys keys, IReadOnlySet<string> inputs) : OutputSink
{
    private readonly Dictionary<string, string> writtenBy = new(keys.Comparer);

    public override bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken)
    {
        if (!IsFileName(name))
        {
            fail($"{item.DisplayName}: the id '{OneLine(name)}' cannot name a file; not written");
            return false;
        }

        var paths = files.Select(f => OutputPlan.PathOf(directory, item, name, f.Extension)).ToList();
        var fullPaths = paths.Select(keys.Key).ToList();
        for (var i = 0; i < paths.Count; i++)
        {
            if (this.writtenBy.TryGetValue(fullPaths[i], out var earlier))
            {
                fail($"{item.DisplayName}: {paths[i]} was written for {earlier} in this run; not written again");
                return false;
            }

            if (inputs.Contains(fullPaths[i]))
            {
                fail($"{item.DisplayName}: its output {paths[i]} is an input of this run and would be overwritten; not written");
                return false;
            }
        }

        // A cancellation is heeded before the first file only: once started, an input's files are
        // all written (BRAT's .ann without its .txt would be of no use).
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var written = 0;
        try
        {
            for (; written < files.Count; written++)
            {
                AtomicFile.Write(paths[written], files[written].Bytes.Span, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fail($"{item.DisplayName}: cannot write {paths[written]}: {OneLine(e.Message)}");
            for (var i = 0; i < written; i++)
            {
                TryDelete(paths[i]);
            }

            return false;
        }

        foreach (var path in fullPaths)
        {
            this.writtenBy[path] = item.DisplayName;
        }

        return true;
    }

    // An id from a JSON Lines input names its file: no folder parts, no control characters, none
    // of the names or endings Windows reserves.
    private static bool IsFileName(string name)
    {
        if (name.Length is 0 or > 200 || name is "." or ".." || name[^1] is '.' or ' '
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0
            || name.Any(char.IsControl))
        {
            return false;
        }

        var stem = name.Split('.')[0].ToUpperInvariant();
        return stem is not ("CON" or "PRN" or "AUX" or "NUL") && !(stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && char.IsDigit(stem[3]));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>
/// One output file per input file, holding a line per article (<c>--input jsonl --format jsonl</c>
/// with <c>--output</c>): lines are appended to a temporary file as they come, which takes the
/// output's name once its input file is done, so a reader never sees half a file, and a run that
/// is cancelled or fails leaves none.
/// </summary>
internal sealed class LinesFolderSink(string directory) : OutputSink
{
    private Group? current;

    public override bool Write(InputItem item, string name, IReadOnlyList<OutputFile> files, Action<string> fail, CancellationToken cancellationToken)
    {
        if (this.current is not { } group || !string.Equals(item.Path, group.Input.Path, StringComparison.Ordinal))
        {
            // The input before is done: its file takes its name, or says why it cannot.
            this.Finish(fail);
            group = this.current = Group.Start(directory, item, fail);
        }

        if (group.Stream is not { } stream)
        {
            return false;
        }

        try
        {
            stream.Write(files[0].Bytes.Span);
            group.Lines++;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is given up: one line says so, and the input's later lines are not written.
            group.Drop();
            this.LaterFailures += group.Lines;
            fail($"{item.DisplayName}: cannot write {group.Path}: {OneLine(e.Message)}; none of the input's lines are written");
            return false;
        }
    }

    public override void Complete(bool abandoned, Action<string> fail)
    {
        if (abandoned)
        {
            this.current?.Drop();
        }
        else
        {
            this.Finish(fail);
        }
    }

    /// <summary>A file still open here was not completed: it goes, and nothing takes its name.</summary>
    protected override void Release() => this.current?.Drop();

    private void Finish(Action<string> fail)
    {
        if (this.current is { Stream: not null } group && !group.Finish(fail))
        {
            this.LaterFailures += group.Lines;
        }
    }

    /// <summary>The output of one input file.</summary>
    private sealed class Group
    {
        private string? temporary;

        private Group(InputItem input, string path)
        {
            this.Input = input with { Line = 0, Content = default };
            this.Path = path;
        }

        /// <summary>The input file.</summary>
        public InputItem Input { get; }

        /// <summary>How many lines were written to the file.</summary>
        public int Lines { get; set; }

        public string Path { get; }

        public FileStream? Stream { get; private set; }

        public static Group Start(string directory, InputItem item, Action<string> fail)
        {
            var group = new Group(item, OutputPlan.PathOf(directory, item, item.BaseName, ".jsonl"));
            try
            {
                var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(group.Path))!;
                Directory.CreateDirectory(folder);
                group.temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(group.Path)}.{Guid.NewGuid():N}.tmp");
                group.Stream = new FileStream(group.temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                group.Drop();
                fail($"{item.DisplayName}: cannot write {group.Path}: {OneLine(e.Message)}; the input's lines are not written");
            }

            return group;
        }

        public bool Finish(Action<string> fail)
        {
            try
            {
                this.Stream!.Dispose();
                this.Stream = null;
                File.Move(this.temporary!, this.Path, overwrite: true);
                this.temporary = null;
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                this.Drop();
                fail($"{this.Input.DisplayName}: cannot write {this.Path}: {OneLine(e.Message)}");
                return false;
            }
        }

        // Lets go of the stream whatever its last flush says, then of the temporary file.
        public void Drop()
        {
            var stream = this.Stream;
            this.Stream = null;
            try
            {
                stream?.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }

            if (this.temporary is { } temporary)
            {
                this.temporary = null;
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
