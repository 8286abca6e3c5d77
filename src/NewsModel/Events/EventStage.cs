using System.Collections.Immutable;
using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
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
    private readonly EventLexicon triggers;
    private readonly WordClasses words;

    /// <summary>Creates the stage with the embedded lexicons.</summary>
    public EventStage()
        : this(LexiconSet.Default)
    {
    }

    /// <summary>Creates the stage with lexicons of one's own: their event triggers (<see cref="LexiconKind.EventTriggers"/>) and word classes.</summary>
    /// <param name="lexicons">The lexicons.</param>
    public EventStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.triggers = lexicons.EventTriggers;
        this.words = lexicons.WordClasses;
    }

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
        using (var reader = this.readers.Take(this, static stage => new EventReader(stage.triggers, stage.words)))
        {
            reader.Item.Begin(article, context.Tokens);
            events = ImmutableCollectionsMarshal.AsImmutableArray(reader.Item.Read(context.CancellationToken));
        }

        return context.Owns(article) ? article.SetEvents(events) : article with { Events = events };
    }
}
