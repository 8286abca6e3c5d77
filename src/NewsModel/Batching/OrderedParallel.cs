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
    [SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "A run is one enumeration of Results, which disposes the semaphore when it ends.")]
    private sealed class Ring<TSource, TResult>
    {
        private readonly IEnumerable<TSource> sources;
        private readonly Func<TSource, CancellationToken, TResult> work;
        private readonly OrderedParallelSettings settings;
        private readonly int threads;
        private readonly CancellationToken cancellationToken;
        private readonly int capacity;
        private readonly TaskCompletionSource<Slot>[] ring;
        private readonly SemaphoreSlim free;
        private readonly Lock sourceLock = new();
        private IEnumerator<TSource>? enumerator;
        private bool sourceDone;
        private int taken;
        private bool stopped;
        private ExceptionDispatchInfo? warmUpFailure;

        public Ring(IEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> work, OrderedParallelSettings settings, int threads, CancellationToken cancellationToken)
        {
            this.sources = sources;
            this.work = work;
            this.settings = settings;
            this.threads = threads;
            this.cancellationToken = cancellationToken;
            this.capacity = threads * settings.ResultsPerThread;
            this.ring = new TaskCompletionSource<Slot>[this.capacity];
            for (var i = 0; i < this.capacity; i++)
            {
                this.ring[i] = new TaskCompletionSource<Slot>();
            }

            this.free = new SemaphoreSlim(this.capacity);
        }

        public IEnumerable<TResult> Results()
        {
            // Dedicated threads rather than a pool task per element: measured on 840 news articles,
            // two threads went from 1.5-1.65 times one to 1.6-1.7 times.
            using var ready = new Barrier(this.threads + 1, _ =>
            {
                if (this.settings.WorkerWarmUp is not null)
                {
                    this.settings.WorkersWarm?.Invoke();
                    GC.Collect();
                }
            });
            var workers = new Thread[this.threads];
            try
            {
                for (var w = 0; w < workers.Length; w++)
                {
                    workers[w] = new Thread(() => this.Work(ready)) { IsBackground = true, Name = $"newsmodel worker {w + 1}" };
                    workers[w].Start();
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
                // Stopped early (cancelled, a failure, or the caller stopped enumerating): the
                // elements in flight finish or stop at their next check, and nothing runs once the
                // enumeration has ended. Their results are dropped.
                Volatile.Write(ref this.stopped, true);
                this.free.Release(this.threads);
                foreach (var worker in workers)
                {
                    worker?.Join();
                }

                this.enumerator?.Dispose();
                this.free.Dispose();
            }
        }

        // Once cancelled, the workers take no further element, so the result awaited may never
        // come: the wait ends with the cancellation.
        private Slot Await(Task<Slot> task)
        {
            this.cancellationToken.ThrowIfCancellationRequested();
            if (!task.IsCompleted)
            {
                try
                {
                    task.Wait(this.cancellationToken);
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
                if (!this.cancellationToken.IsCancellationRequested)
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
                    this.ring[index % this.capacity].SetResult(new Slot(this.work(source!, this.cancellationToken), End: false));
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
            lock (this.sourceLock)
            {
                if (this.sourceDone || Volatile.Read(ref this.stopped) || this.cancellationToken.IsCancellationRequested)
                {
                    this.free.Release();
                    return false;
                }

                index = this.taken;
                try
                {
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

                return false;
            }
        }

        private readonly record struct Slot(TResult Value, bool End);
    }
}
