using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>
/// Links the mentions that the actor stage cannot: it runs after the quote stage, so that a quote's
/// speaker decides the pronouns in and around the quote, and a quote attributed to unnamed people
/// ("police said") gets them as a group actor. Its sieves run from the most precise to
/// the least, and a mention none of them is sure of stays unlinked: a wrong link costs a reader
/// more than a missing one. Add it after <see cref="Quotes.QuoteStage"/>.
/// </summary>
public sealed class CoreferenceStage : IArticleStage, IBuiltInStage
{
    private readonly Lazy<CoreferenceWords> words;

    // The edits' dictionaries, kept from one read to the next as the other stages keep their finders.
    private readonly KeptObjects<MentionEdits> kept = new();

    /// <summary>Creates the stage with the default lexicons.</summary>
    public CoreferenceStage()
        : this(LexiconSet.Default)
    {
    }

    /// <summary>Creates the stage with a lexicon set (its given names tell a person's gender).</summary>
    /// <param name="lexicons">The lexicons.</param>
    public CoreferenceStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.words = new Lazy<CoreferenceWords>(() => new CoreferenceWords(lexicons.WordClasses, lexicons.FirstNames), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Quotes];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Reads { get; } = [ArticlePart.PartsOfSpeech, ArticlePart.Actors];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Coreference];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (article.Quotes.IsEmpty)
        {
            return article;
        }

        using var lease = this.kept.Take(0, static _ => new MentionEdits());
        var edits = lease.Item;
        edits.Begin(article);
        var tokens = context.Tokens.Rent();
        try
        {
            // Speakers first, so that the pronouns of a quote go to the speaker the sieves settle on.
            SpeakerMentions.Link(article, this.words.Value, edits);
            RelativeSpeakers.Link(article, this.words.Value, edits);
            UnnamedSources.Link(article, this.words.Value, context.Tokens, tokens, edits);
            QuotedPronouns.Link(article, this.words.Value, context.Tokens, tokens, edits, context.CancellationToken);
            if (!edits.HasMentionEdits && !edits.HasSpeakers)
            {
                return article;
            }

            var inPlace = context.OwnsArrays(article);
            var actors = edits.Apply(inPlace);
            var quotes = edits.ApplyToQuotes(inPlace);
            return context.Owns(article) ? article.SetQuotes(quotes, actors) : article with { Actors = actors, Quotes = quotes };
        }
        finally
        {
            context.Tokens.Return(tokens);
        }
    }
}
