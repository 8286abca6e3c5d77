using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace NewsModel.Batching;

/// <summary>How <see cref="OrderedParallel.Run{TSource, TResult}"/> runs.</summary>
/// <param name="Threads">How many threads do the work (1 = on the enumerating thread, one source after the other).</param>
internal sealed record OrderedParallelSettings(int Threads)
{
    /// <summary>
    /// Run on each worker thread before it takes its first source, when several threads work: what
    /// a thread keeps between sources (caches, pooled arrays) is then filled before the clock
    /// starts, as in a long-running service. Once every worker has run it, one collection moves
    /// what they keep out of the youngest generation, so that the batch's first collections do not
    /// copy it while every thread stands.
    /// </summary>
    public Action? WorkerWarmUp { get; init; }

    /// <summary>Called once every worker has run <see cref="WorkerWarmUp"/>, before the collection that follows it and before any worker takes a source.</summary>
    public Action? WorkersWarm { get; init; }

    /// <summary>Called on the enumerating thread once every worker is ready, before the first result is awaited.</summary>
    public Action<int>? Started { get; init; }

    /// <summary>How many results may wait per thread, done but not yet taken; memory is bounded by it.</summary>
    public int ResultsPerThread { get; init; } = 4;
}

/// <summary>
/// Maps a sequence on several threads and yields the results in the sequence's order. The sequence
/// is read lazily, one element at a time under a lock, and at most a few results per thread wait
/// to be taken, so memory stays flat however long the sequence is; a slow element holds the
/// others up only once that ring of results is full behind it. The batch API of
/// <see cref="NewsPipeline"/> and the command-line tool's batches both run on it.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>The most threads a run takes: each is a thread of its own, and more than this many would only wait on each other.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Runs <paramref name="work"/> over <paramref name="sources"/>, yielding results in order.</summary>
    /// <typeparam name="TSource">The elements.</typeparam>
    /// <typeparam name="TResult">What each becomes.</typeparam>
    /// <param name="sources">The elements, enumerated once, lazily, from the worker threads (under a lock).</param>
    /// <param name="work">The work for one element; an exception it throws is rethrown where its result would be yielded.</param>
    /// <param name="settings">Threads and hooks.</param>
    /// <param name="cancellationToken">
    /// Passed to <paramref name="work"/>; once cancelled, no further element is taken and the
    /// enumeration throws <see cref="OperationCanceledException"/> at the next result.
    /// </param>
    /// <returns>The results, lazily: enumerate once. Disposing the enumerator early stops and waits for the workers.</returns>
    public static IEnumerable<TResult> Run<TSource, TResult>(
        IEnumerable<TSource> sources,
        Func<TSource, CancellationToken, TResult> work,
        OrderedParallelSettings settings,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Threads, MaxThreads);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ResultsPerThread, 1);

        // No more threads than elements, where the count is known: a thread with nothing to do
        // would only warm up.
        var threads = sources is IReadOnlyCollection<TSource> collection
            ? Math.Max(1, Math.Min(settings.Threads, collection.Count))
            : settings.Threads;
        return threads == 1
            ? RunHere(sources, work, settings, cancellationToken)
            : new Ring<TSource, TResult>(sources, work, settings, threads, cancellationToken).Results();
    }

    private static IEnumerable<TResult> RunHere<TSource, TResult>(IEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> work, OrderedParallelSettings settings, CancellationToken cancellationToken)
    {
        settings.Started?.Invoke(1);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return work(source, cancellationToken);
        }
    }

    /// <summary>One run over several threads.</summary>
    [SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "A run is one enumeration of Results, which disposes what it owns when it ends.")]
    private sealed class Ring<TSource, TResult>
    {
        private readonly IEnumerable<TSource> sources;
        private readonly Func<TSource, CancellationToken, TResult> work;
        private readonly OrderedParallelSettings settings;
        private readonly int threads;
        private readonly int capacity;
        private readonly TaskCompletionSource<Slot>[] ring;
        private readonly SemaphoreSlim free;
        private readonly CancellationTokenSource stop;
        private readonly Lock sourceLock = new();
        private IEnumerator<TSource>? enumerator;
        private bool sourceDone;
        private int taken;
        private int stopped;
        private Thread? reading;
        private ExceptionDispatchInfo? warmUpFailure;

        public Ring(IEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> work, OrderedParallelSettings settings, int threads, CancellationToken cancellationToken)
        {
            this.sources = sources;
            this.work = work;
            this.settings = settings;
            this.threads = threads;
            this.capacity = threads * settings.ResultsPerThread;
            this.ring = new TaskCompletionSource<Slot>[this.capacity];
            for (var i = 0; i < this.capacity; i++)
            {
                this.ring[i] = new TaskCompletionSource<Slot>();
            }

            this.free = new SemaphoreSlim(this.capacity);

            // Cancelled by the caller, or when the enumeration ends early: the work in flight stops
            // at its next check rather than running on for results nobody takes.
            this.stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        private CancellationToken Token => this.stop.Token;

        public IEnumerable<TResult> Results()
        {
            // Dedicated threads rather than a pool task per element: measured on 840 news articles,
            // two threads went from 1.5-1.65 times one to 1.6-1.7 times.
            using var ready = new Barrier(this.threads + 1, _ => this.AllWarm());
            var workers = new List<Thread>(this.threads);
            try
            {
                try
                {
                    for (var w = 0; w < this.threads; w++)
                    {
                        var worker = new Thread(() => this.Work(ready)) { IsBackground = true, Name = $"newsmodel worker {w + 1}" };
                        worker.Start();
                        workers.Add(worker);
                    }
                }
                catch
                {
                    // The threads that did start must not wait at the barrier for the others.
                    ready.RemoveParticipants(this.threads - workers.Count);
                    Volatile.Write(ref this.warmUpFailure, ExceptionDispatchInfo.Capture(new OperationCanceledException()));
                    ready.SignalAndWait(CancellationToken.None);
                    throw;
                }

                ready.SignalAndWait(CancellationToken.None);
                this.warmUpFailure?.Throw();
                this.settings.Started?.Invoke(this.threads);
                for (var i = 0; ; i++)
                {
                    var index = i % this.capacity;
                    var slot = this.Await(this.ring[index].Task);
                    if (slot.End)
                    {
                        yield break;
                    }

                    this.ring[index] = new TaskCompletionSource<Slot>();
                    this.free.Release();
                    yield return slot.Value;
                }
            }
            finally
            {
                this.Stop(workers);
            }
        }

        // Stopped early (cancelled, a failure, or the caller stopped enumerating) or done: the
        // work in flight is cancelled and nothing runs once the enumeration has ended, but for a
        // worker blocked in the sequence itself (a read of standard input that waits for a line
        // which may never come): it cannot be interrupted, and it is a background thread, so it is
        // left to end with the process rather than hang the caller.
        private void Stop(List<Thread> workers)
        {
            Interlocked.Exchange(ref this.stopped, 1);
            this.stop.Cancel();
            this.free.Release(workers.Count);
            var blocked = Volatile.Read(ref this.reading);
            foreach (var worker in workers)
            {
                if (worker != blocked)
                {
                    worker.Join();
                }
            }

            if (blocked is null)
            {
                this.enumerator?.Dispose();
                this.free.Dispose();
                this.stop.Dispose();
            }
        }

        // Once every worker has warmed up (the barrier's last arrival runs this). Nothing may
        // throw here: the barrier would throw it in every worker.
        private void AllWarm()
        {
            if (this.settings.WorkerWarmUp is null || Volatile.Read(ref this.warmUpFailure) is not null || this.Token.IsCancellationRequested)
            {
                return;
            }

            try
            {
                this.settings.WorkersWarm?.Invoke();
                GC.Collect();
            }
#pragma warning disable CA1031 // Rethrown on the enumerating thread, as a warm-up failure is.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Volatile.Write(ref this.warmUpFailure, ExceptionDispatchInfo.Capture(e));
            }
        }

        // Once cancelled, the workers take no further element, so the result awaited may never
        // come: the wait ends with the cancellation.
        private Slot Await(Task<Slot> task)
        {
            this.Token.ThrowIfCancellationRequested();
            if (!task.IsCompleted)
            {
                try
                {
                    task.Wait(this.Token);
                }
                catch (AggregateException)
                {
                    // The element failed: GetResult rethrows its own exception rather than the aggregate.
                }
            }

            return task.GetAwaiter().GetResult();
        }

        private void Work(Barrier ready)
        {
            try
            {
                if (!this.Token.IsCancellationRequested && Volatile.Read(ref this.warmUpFailure) is null)
                {
                    this.settings.WorkerWarmUp?.Invoke();
                }
            }
#pragma warning disable CA1031 // Rethrown on the enumerating thread, as a warm-up there would be.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref this.warmUpFailure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                ready.SignalAndWait(CancellationToken.None);
            }

            // Every warm-up has ended once the barrier lets the workers go: after a failed one, no
            // worker takes an element.
            if (Volatile.Read(ref this.warmUpFailure) is not null)
            {
                return;
            }

            while (true)
            {
                this.free.Wait(CancellationToken.None);
                if (!this.TryTake(out var index, out var source))
                {
                    return;
                }

                try
                {
                    this.ring[index % this.capacity].SetResult(new Slot(this.work(source!, this.Token), End: false));
                }
#pragma warning disable CA1031 // The enumerating thread rethrows it where the result would have been.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    this.ring[index % this.capacity].SetException(e);
                }
            }
        }

        // Takes the next element and its index; false once the run is over for this worker. The
        // worker holds a free slot: at the end of the elements it marks that slot as the end.
        private bool TryTake(out int index, out TSource? source)
        {
            source = default;
            index = -1;

            // Another worker may be blocked in the sequence, holding the lock: a stopped run does
            // not wait for it.
            while (!this.sourceLock.TryEnter(50))
            {
                if (Volatile.Read(ref this.stopped) == 1 || this.Token.IsCancellationRequested)
                {
                    this.free.Release();
                    return false;
                }
            }

            try
            {
                // Said before the check, with a full fence on both sides (see Stop): either this
                // worker sees the run stopped, or Stop sees it reading.
                Interlocked.Exchange(ref this.reading, Thread.CurrentThread);
                try
                {
                    if (this.sourceDone || Volatile.Read(ref this.stopped) == 1 || this.Token.IsCancellationRequested)
                    {
                        this.free.Release();
                        return false;
                    }

                    index = this.taken;
                    this.enumerator ??= this.sources.GetEnumerator();
                    if (this.enumerator.MoveNext())
                    {
                        source = this.enumerator.Current;
                        this.taken++;
                        return true;
                    }

                    this.sourceDone = true;
                    this.ring[index % this.capacity].SetResult(new Slot(default!, End: true));
                }
#pragma warning disable CA1031 // A failing sequence fails the enumeration at the place it failed.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    this.sourceDone = true;
                    this.ring[index % this.capacity].SetException(e);
                }
                finally
                {
                    Interlocked.Exchange(ref this.reading, null);
                }

                return false;
            }
            finally
            {
                this.sourceLock.Exit();
            }
        }

        private readonly record struct Slot(TResult Value, bool End);
    }
}
