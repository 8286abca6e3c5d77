namespace NewsModel.Extraction;

/// <summary>
/// Per-article state that stages share while one article goes through the pipeline: the
/// options, the cancellation token and intermediate results (tokens, candidate names) that a
/// later stage reuses. A context belongs to one article on one thread.
/// </summary>
public sealed class ExtractionContext
{
    private readonly Dictionary<Type, object> features = [];

    /// <summary>Creates a context.</summary>
    /// <param name="options">The article's options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public ExtractionContext(ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.Options = options;
        this.CancellationToken = cancellationToken;
    }

    /// <summary>The article's options.</summary>
    public ReadOptions Options { get; }

    /// <summary>Cancels the read; long stages check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Stores an intermediate result for later stages, one per type.</summary>
    /// <typeparam name="T">The result's type, which is its key.</typeparam>
    /// <param name="value">The result.</param>
    public void Set<T>(T value)
        where T : class => this.features[typeof(T)] = value;

    /// <summary>Gets an intermediate result an earlier stage stored.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <returns>The result, or null when no stage stored one.</returns>
    public T? Get<T>()
        where T : class => this.features.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
