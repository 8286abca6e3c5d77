using System.Collections.Immutable;

using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel;

/// <summary>
/// Reads the plain text of a news article into an <see cref="Article"/>: the entry point of the
/// "seed parser". A pipeline is immutable and thread-safe: build it once and share it.
/// </summary>
/// <remarks>
/// Text, bytes, a stream or a file go in (<see cref="Parse(string, ReadOptions?, CancellationToken)"/>,
/// <see cref="ParseFile(string, ReadOptions?, CancellationToken)"/> and their kin); each <c>Parse</c>
/// method returns an error value for bad input, and each <c>Read</c> method throws it as a
/// <see cref="NewsModelException"/>.
/// </remarks>
/// <example>
/// <code>
/// var article = NewsPipeline.Default.Read(text, new ReadOptions { Published = new LocalDate(2019, 9, 25) });
/// Console.WriteLine(article.Headline?.Text);
/// </code>
/// </example>
public sealed partial class NewsPipeline
{
    private static readonly ArticleId DefaultId = new("article");

    // Token caches kept from earlier reads, one per read running at once.
    private readonly KeptObjects<Tokens.BlockTokens> tokenCaches = new();

    internal NewsPipeline(ImmutableArray<IArticleStage> stages) => this.Stages = stages;

    /// <summary>The pipeline with the standard stages.</summary>
    public static NewsPipeline Default { get; } = new NewsPipelineBuilder().UseDefaults().Build();

    /// <summary>The stages, in the order they run.</summary>
    public ImmutableArray<IArticleStage> Stages { get; }

    /// <summary>Reads an article; bad input is an error value, not an exception.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="options">Per-article options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read.</returns>
    public ParseResult<Article> Parse(string text, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReadOptions.Default;
        if (text.Length > options.MaxTextLength)
        {
            return ParseResult<Article>.ForError(new ParseError($"the text is longer than the limit of {options.MaxTextLength:N0} characters"));
        }

        var context = new ExtractionContext(options, this.tokenCaches, cancellationToken);
        var article = new Article(IdOr(options.Id, DefaultId), text) { Published = options.Published, Url = options.Url };
        context.Own(article);
        try
        {
            foreach (var stage in this.Stages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                article = stage.Process(article, context);

                // A built-in stage sets its results on the article it was given, or returns a copy
                // that nothing else holds; a stage of the user's may keep what it saw or made.
                context.Own(stage is IBuiltInStage ? article : null);
            }
        }
        finally
        {
            context.Release();
        }

        return ParseResult<Article>.ForValue(article);
    }

    /// <summary>Reads an article from its file's bytes (UTF-8, or UTF-16 with a byte-order mark).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="options">Per-article options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read (invalid UTF-8 names the byte offset).</returns>
    public ParseResult<Article> Parse(ReadOnlySpan<byte> bytes, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ReadOptions.Default;
        var text = ArticleTextDecoder.Decode(bytes, options.MaxTextLength);
        return text.Success
            ? this.Parse(text.Value, options, cancellationToken)
            : ParseResult<Article>.ForError(text.Error!);
    }

    /// <summary>Reads an article.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="options">Per-article options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsModelException">The text is over <see cref="ReadOptions.MaxTextLength"/>.</exception>
    public Article Read(string text, ReadOptions? options = null, CancellationToken cancellationToken = default)
        => this.Parse(text, options, cancellationToken).Value;

    // An id converted from a null or empty string names nothing: the article gets the fallback.
    private static ArticleId IdOr(ArticleId? id, ArticleId fallback) => id is { Value.Length: > 0 } given ? given : fallback;
}
