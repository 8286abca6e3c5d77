using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Times;

/// <summary>
/// The stage that finds temporal expressions (TimeML TIMEX3: dates, times, durations, sets) and
/// resolves them against <see cref="Article.Published"/> with NodaTime. Without a publication
/// date, relative expressions keep their unresolved forms (<c>XXXX-09</c>) and are never guessed.
/// </summary>
public sealed class TimeStage : IArticleStage, IBuiltInStage
{
    private readonly LexiconSet lexicons;

    /// <summary>Creates the stage with the library's conventions.</summary>
    public TimeStage()
        : this(TimeOptions.Default)
    {
    }

    /// <summary>Creates the stage.</summary>
    /// <param name="options">Conventions.</param>
    public TimeStage(TimeOptions options)
        : this(options, LexiconSet.Default)
    {
    }

    /// <summary>
    /// Creates the stage with lexicons of one's own: their time words
    /// (<see cref="LexiconKind.TimeWords"/>) and holidays (<see cref="LexiconKind.Holidays"/>).
    /// </summary>
    /// <param name="options">Conventions.</param>
    /// <param name="lexicons">The lexicons.</param>
    public TimeStage(TimeOptions options, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lexicons);
        this.Options = options;
        this.lexicons = lexicons;
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
        var times = TimeTagger.Tag(article.Text, article.Published, this.Options, this.lexicons, context.CancellationToken);
        return context.Owns(article) ? article.SetTimes(times) : article with { Times = times };
    }
}
