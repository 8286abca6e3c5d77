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
    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new EventReader(article, EventLexicon.Default, context.Tokens);
        var events = ImmutableCollectionsMarshal.AsImmutableArray(reader.Read(context.CancellationToken));
        return context.Owns(article) ? article.SetEvents(events) : article with { Events = events };
    }
}
