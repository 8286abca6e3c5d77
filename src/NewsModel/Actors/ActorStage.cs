using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Actors;

/// <summary>
/// The actor stage: people, organisations, countries, cities, places and groups, with roles,
/// affiliations and every mention (names, titles, descriptions, demonyms, metonyms, pronouns).
/// </summary>
public sealed class ActorStage : IArticleStage, IBuiltInStage
{
    // A finder keeps its working lists (tokens, dictionaries, ...) from one article to the next,
    // which halves what the stage allocates. The kept finders are the only state the stage changes.
    private readonly KeptObjects<ActorFinder> finders = new();
    private readonly LexiconSet lexicons;
    private readonly PeopleLexicon people;

    // Merged on the first read, not when the pipeline is built.
    private readonly Lazy<ActorWords> words;

    /// <summary>Creates the stage with the embedded lexicons.</summary>
    public ActorStage()
        : this(LexiconSet.Default, PeopleLexicon.Default)
    {
    }

    /// <summary>Creates the stage with the given lexicons.</summary>
    /// <param name="lexicons">Countries, places, organisations, titles, first names.</param>
    /// <param name="people">Notable people.</param>
    public ActorStage(LexiconSet lexicons, PeopleLexicon people)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(people);
        this.lexicons = lexicons;
        this.words = new Lazy<ActorWords>(() => new ActorWords(lexicons, WordClasses.Default), LazyThreadSafetyMode.ExecutionAndPublication);
        this.people = people;
    }

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        if (!this.finders.TryTake(out var finder))
        {
            finder = new ActorFinder(this.lexicons, this.people, this.words.Value);
        }

        try
        {
            var actors = ImmutableCollectionsMarshal.AsImmutableArray(finder.Find(article, context.Tokens, context.CancellationToken));
            return context.Owns(article) ? article.SetActors(actors) : article with { Actors = actors };
        }
        finally
        {
            finder.Clear();
            if (finder.IsWorthKeeping)
            {
                this.finders.Keep(finder);
            }
        }
    }
}
