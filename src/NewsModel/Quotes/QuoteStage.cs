using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Quotes;

/// <summary>
/// The quote stage: finds direct, partial, indirect and mixed quotes with their cues and
/// speakers. It runs after the actor stage, whose mentions it links speakers to.
/// </summary>
public sealed class QuoteStage : IArticleStage, IBuiltInStage
{
    private readonly LexiconSet lexicons;
    private readonly CueStarts cueStarts;

    // Finders kept from one read to the next with their working lists, as the actor stage keeps its own.
    private readonly KeptObjects<QuoteFinder> finders = new();

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
        this.cueStarts = new CueStarts(lexicons.ReportingVerbs);
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Reads { get; } = [ArticlePart.PartsOfSpeech, ArticlePart.Actors, ArticlePart.Times];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Quotes];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        using var finder = this.finders.Take(this, static stage => new QuoteFinder(stage.lexicons.ReportingVerbs, stage.cueStarts, stage.lexicons.WordClasses));
        using var speakers = new SpeakerResolver(article);
        finder.Item.Begin(article, speakers, context.Tokens);
        return this.Process(article, context, finder.Item.Find(context.CancellationToken).AsSpan());
    }

    // Makes the quotes of the drafts, with their addressees.
    private Article Process(Article article, ExtractionContext context, Span<QuoteDraft> drafts)
    {
        // The vocatives' tokens go to a list of the read's token cache, kept from read to read.
        var vocativeTokens = context.Tokens.Rent();
        Actor[]? actors;
        try
        {
            actors = AddresseeFinder.Find(article, drafts, this.lexicons.Titles, vocativeTokens);
        }
        finally
        {
            context.Tokens.Return(vocativeTokens);
        }

        // The quotes are made once, with their ids and texts, now that nothing changes them.
        var text = article.Text;
        var quotes = new Quote[drafts.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var draft = drafts[i];
            var span = draft.Span;
            quotes[i] = new Quote(new QuoteId(NumberedIds.Quotes.Of(i + 1)), draft.Kind, SpanText.InSource(text, span))
            {
                Speaker = draft.Speaker,
                SpeakerMention = draft.SpeakerMention,
                Cue = draft.Cue is { } cue ? TextSegment.InArticle(text, cue) : null,
                Addressee = draft.Addressee,
                Parts = draft.Parts,
            };
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(quotes);
        var withVocatives = actors is null ? article.Actors : ImmutableCollectionsMarshal.AsImmutableArray(actors);
        return context.Owns(article) ? article.SetQuotes(all, withVocatives) : article with { Quotes = all, Actors = withVocatives };
    }
}
