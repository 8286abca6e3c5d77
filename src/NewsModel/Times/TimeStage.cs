using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Times;

/// <summary>
/// The stage that finds temporal expressions (TimeML TIMEX3: dates, times, durations, sets) and
/// resolves them against <see cref="Article.Published"/> with NodaTime. Without a publication
/// date, relative expressions keep their unresolved forms (<c>XXXX-09</c>) and are never guessed.
/// </summary>
public sealed class TimeStage : IArticleStage, IBuiltInStage
{
    /// <summary>Creates the stage with the library's conventions.</summary>
    public TimeStage()
        : this(TimeOptions.Default)
    {
    }

    /// <summary>Creates the stage.</summary>
    /// <param name="options">Conventions.</param>
    public TimeStage(TimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.Options = options;
    }

    /// <summary>The stage's conventions.</summary>
    public TimeOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Times];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var times = TimeTagger.Tag(article.Text, article.Published, this.Options, context.CancellationToken);
        return context.Owns(article) ? article.SetTimes(times) : article with { Times = times };
    }
}
