using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

using NewsModel.Cli;
using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class BatchRunnerTests
{
    [Fact]
    public void Run_Threads2_EveryReadingThreadWarmsUpBeforeTheFirstRead()
    {
        using var cli = new CliRun();
        var items = Items(cli, 6);
        var warmed = new ConcurrentDictionary<int, bool>();
        var readsBeforeAllWarm = 0;
        var readThreads = new ConcurrentDictionary<int, bool>();

        var code = Runner(threads: 2).Run(
            items,
            [],
            (item, _) =>
            {
                readThreads[Environment.CurrentManagedThreadId] = true;
                if (warmed.Count < 2)
                {
                    Interlocked.Increment(ref readsBeforeAllWarm);
                }

                return Read(item);
            },
            () => warmed[Environment.CurrentManagedThreadId] = true);

        code.Should().Be(ExitCodes.Success);
        warmed.Should().HaveCount(2, "each of the two workers warms up");
        readsBeforeAllWarm.Should().Be(0, "the batch starts once both are warm");
        readThreads.Keys.Should().BeSubsetOf(warmed.Keys);
    }

    [Fact]
    public void Run_Threads2WarmUpFails_ThrowsItAndReadsNothing()
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
            () => throw new InvalidOperationException("warm-up failed"));

        run.Should().Throw<InvalidOperationException>().WithMessage("warm-up failed");
        reads.Should().BeLessThanOrEqualTo(2, "at most the input each worker took before it saw the batch stopped");
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
