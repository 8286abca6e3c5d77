using System.Collections.Immutable;
using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Events;

/// <summary>
/// The event stage: finds who did what to whom, when and where, typed with CAMEO codes and a few
/// extras (election, appointment, claim of office, death). It runs after the actor, time and
/// quote stages, whose mentions, times and cues it links events to.
/// </summary>
public sealed class EventStage : IArticleStage, IBuiltInStage
{
    // Readers kept from one read to the next with their lists, as the actor stage keeps its finders.
    private readonly KeptObjects<EventReader> readers = new();

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Reads { get; } = [ArticlePart.PartsOfSpeech, ArticlePart.Actors, ArticlePart.Times, ArticlePart.Quotes, ArticlePart.Coreference];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Events];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        ImmutableArray<Event> events;
        using (var reader = this.readers.Take(EventLexicon.Default, static lexicon => new EventReader(lexicon)))
        {
            reader.Item.Begin(article, context.Tokens);
            events = ImmutableCollectionsMarshal.AsImmutableArray(reader.Item.Read(context.CancellationToken));
        }

        return context.Owns(article) ? article.SetEvents(events) : article with { Events = events };
    }
}
