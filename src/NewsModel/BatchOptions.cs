namespace NewsModel;

/// <summary>How <see cref="NewsPipeline.ParseMany(IEnumerable{ArticleInput}, BatchOptions?, CancellationToken)"/> runs.</summary>
public sealed record BatchOptions
{
    private readonly int maxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, Batching.OrderedParallel.MaxThreads);

    /// <summary>The most articles read at once: each is read on a thread of its own.</summary>
    public const int MaxDegreeOfParallelismLimit = Batching.OrderedParallel.MaxThreads;

    /// <summary>The defaults: one thread per processor, no progress reports.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>
    /// How many articles are read at once (1 = one after the other, on the enumerating thread).
    /// Results come out in input order whatever the number. Default: the number of processors.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxDegreeOfParallelismLimit"/>.</exception>
    public int MaxDegreeOfParallelism
    {
        get => this.maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDegreeOfParallelismLimit);
            this.maxDegreeOfParallelism = value;
        }
    }

    /// <summary>Told the number of results handed out so far, after each one; null for no reports.</summary>
    public IProgress<int>? Progress { get; init; }
}
