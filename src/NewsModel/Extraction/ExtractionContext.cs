using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Extraction;

/// <summary>
/// Per-article state that stages share while one article goes through the pipeline: the
/// options, the cancellation token and intermediate results (tokens, candidate names) that a
/// later stage reuses. A context belongs to one article on one thread.
/// </summary>
public sealed class ExtractionContext
{
    // Made on the first Set: the built-in stages share no features, and most reads set none.
    private Dictionary<Type, object>? features;
    private readonly KeptObjects<BlockTokens>? tokenCaches;
    private BlockTokens? tokens;

    // The article that the read alone holds: the pipeline's own, or one a built-in stage made;
    // never one that a stage of the user's was given or made, which it may keep.
    private Article? owned;
    private bool userStageRan;

    /// <summary>Creates a context.</summary>
    /// <param name="options">The article's options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public ExtractionContext(ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.Options = options;
        this.CancellationToken = cancellationToken;
    }

    // A pipeline's context takes its token cache from the pipeline's spare ones and gives it back.
    internal ExtractionContext(ReadOptions options, KeptObjects<BlockTokens> tokenCaches, CancellationToken cancellationToken)
        : this(options, cancellationToken) => this.tokenCaches = tokenCaches;

    /// <summary>The article's options.</summary>
    public ReadOptions Options { get; }

    /// <summary>Cancels the read; long stages check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Stores an intermediate result for later stages, one per type.</summary>
    /// <typeparam name="T">The result's type, which is its key.</typeparam>
    /// <param name="value">The result.</param>
    public void Set<T>(T value)
        where T : class => (this.features ??= [])[typeof(T)] = value;

    /// <summary>Gets an intermediate result an earlier stage stored.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <returns>The result, or null when no stage stored one.</returns>
    public T? Get<T>()
        where T : class => this.features is not null && this.features.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>The tokens of the article's blocks, shared by the stages that read them.</summary>
    internal BlockTokens Tokens
    {
        get
        {
            if (this.tokens is null && (this.tokenCaches is null || !this.tokenCaches.TryTake(out this.tokens)))
            {
                this.tokens = new BlockTokens();
            }

            return this.tokens;
        }
    }

    /// <summary>
    /// Whether <paramref name="article"/> is one the read alone holds, on which a built-in stage
    /// may set its results rather than return a copy.
    /// </summary>
    internal bool Owns(Article article) => ReferenceEquals(article, this.owned);

    /// <summary>
    /// Whether the read alone holds <paramref name="article"/> and every array in it, so that a
    /// built-in stage may change an item of its arrays in place: none of the user's stages has run
    /// in the read, as a copy (<c>with</c>) that a later built-in stage makes of an article the
    /// user's stage saw shares that article's arrays.
    /// </summary>
    internal bool OwnsArrays(Article article) => this.Owns(article) && !this.userStageRan;

    /// <summary>Notes the article the read alone holds, or null when a stage of the user's has seen it.</summary>
    internal void Own(Article? article)
    {
        this.owned = article;
        this.userStageRan |= article is null;
    }

    /// <summary>Gives the token cache back to the pipeline once the read is over.</summary>
    internal void Release()
    {
        if (this.tokens is { } tokens)
        {
            this.tokens = null;
            if (this.tokenCaches is { } caches)
            {
                caches.Give(tokens);
            }
            else
            {
                tokens.Reset();
            }
        }
    }
}
