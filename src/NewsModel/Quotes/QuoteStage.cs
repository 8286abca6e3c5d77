using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Quotes;

/// <summary>
/// The quote stage: finds direct, partial, indirect and mixed quotes with their cues and
/// speakers. It runs after the actor stage, whose mentions it links speakers to.
/// </summary>
public sealed class QuoteStage : IArticleStage
{
    private readonly LexiconSet lexicons;

    /// <summary>Creates the stage with the embedded lexicons.</summary>
    public QuoteStage()
        : this(LexiconSet.Default)
    {
    }

    /// <summary>Creates the stage with the given lexicons (reporting verbs and cue phrases).</summary>
    /// <param name="lexicons">The lexicons.</param>
    public QuoteStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.lexicons = lexicons;
    }

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var finder = new QuoteFinder(article, this.lexicons.ReportingVerbs, new SpeakerResolver(article), static word => AbbreviationLexicon.Find(word) != AbbreviationKind.None);
        var (quotes, actors) = AddresseeFinder.Find(article, finder.Find(context.CancellationToken), this.lexicons.Titles);
        return article with { Quotes = [.. quotes], Actors = [.. actors] };
    }
}
