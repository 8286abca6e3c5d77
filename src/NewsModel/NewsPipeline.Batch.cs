using System.Runtime.CompilerServices;
using System.Threading.Channels;

using NewsModel.Batching;
using NewsModel.Model;

namespace NewsModel;

/// <summary>The batch API: many articles read in parallel, results in input order.</summary>
public sealed partial class NewsPipeline
{
    /// <summary>
    /// Reads many articles on several threads and gives their results in input order: the i-th
    /// result is the i-th input's. Inputs are taken lazily, a few per thread ahead of the results
    /// taken, so a long or endless sequence is read in constant memory.
    /// </summary>
    /// <param name="inputs">The articles, enumerated once (from the worker threads, one at a time).</param>
    /// <param name="options">Threads and progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch: no further input is taken and the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, lazily: nothing is read until they are enumerated. Stopping the enumeration early stops the workers.</returns>
    /// <example>
    /// <code>
    /// var inputs = Directory.EnumerateFiles("articles", "*.txt")
    ///     .Select(path => new ArticleInput(File.ReadAllText(path), new ReadOptions { Id = Path.GetFileNameWithoutExtension(path) }));
    /// foreach (var result in NewsPipeline.Default.ParseMany(inputs))
    /// {
    ///     Console.WriteLine(result.TryGetValue(out var article) ? $"{article.Id}: {article.Quotes.Count} quotes" : result.Error!.ToString());
    /// }
    /// </code>
    /// </example>
    public IEnumerable<ParseResult<Article>> ParseMany(IEnumerable<ArticleInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchOptions.Default;
        var results = OrderedParallel.Run(
            inputs,
            (input, token) => this.Parse(Checked(input).Text, input.Options, token),
            new OrderedParallelSettings(options.MaxDegreeOfParallelism),
            cancellationToken);
        return options.Progress is { } progress ? Reported(results, progress) : results;
    }

    /// <summary>
    /// Reads many articles from an asynchronous sequence (a queue, a feed, a database cursor) on
    /// several threads, and gives their results in input order. At most
    /// <see cref="BatchOptions.MaxDegreeOfParallelism"/> articles are read at once and a few more
    /// wait, so memory stays flat however long the sequence is.
    /// </summary>
    /// <param name="inputs">The articles.</param>
    /// <param name="options">Threads and progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch (as does the token given to <c>WithCancellation</c>).</param>
    /// <returns>The results.</returns>
    public IAsyncEnumerable<ParseResult<Article>> ParseManyAsync(IAsyncEnumerable<ArticleInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return this.ParseManyCore(inputs, options ?? BatchOptions.Default, cancellationToken);
    }

    private static ArticleInput Checked(ArticleInput? input) => input ?? throw new InvalidOperationException("An input of the batch is null.");

    private static IEnumerable<ParseResult<Article>> Reported(IEnumerable<ParseResult<Article>> results, IProgress<int> progress)
    {
        var done = 0;
        foreach (var result in results)
        {
            progress.Report(++done);
            yield return result;
        }
    }

    private async IAsyncEnumerable<ParseResult<Article>> ParseManyCore(
        IAsyncEnumerable<ArticleInput> inputs,
        BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Reads are started in input order, at most MaxDegreeOfParallelism at a time, and queued
        // in that order; the caller awaits them from the queue, so results keep the input order.
        var threads = options.MaxDegreeOfParallelism;
        var queue = Channel.CreateBounded<Task<ParseResult<Article>>>(new BoundedChannelOptions(threads * 2) { SingleReader = true, SingleWriter = true });
        var running = new SemaphoreSlim(threads);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => this.StartReads(inputs, queue.Writer, running, stop.Token), CancellationToken.None);
        var done = 0;
        try
        {
            await foreach (var read in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var result = await read.ConfigureAwait(false);
                options.Progress?.Report(++done);
                yield return result;
            }

            await producer.ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Stopped early or finished: no read runs once the enumeration has ended.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (queue.Reader.TryRead(out var read))
            {
                await ((Task)read).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            running.Dispose();
        }
    }

    private async Task StartReads(IAsyncEnumerable<ArticleInput> inputs, ChannelWriter<Task<ParseResult<Article>>> queue, SemaphoreSlim running, CancellationToken cancellationToken)
    {
        Task<ParseResult<Article>>? read = null;
        try
        {
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var checkedInput = Checked(input);
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
                read = Task.Run(
                    () =>
                    {
                        try
                        {
                            return this.Parse(checkedInput.Text, checkedInput.Options, cancellationToken);
                        }
                        finally
                        {
                            running.Release();
                        }
                    },
                    CancellationToken.None);
                await queue.WriteAsync(read, cancellationToken).ConfigureAwait(false);
                read = null;
            }

            queue.TryComplete();
        }
#pragma warning disable CA1031 // The caller meets the failure at the place in the sequence where it happened.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // A read started but not queued still finishes before the caller's enumeration ends.
            if (read is not null)
            {
                await ((Task)read).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            queue.TryComplete(e);
        }
    }
}
