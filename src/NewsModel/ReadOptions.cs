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

    /// <summary>The article's id; by default <c>article</c>.</summary>
    public ArticleId? Id { get; init; }

    /// <summary>
    /// The publication date. When set it wins over front matter; when null the date comes from
    /// front matter or stays unknown, and relative times stay unresolved.
    /// </summary>
    public LocalDate? Published { get; init; }

    /// <summary>The longest text accepted, in UTF-16 code units; longer input is an error, not a slow read.</summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;
}
