using NewsModel.Model;

using NodaTime;

namespace NewsModel;

/// <summary>Per-article options for <see cref="NewsPipeline.Read(string, ReadOptions?, CancellationToken)"/>.</summary>
public sealed record ReadOptions
{
    /// <summary>The default for <see cref="MaxTextLength"/>: 32 Mi UTF-16 code units (64 MiB of memory).</summary>
    public const int DefaultMaxTextLength = 32 * 1024 * 1024;

    /// <summary>Default options.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// The article's id; a string converts to it (<c>Id = "name"</c>). When null, or when its value
    /// is null or empty, the id is the file's name without its extension for
    /// <see cref="NewsPipeline.ParseFile(string, ReadOptions?, CancellationToken)"/> and
    /// <c>article</c> otherwise.
    /// </summary>
    public ArticleId? Id { get; init; }

    /// <summary>
    /// The publication date. When set it wins over front matter; when null the date comes from
    /// front matter or stays unknown, and relative times stay unresolved.
    /// </summary>
    public LocalDate? Published { get; init; }

    /// <summary>
    /// <see cref="Published"/> as a <see cref="DateOnly"/>, for code that does not use NodaTime:
    /// the same date, so setting either sets both.
    /// </summary>
    public DateOnly? PublishedDate
    {
        get => this.Published?.ToDateOnly();
        init => this.Published = value is { } date ? LocalDate.FromDateOnly(date) : null;
    }

    /// <summary>The article's URL. When set it wins over front matter's <c>url</c>.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// Whether the article keeps its tokens with their part-of-speech tags
    /// (<see cref="Model.Article.Tokens"/>), which the serialized form then carries. Without it the
    /// stages tag only the sentences they ask about, and the article leaves the tokens out (they
    /// would be most of its size); with it every sentence is tagged, which costs time. It needs
    /// the part-of-speech stage in the pipeline.
    /// </summary>
    public bool KeepTokens { get; init; }

    /// <summary>The longest text accepted, in UTF-16 code units; longer input is an error, not a slow read.</summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;
}
