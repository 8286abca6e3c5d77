using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

using NewsModel.Cli;
using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class BatchRunnerTests
{
    [Fact]
    public void Run_Threads2_WarmsUpOnceThenEveryReadingThreadBeforeTheFirstRead()
    {
        using var cli = new CliRun();
        var items = Items(cli, 6);
        var caller = Environment.CurrentManagedThreadId;
        var warmUpThreads = new ConcurrentQueue<int>();
        var readerWarmUps = new ConcurrentDictionary<int, bool>();
        var readerWarmUpsBeforeTheWarmUp = 0;
        var readsBeforeAllWarm = 0;
        var readThreads = new ConcurrentDictionary<int, bool>();

        var code = Runner(threads: 2).Run(
            items,
            [],
            (item, _) =>
            {
                readThreads[Environment.CurrentManagedThreadId] = true;
                if (readerWarmUps.Count < 2)
                {
                    Interlocked.Increment(ref readsBeforeAllWarm);
                }

                return Read(item);
            },
            () => warmUpThreads.Enqueue(Environment.CurrentManagedThreadId),
            () =>
            {
                if (warmUpThreads.IsEmpty)
                {
                    Interlocked.Increment(ref readerWarmUpsBeforeTheWarmUp);
                }

                readerWarmUps[Environment.CurrentManagedThreadId] = true;
            });

        code.Should().Be(ExitCodes.Success);
        warmUpThreads.Should().Equal([caller], "the whole warm-up runs once, on the calling thread");
        readerWarmUpsBeforeTheWarmUp.Should().Be(0, "the workers warm up with the code compiled");
        readerWarmUps.Should().HaveCount(2, "each of the two workers warms up its own state");
        readsBeforeAllWarm.Should().Be(0, "the batch starts once both are warm");
        readThreads.Keys.Should().BeSubsetOf(readerWarmUps.Keys);
    }

    [Fact]
    public void Run_Threads2_WhatTheWorkersKeepFromTheirWarmUpHasLeftTheYoungestGenerationAtTheFirstRead()
    {
        // As after the single-thread warm-up's own collections: the batch's first collection does
        // not copy what each worker keeps between reads while both threads stand.
        using var cli = new CliRun();
        var kept = new ConcurrentBag<object>();
        var generations = new ConcurrentBag<int>();
        var reads = 0;

        Runner(threads: 2).Run(
            Items(cli, 4),
            [],
            (item, _) =>
            {
                if (Interlocked.Increment(ref reads) == 1)
                {
                    foreach (var state in kept)
                    {
                        generations.Add(GC.GetGeneration(state));
                    }
                }

                return Read(item);
            },
            warmUp: null,
            warmUpReader: () => kept.Add(new byte[100])).Should().Be(ExitCodes.Success);

        generations.Should().HaveCount(2).And.OnlyContain(g => g > 0);
    }

    [Fact]
    public void Run_Threads2OneInput_WarmsUpOnceAndReadsOnTheCallingThread()
    {
        // A second thread would only warm up, with nothing to read.
        using var cli = new CliRun();
        var warmUps = 0;
        var readerWarmUps = 0;
        var readThread = -1;

        Runner(threads: 2).Run(
            Items(cli, 1),
            [],
            (item, _) =>
            {
                readThread = Environment.CurrentManagedThreadId;
                return Read(item);
            },
            () => Interlocked.Increment(ref warmUps),
            () => Interlocked.Increment(ref readerWarmUps)).Should().Be(ExitCodes.Success);

        (warmUps, readerWarmUps).Should().Be((1, 0));
        readThread.Should().Be(Environment.CurrentManagedThreadId);
    }

    [Fact]
    public void Run_Threads2ReaderWarmUpFails_ThrowsItAndReadsNothing()
    {
        using var cli = new CliRun();
        var reads = 0;

        var run = () => Runner(threads: 2).Run(
            Items(cli, 4),
            [],
            (item, _) =>
            {
                Interlocked.Increment(ref reads);
                return Read(item);
            },
            warmUp: null,
            warmUpReader: () => throw new InvalidOperationException("warm-up failed"));

        run.Should().Throw<InvalidOperationException>().WithMessage("warm-up failed");
        reads.Should().Be(0, "no worker reads once a warm-up has failed");
    }

    [Fact]
    public void Run_OutputsWaitingForAnEarlierInput_DoNotKeepTheirModels()
    {
        // While the first input is still being read, the later ones wait in order behind it. Their
        // models are no longer needed once serialised: kept, they would be live at every collection.
        using var cli = new CliRun();
        var items = Items(cli, 4);
        var models = new ConcurrentDictionary<string, WeakReference>();
        var laterModelsCollected = false;

        Runner(threads: 2).Run(
            items,
            [],
            (item, _) =>
            {
                if (item != items[0])
                {
                    return ReadAndWatch(item, models);
                }

                var clock = Stopwatch.StartNew();
                while (!laterModelsCollected && clock.Elapsed < TimeSpan.FromSeconds(10))
                {
                    Thread.Sleep(20);
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    laterModelsCollected = models.Count == items.Count - 1 && models.Values.All(m => !m.IsAlive);
                }

                return Read(item);
            }).Should().Be(ExitCodes.Success);

        laterModelsCollected.Should().BeTrue();
    }

    private static BatchRunner Runner(int threads)
        => new(new CliConsole(() => new MemoryStream(), new MemoryStream(), new StringWriter(), false), new BatchSettings(OutputFormat.Json, null, threads));

    private static List<InputItem> Items(CliRun cli, int count)
        => [.. Enumerable.Range(0, count).Select(i => new InputItem(cli.WriteFile($"n{i}.txt", SmallArticles.Article(i)), string.Empty))];

    private static ParseResult<Extracted> Read(InputItem item)
        => ParseResult<Extracted>.ForValue(new Extracted(NewsPipeline.Default.Read(File.ReadAllText(item.Path))));

    // Not inlined: the model must not outlive the call in a local of the caller's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParseResult<Extracted> ReadAndWatch(InputItem item, ConcurrentDictionary<string, WeakReference> models)
    {
        var read = Read(item);
        models[item.Path] = new WeakReference(read.Value.Article);
        return read;
    }
}
