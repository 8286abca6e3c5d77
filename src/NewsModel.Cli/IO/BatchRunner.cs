using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;

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

    /// <param name="items">The inputs, in the order their outputs come out.</param>
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
    public int Run(IReadOnlyList<InputItem> items, IReadOnlyList<string> expansionErrors, ReadInput read, Action? warmUp = null, Action? warmUpReader = null, CancellationToken cancellationToken = default)
    {
        var tally = new Tally();
        foreach (var error in expansionErrors)
        {
            this.Fail(error);
            tally.Failures++;
        }

        if (settings.OutputDirectory is { } directory && items.Count > 0 && OutputDirectoryProblem(directory) is { } problem)
        {
            // One line for the folder rather than one per input: nothing could be written anyway.
            this.Fail(problem);
            return ExitCodes.SomeInputsFailed;
        }

        if (items.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            warmUp?.Invoke();
        }

        if (console.IsErrorTerminal && items.Count > 1 && (settings.OutputDirectory is not null || !console.IsOutputTerminal))
        {
            this.RunWithProgress(items, read, warmUpReader, tally, cancellationToken);
        }
        else
        {
            this.RunItems(items, read, warmUpReader, tally, advance: null, cancellationToken);
        }

        tally.Clock.Stop();
        var code = tally.Failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        if (tally.Cancelled)
        {
            console.Error.WriteLine($"newsmodel: cancelled: {tally.Written} of {items.Count} inputs done");
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

    private void RunWithProgress(IReadOnlyList<InputItem> items, ReadInput read, Action? warmUpReader, Tally tally, CancellationToken cancellationToken)
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
                    this.RunItems(items, read, warmUpReader, tally, () => task.Increment(1), cancellationToken);
                });
        }
        finally
        {
            this.errorLine = line => console.Error.WriteLine(line);
        }
    }

    private void RunItems(IReadOnlyList<InputItem> items, ReadInput read, Action? warmUpReader, Tally tally, Action? advance, CancellationToken cancellationToken)
    {
        try
        {
            // No more threads than inputs: a thread with nothing to read would only warm up.
            tally.Threads = Math.Max(1, Math.Min(settings.Threads, items.Count));
            if (tally.Threads > 1)
            {
                this.RunInParallel(items, read, warmUpReader, tally, advance, cancellationToken);
                return;
            }

            tally.Clock.Start();

            foreach (var item in items)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                this.Emit(this.Process(item, read, cancellationToken), tally, cancellationToken);
                advance?.Invoke();
            }
        }
        finally
        {
            tally.Cancelled = cancellationToken.IsCancellationRequested;
        }
    }

    private void RunInParallel(IReadOnlyList<InputItem> items, ReadInput read, Action? warmUpReader, Tally tally, Action? advance, CancellationToken cancellationToken)
    {
        // Threads workers take the inputs in order, and their outcomes wait in a ring of a few per
        // thread until this thread writes them out, in input order. A worker takes input i only once
        // outcome i - capacity is written: memory stays flat however many inputs there are, and a
        // slow input holds the others up only when the ring is full behind it. (Dedicated threads
        // rather than a pool task per input waiting on a semaphore: measured, two threads went from
        // 1.5-1.65 times one to 1.6-1.7 times.)
        var capacity = tally.Threads * 4;
        var ring = new TaskCompletionSource<Outcome>[capacity];
        for (var slot = 0; slot < capacity; slot++)
        {
            ring[slot] = new TaskCompletionSource<Outcome>();
        }

        using var free = new SemaphoreSlim(capacity);

        // Each worker warms up its own state before the clock starts, and they start reading
        // together. A warmed thread is what a long-running service reads with: measured on 840 news
        // articles, two workers left cold read the batch up to 16% slower (median 9%), as each first
        // filled its own finders, lists and pooled arrays inside it. (The whole warm-up on each
        // worker instead of once on this thread cost 0.1-0.2 s more before the clock: two threads
        // compiling the same code wait on each other.)
        // Once every worker is warmed up, a collection moves what they keep out of the youngest
        // generation, as the warm-up's own collections do on one thread: otherwise the batch's first
        // collections copy it while both threads stand. Measured on 840 news articles, the batch's
        // collections paused both threads 18-23 ms without it and 9-13 ms with it; with a second
        // full collection, which moves that state on to the oldest generation, they paused 21-27 ms.
        using var ready = new Barrier(tally.Threads + 1, _ =>
        {
            if (warmUpReader is not null)
            {
                GC.Collect();
            }
        });
        ExceptionDispatchInfo? warmUpFailure = null;
        var next = -1;
        var stopped = false;
        void Work()
        {
            try
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    warmUpReader?.Invoke();
                }
            }
#pragma warning disable CA1031 // Rethrown on the writing thread, as a warm-up on it would be.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref warmUpFailure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                ready.SignalAndWait(CancellationToken.None);
            }

            // Every warm-up has ended once the barrier lets the workers go: after a failed one, no
            // worker reads an input (the writing thread rethrows the failure).
            if (Volatile.Read(ref warmUpFailure) is not null)
            {
                return;
            }

            while (true)
            {
                free.Wait(CancellationToken.None);
                var i = Interlocked.Increment(ref next);
                if (i >= items.Count || Volatile.Read(ref stopped))
                {
                    free.Release();
                    return;
                }

                try
                {
                    ring[i % capacity].SetResult(this.Process(items[i], read, cancellationToken));
                }
#pragma warning disable CA1031 // Process turns every failure of an input into an outcome; anything else reaches the writing thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    ring[i % capacity].SetException(e);
                }
            }
        }

        var workers = new Thread[tally.Threads];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(Work) { IsBackground = true, Name = $"newsmodel worker {w + 1}" };
            workers[w].Start();
        }

        try
        {
            ready.SignalAndWait(CancellationToken.None);
            warmUpFailure?.Throw();
            tally.Clock.Start();
            for (var i = 0; i < items.Count && !cancellationToken.IsCancellationRequested; i++)
            {
                var slot = i % capacity;
                var outcome = ring[slot].Task.GetAwaiter().GetResult();
                ring[slot] = new TaskCompletionSource<Outcome>();
                free.Release();
                this.Emit(outcome, tally, cancellationToken);
                advance?.Invoke();
            }
        }
        finally
        {
            // After a cancellation the inputs in flight stop at their next check; wait for the workers
            // so that nothing runs once the command has returned. Their results are dropped.
            Volatile.Write(ref stopped, true);
            free.Release(workers.Length);
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }

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
                return new Outcome(item, SizeOf(item), null, null, $"{item.DisplayName}: {result.Error}");
            }

            // The reader counts the bytes it read; otherwise standard input counts the text it gave.
            var bytes = result.Value.InputBytes > 0 ? result.Value.InputBytes
                : item.IsStandardInput ? System.Text.Encoding.UTF8.GetByteCount(result.Value.Article.Text)
                : SizeOf(item);
            if (settings.Summary)
            {
                return new Outcome(item, bytes, result.Value, null, null) { Extraction = result.Value.Extraction };
            }

            var started = Stopwatch.GetTimestamp();

            // Only JSON is serialised into a pooled buffer (the other formats make their own arrays).
            var buffer = settings.Format == OutputFormat.Json ? new PooledBufferWriter(OutputFormats.JsonSizeHint(result.Value.Article)) : null;
            try
            {
                var output = settings.Format.Write(result.Value, buffer);

                // The outcome keeps the bytes and not the model: it may wait in the ring for the
                // inputs before it, and a model held there is live at every collection meanwhile,
                // so it is copied to the older generations and traced while both threads stand.
                return new Outcome(item, bytes, null, output, null) { Extraction = result.Value.Extraction, Serializing = Stopwatch.GetElapsedTime(started), Buffer = buffer };
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
            return new Outcome(item, SizeOf(item), null, null, this.Describe($"{item.DisplayName}: {e.Message}", e));
        }
#pragma warning disable CA1031 // A bug on one input must not stop the batch nor print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Outcome(item, SizeOf(item), null, null, this.Describe($"{item.DisplayName}: internal error: {e.Message}", e));
        }
    }

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

    private void Emit(Outcome outcome, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            this.EmitOutputs(outcome, tally, cancellationToken);
        }
        finally
        {
            outcome.Buffer?.Dispose();
        }
    }

    private void EmitOutputs(Outcome outcome, Tally tally, CancellationToken cancellationToken)
    {
        if (outcome.IsSkipped)
        {
            return;
        }

        tally.Documents++;
        tally.Bytes += outcome.Bytes;
        if (outcome.Error is { } error)
        {
            this.Fail(error);
            tally.Failures++;
        }
        else
        {
            var started = Stopwatch.GetTimestamp();
            var written = this.TryWrite(outcome, cancellationToken);
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
    }

    private bool TryWrite(Outcome outcome, CancellationToken cancellationToken)
    {
        var item = outcome.Item;
        if (settings.OutputDirectory is null)
        {
            if (settings.Summary)
            {
                this.summaryConsole ??= Summary.CreateConsole(console);
                Summary.Write(this.summaryConsole, outcome.Value!.Article);
                return true;
            }

            // Only the main file goes to standard output. A JSON line ends with its own line end, so
            // JSON Lines stay one model per line.
            console.StandardOutput.Write(outcome.Output![0].Bytes.Span);
            if (settings.Format != OutputFormat.Jsonl)
            {
                console.StandardOutput.Write("\n"u8);
            }

            console.StandardOutput.Flush();
            return true;
        }

        var path = string.Empty;
        try
        {
            foreach (var file in outcome.Output!)
            {
                path = Path.Combine(settings.OutputDirectory, item.RelativeDirectory, item.BaseName + file.Extension);
                AtomicFile.Write(path, file.Bytes.Span, cancellationToken);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            this.Fail(this.Describe($"{item.DisplayName}: cannot write {path}: {e.Message}", e));
            return false;
        }
    }

    private string Describe(string message, Exception e) => settings.Verbose ? $"{message}\n{e}" : message;

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
