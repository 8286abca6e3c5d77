using System.Diagnostics;
using System.Globalization;

using NewsModel.Batching;
using NewsModel.Cli.WarmUp;

using Spectre.Console;

namespace NewsModel.Cli.IO;

/// <summary>
/// Runs a read over many inputs and writes one output per input. Inputs are read in parallel, at
/// most <see cref="BatchSettings.Threads"/> at a time, but outputs and error lines come out in input
/// order, so the output does not depend on the number of threads. A bad input gets one line on
/// standard error naming it; the good ones are still written.
/// </summary>
internal sealed class BatchRunner(CliConsole console, BatchSettings settings)
{
    private Action<string> errorLine = line => console.Error.WriteLine(line);

    private IAnsiConsole? summaryConsole;

    /// <param name="items">
    /// The inputs, in the order their outputs come out: a list (whose outputs are checked for
    /// collisions before anything is written, and whose count a progress bar shows) or a lazy
    /// sequence (the lines of JSON Lines inputs, read as they are needed).
    /// </param>
    /// <param name="expansionErrors">Patterns or paths that named no input, reported first.</param>
    /// <param name="read">Reads one input.</param>
    /// <param name="warmUp">Run once before the clock starts when there is an input, so that loading and compiling are not counted as the batch's time.</param>
    /// <param name="warmUpReader">
    /// Run after <paramref name="warmUp"/> on each worker thread when several read the inputs, before
    /// the clock starts: what each thread keeps between reads (the pipeline's finders, the pooled
    /// arrays) is then filled as in a long-running service. The code is compiled by then, so this
    /// is brief.
    /// </param>
    /// <param name="cancellationToken">Stops the batch (Ctrl+C).</param>
    public int Run(IEnumerable<InputItem> items, IReadOnlyList<string> expansionErrors, ReadInput read, Action? warmUp = null, Action? warmUpReader = null, CancellationToken cancellationToken = default)
    {
        var tally = new Tally();
        foreach (var error in expansionErrors)
        {
            this.Fail(error);
            tally.Failures++;
        }

        var known = items as IReadOnlyList<InputItem>;
        if (known is { Count: 0 })
        {
            // No input: standard output still gets the document's shape (an empty array).
            if (settings.OutputDirectory is null && !settings.Summary)
            {
                using var empty = new StandardOutputSink(console.StandardOutput, settings.StandardOutputForm);
                empty.Complete(abandoned: false, this.Fail);
            }

            return tally.Failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        }

        PathKeys? keys = null;
        if (settings.OutputDirectory is { } directory)
        {
            if (OutputDirectoryProblem(directory) is { } problem)
            {
                // One line for the folder rather than one per input: nothing could be written anyway.
                this.Fail(problem);
                return ExitCodes.SomeInputsFailed;
            }

            keys = PathKeys.For(directory);
        }

        if (known is not null && settings.OutputDirectory is not null && settings.CollisionExtensions.Count > 0)
        {
            var (leftOut, collisions) = OutputPlan.Collisions(known, settings.OutputDirectory, settings.CollisionExtensions, keys!);
            foreach (var collision in collisions)
            {
                this.Fail(collision);
            }

            tally.Failures += leftOut.Count;
            known = [.. known.Where(item => !leftOut.Contains(item))];
            items = known;
        }

        if (known is not { Count: 0 } && !cancellationToken.IsCancellationRequested)
        {
            warmUp?.Invoke();
        }

        using var sink = this.CreateSink(known, keys);
        if (console.IsErrorTerminal && known is { Count: > 1 } && (settings.OutputDirectory is not null || !console.IsOutputTerminal))
        {
            this.RunWithProgress(known, read, warmUpReader, sink, tally, cancellationToken);
        }
        else
        {
            this.RunItems(items, read, warmUpReader, sink, tally, advance: null, cancellationToken);
        }

        tally.Clock.Stop();
        var code = tally.Failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        if (tally.Cancelled)
        {
            var of = known is null ? string.Empty : $" of {known.Count}";
            console.Error.WriteLine($"newsmodel: cancelled: {tally.Written}{of} inputs done");
            code = ExitCodes.Cancelled;
        }

        if (settings.Stats)
        {
            if (tally.Extraction > TimeSpan.Zero)
            {
                console.Error.WriteLine(PartsLine(tally.Bytes, tally.Extraction, tally.Writing, tally.Threads));
            }

            console.Error.WriteLine(StatsLine(tally.Documents, tally.Bytes, tally.Clock.Elapsed));
        }

        return code;
    }

    /// <summary>The <c>--stats</c> line: documents, megabytes (10^6 bytes) read, seconds and throughput.</summary>
    public static string StatsLine(int documents, long bytes, TimeSpan elapsed)
    {
        var megabytes = bytes / 1e6;
        var seconds = elapsed.TotalSeconds;
        var rate = seconds > 0 ? megabytes / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {megabytes:F2} MB, {seconds:F2} s, {rate:F2} MB/s");
    }

    /// <summary>
    /// The <c>--stats</c> line before the last: how long the pipeline itself took (and its throughput)
    /// and how long serialising and writing the outputs took, so that a slow disk or a slow format is
    /// told apart from slow extraction. With several threads the times are summed over them.
    /// </summary>
    public static string PartsLine(long bytes, TimeSpan extraction, TimeSpan writing, int threads)
    {
        var seconds = extraction.TotalSeconds;
        var rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
        var summed = threads > 1 ? string.Create(CultureInfo.InvariantCulture, $", summed over {threads} threads") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"extraction {seconds:F2} s, {rate:F2} MB/s; writing {writing.TotalSeconds:F2} s{summed}");
    }

    private static string? OutputDirectoryProblem(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);

            // Creating a folder can succeed where writing in it cannot (a read-only folder): try a file.
            var probe = Path.Combine(directory, $".newsmodel-{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"cannot write to the output folder {directory}: {e.Message}";
        }
    }

    private OutputSink? CreateSink(IReadOnlyList<InputItem>? known, PathKeys? keys)
    {
        if (settings.Summary)
        {
            return null;
        }

        if (settings.OutputDirectory is { } directory)
        {
            if (settings.LinesPerInputFile)
            {
                return new LinesFolderSink(directory);
            }

            // Lines of JSON Lines inputs write files named after their ids: the files they come
            // from must not be among them.
            return new FolderSink(directory, keys!, keys!.InputsOf(known ?? settings.InputFiles));
        }

        return new StandardOutputSink(console.StandardOutput, settings.StandardOutputForm);
    }

    private void RunWithProgress(IReadOnlyList<InputItem> items, ReadInput read, Action? warmUpReader, OutputSink? sink, Tally tally, CancellationToken cancellationToken)
    {
        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });

        // While the bar is drawn, error lines go through the same console so that it redraws the bar below them.
        this.errorLine = line => progressConsole.Write(new Spectre.Console.Text(line + "\n"));
        try
        {
            progressConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Reading", maxValue: items.Count);
                    this.RunItems(items, read, warmUpReader, sink, tally, () => task.Increment(1), cancellationToken);
                });
        }
        finally
        {
            this.errorLine = line => console.Error.WriteLine(line);
        }
    }

    private void RunItems(IEnumerable<InputItem> items, ReadInput read, Action? warmUpReader, OutputSink? sink, Tally tally, Action? advance, CancellationToken cancellationToken)
    {
        // Inputs are read on the pipeline's batch runner: in parallel, outcomes in input order.
        // An outcome keeps the output's bytes and not the model: it may wait for the inputs before
        // it, and a model held there is live at every collection meanwhile, so it is copied to the
        // older generations and traced while every thread stands.
        var run = new OrderedParallelSettings(settings.Threads)
        {
            WorkerWarmUp = warmUpReader,
            WorkersWarm = PipelineWarmUp.WaitForCompilation,
            Started = threads =>
            {
                tally.Threads = threads;
                tally.Clock.Start();
            },
        };
        var finished = false;
        try
        {
            foreach (var outcome in OrderedParallel.Run(items, (item, token) => this.Process(item, read, token), run, cancellationToken))
            {
                this.Emit(outcome, sink, tally, cancellationToken);
                advance?.Invoke();
            }

            finished = true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            tally.Cancelled = cancellationToken.IsCancellationRequested;
            this.Complete(sink, tally, abandoned: !finished || tally.Cancelled);
        }
    }

    private void Complete(OutputSink? sink, Tally tally, bool abandoned)
    {
        if (sink is null)
        {
            return;
        }

        try
        {
            sink.Complete(abandoned, message => this.Fail(message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            this.Fail(this.Describe($"cannot finish the output: {OneLine(e.Message)}", e));
            tally.Failures++;
        }

        tally.Failures += sink.LaterFailures;
        tally.Written -= sink.LaterFailures;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private Outcome Process(InputItem item, ReadInput read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Outcome.Skipped(item);
        }

        try
        {
            var result = read(item, cancellationToken);
            if (!result.Success)
            {
                return new Outcome(Kept(item), item.Line > 0 ? item.Content.Length : SizeOf(item), null, null, $"{item.DisplayName}: {result.Error}");
            }

            // The reader counts the bytes it read; otherwise standard input counts the text it gave.
            var bytes = result.Value.InputBytes > 0 ? result.Value.InputBytes
                : item.Line > 0 ? item.Content.Length
                : item.IsStandardInput ? System.Text.Encoding.UTF8.GetByteCount(result.Value.Article.Text)
                : SizeOf(item);
            var warnings = result.Value.Warnings.Select(w => $"warning: {item.DisplayName}: {w}").ToList();
            if (settings.Summary)
            {
                return new Outcome(Kept(item), bytes, result.Value, null, null) { Extraction = result.Value.Extraction, Warnings = warnings };
            }

            var started = Stopwatch.GetTimestamp();

            // Only JSON and JSON Lines are serialised into a pooled buffer (the other formats make their own arrays).
            var buffer = settings.Format is OutputFormat.Json or OutputFormat.Jsonl ? new PooledBufferWriter(OutputFormats.JsonSizeHint(result.Value.Article)) : null;
            try
            {
                var output = settings.Format.Write(result.Value, buffer);

                return new Outcome(Kept(item), bytes, null, output, null)
                {
                    Extraction = result.Value.Extraction,
                    Serializing = Stopwatch.GetElapsedTime(started),
                    Buffer = buffer,
                    Warnings = warnings,
                    Name = result.Value.OutputName ?? item.BaseName,
                };
            }
            catch when (buffer is not null)
            {
                buffer.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Outcome.Skipped(item);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(Kept(item), SizeOf(item), null, null, this.Describe($"{item.DisplayName}: {OneLine(e.Message)}", e));
        }
#pragma warning disable CA1031 // A bug on one input must not stop the batch nor print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Outcome(Kept(item), SizeOf(item), null, null, this.Describe($"{item.DisplayName}: internal error: {OneLine(e.Message)}", e));
        }
    }

    // An outcome may wait for the inputs before it: it keeps what names its input, not the line
    // of JSON Lines it was read from.
    private static InputItem Kept(InputItem item) => item.Line > 0 ? item with { Content = default } : item;

    // An input's size for the --stats figure when its reader did not count it (a failed input, a
    // TimeML file, an empty one): what its file holds, if that can be told.
    private static long SizeOf(InputItem item)
    {
        try
        {
            return item.IsStandardInput ? 0 : new FileInfo(item.Path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private void Emit(Outcome outcome, OutputSink? sink, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            this.EmitOutputs(outcome, sink, tally, cancellationToken);
        }
        finally
        {
            outcome.Buffer?.Dispose();
        }
    }

    private void EmitOutputs(Outcome outcome, OutputSink? sink, Tally tally, CancellationToken cancellationToken)
    {
        if (outcome.IsSkipped)
        {
            return;
        }

        tally.Documents++;
        tally.Bytes += outcome.Bytes;
        foreach (var warning in outcome.Warnings)
        {
            this.Fail(warning);
        }

        if (outcome.Error is { } error)
        {
            this.Fail(error);
            tally.Failures++;
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var written = this.TryWrite(outcome, sink, cancellationToken);
        tally.Writing += outcome.Serializing + Stopwatch.GetElapsedTime(started);
        tally.Extraction += outcome.Extraction;
        if (written)
        {
            tally.Written++;
        }
        else
        {
            tally.Failures++;
        }
    }

    private bool TryWrite(Outcome outcome, OutputSink? sink, CancellationToken cancellationToken)
    {
        if (sink is null)
        {
            this.summaryConsole ??= Summary.CreateConsole(console);
            Summary.Write(this.summaryConsole, outcome.Value!.Article);
            return true;
        }

        try
        {
            return sink.Write(outcome.Item, outcome.Name, outcome.Output!, message => this.Fail(this.Describe(message, null)), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            this.Fail(this.Describe($"{outcome.Item.DisplayName}: cannot write: {e.Message}", e));
            return false;
        }
    }

    private string Describe(string message, Exception? e) => settings.Verbose && e is not null ? $"{message}\n{e}" : message;

    private void Fail(string message) => this.errorLine($"newsmodel: {message}");

    /// <summary>What became of one input.</summary>
    /// <param name="Item">The input.</param>
    /// <param name="Bytes">Its size.</param>
    /// <param name="Value">The model, kept only for a summary, which is written from it.</param>
    /// <param name="Output">The files to write.</param>
    /// <param name="Error">Why the input could not be read or written.</param>
    private sealed record Outcome(InputItem Item, long Bytes, Extracted? Value, IReadOnlyList<OutputFile>? Output, string? Error)
    {
        public bool IsSkipped { get; private init; }

        /// <summary>The time the pipeline took.</summary>
        public TimeSpan Extraction { get; init; }

        /// <summary>The time turning the model into the output's bytes took.</summary>
        public TimeSpan Serializing { get; init; }

        /// <summary>The pooled buffer <see cref="Output"/> may sit in, given back once the outcome is emitted.</summary>
        public PooledBufferWriter? Buffer { get; init; }

        /// <summary>Warning lines to print before the outcome's own.</summary>
        public IReadOnlyList<string> Warnings { get; init; } = [];

        /// <summary>The name the outputs take (the input's, or the article's id for a line of a JSON Lines input).</summary>
        public string Name { get; init; } = string.Empty;

        public static Outcome Skipped(InputItem item) => new(item, 0, null, null, null) { IsSkipped = true };
    }

    /// <summary>The counts of a run; only the thread that writes outputs touches it.</summary>
    private sealed class Tally
    {
        public int Failures { get; set; }

        public int Written { get; set; }

        public int Documents { get; set; }

        public long Bytes { get; set; }

        /// <summary>The pipeline's time, summed over inputs (and so over threads).</summary>
        public TimeSpan Extraction { get; set; }

        /// <summary>Serialising and writing the outputs, summed over inputs.</summary>
        public TimeSpan Writing { get; set; }

        public bool Cancelled { get; set; }

        /// <summary>How many threads read the inputs.</summary>
        public int Threads { get; set; } = 1;

        /// <summary>The batch's time, from when every reading thread is warmed up.</summary>
        public Stopwatch Clock { get; } = new();
    }
}
