using System.Collections.Concurrent;

using NewsModel.Batching;

namespace NewsModel.Tests.Batching;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_WorkOfUnevenLength_YieldsResultsInSourceOrder(int threads)
    {
        var results = OrderedParallel.Run(Enumerable.Range(0, 50), (i, _) =>
        {
            Thread.Sleep((50 - i) % 7);
            return i * 10;
        }, new OrderedParallelSettings(threads)).ToList();

        results.Should().Equal(Enumerable.Range(0, 50).Select(i => i * 10));
    }

    [Fact]
    public void Run_EndlessSource_TakesOnlyAFewElementsAheadOfTheResultsTaken()
    {
        var taken = 0;
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref taken);
                yield return i;
            }
        }

        var first = OrderedParallel.Run(Endless(), (i, _) => i, new OrderedParallelSettings(2)).Take(10).ToList();

        first.Should().Equal(Enumerable.Range(0, 10));
        Volatile.Read(ref taken).Should().BeLessThanOrEqualTo(10 + (2 * 4) + 1, "at most a ring of results per thread waits beyond those taken");
    }

    [Fact]
    public void Run_WorkThrows_RethrowsAtThatElementAfterTheEarlierResults()
    {
        var seen = new List<int>();
        var run = () =>
        {
            foreach (var result in OrderedParallel.Run(Enumerable.Range(0, 20), (i, _) => i == 7 ? throw new InvalidOperationException("seven") : i, new OrderedParallelSettings(3)))
            {
                seen.Add(result);
            }
        };

        run.Should().Throw<InvalidOperationException>().WithMessage("seven");
        seen.Should().Equal(Enumerable.Range(0, 7));
    }

    [Fact]
    public void Run_SourceThrows_RethrowsWhereTheSourceFailed()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            throw new IOException("the disk went away");
        }

        var seen = new List<int>();
        var run = () =>
        {
            foreach (var result in OrderedParallel.Run(Failing(), (i, _) => i, new OrderedParallelSettings(2)))
            {
                seen.Add(result);
            }
        };

        run.Should().Throw<IOException>().WithMessage("the disk went away");
        seen.Should().Equal(1, 2);
    }

    [Fact]
    public void Run_StoppedEarly_NoWorkRunsOnceTheEnumerationHasEnded()
    {
        var running = 0;
        var afterEnd = 0;
        var ended = false;
        foreach (var result in OrderedParallel.Run(Enumerable.Range(0, 1000), (i, _) =>
        {
            Interlocked.Increment(ref running);
            if (Volatile.Read(ref ended))
            {
                Interlocked.Increment(ref afterEnd);
            }

            Thread.Sleep(1);
            return i;
        }, new OrderedParallelSettings(2)))
        {
            if (result == 5)
            {
                break;
            }
        }

        Volatile.Write(ref ended, true);
        Thread.Sleep(50);
        afterEnd.Should().Be(0);
        running.Should().BeLessThan(1000);
    }

    [Fact]
    public void Run_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var run = () => OrderedParallel.Run(Enumerable.Range(0, 100), (i, token) =>
        {
            if (i == 3)
            {
                cancellation.Cancel();
            }

            return i;
        }, new OrderedParallelSettings(2), cancellation.Token).ToList();

        run.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Run_SeveralThreads_WarmsUpEachWorkerBeforeAnyWorkAndReportsTheStart()
    {
        var warmed = new ConcurrentDictionary<int, bool>();
        var workBeforeWarm = 0;
        var started = -1;

        var results = OrderedParallel.Run(
            Enumerable.Range(0, 10),
            (i, _) =>
            {
                if (warmed.Count < 2)
                {
                    Interlocked.Increment(ref workBeforeWarm);
                }

                return i;
            },
            new OrderedParallelSettings(2) { WorkerWarmUp = () => warmed[Environment.CurrentManagedThreadId] = true, Started = threads => started = threads }).ToList();

        results.Should().HaveCount(10);
        warmed.Should().HaveCount(2);
        workBeforeWarm.Should().Be(0);
        started.Should().Be(2);
    }

    [Fact]
    public void Run_KnownCountSmallerThanThreads_RunsOnTheCallingThread()
    {
        var threads = new ConcurrentBag<int>();

        var results = OrderedParallel.Run(new[] { 1 }, (i, _) =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            return i;
        }, new OrderedParallelSettings(4)).ToList();

        results.Should().Equal(1);
        threads.Should().Equal(Environment.CurrentManagedThreadId);
    }

    [Fact]
    public void Run_StoppedEarly_CancelsTheWorkInFlight()
    {
        var sawCancellation = 0;
        foreach (var result in OrderedParallel.Run(Enumerable.Range(0, 100), (i, token) =>
        {
            if (i == 0)
            {
                return i;
            }

            // Long work that stops when asked.
            var waited = token.WaitHandle.WaitOne(TimeSpan.FromSeconds(20));
            if (waited)
            {
                Interlocked.Increment(ref sawCancellation);
            }

            return i;
        }, new OrderedParallelSettings(2)))
        {
            break;
        }

        sawCancellation.Should().BePositive("the enumeration ended, so the work still running was told to stop");
    }

    [Fact]
    public async Task Run_CancelledWhileTheSourceIsBlocked_ReturnsWithoutWaitingForIt()
    {
        using var cancellation = new CancellationTokenSource();
        using var never = new ManualResetEventSlim();
        IEnumerable<int> Blocking()
        {
            yield return 1;
            never.Wait(TimeSpan.FromMinutes(1));
            yield return 2;
        }

        var seen = new List<int>();
        var run = Task.Run(() =>
        {
            foreach (var result in OrderedParallel.Run(Blocking(), (i, _) => i, new OrderedParallelSettings(2), cancellation.Token))
            {
                seen.Add(result);
                cancellation.CancelAfter(50);
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) == run;

        finished.Should().BeTrue("a worker stuck in the sequence is not waited for once the run is cancelled");
        run.Exception!.InnerException.Should().BeAssignableTo<OperationCanceledException>();
        seen.Should().Equal(1);
        never.Set();
    }

    [Fact]
    public void Run_MoreThreadsThanTheLimit_Throws()
    {
        var run = () => OrderedParallel.Run(Enumerable.Range(0, 3), (i, _) => i, new OrderedParallelSettings(OrderedParallel.MaxThreads + 1));

        run.Should().Throw<ArgumentOutOfRangeException>();
    }
}
