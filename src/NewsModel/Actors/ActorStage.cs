using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
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

    // The name tagger (the embedded model loads on the first read), or null for the rules alone.
    private readonly Lazy<NameTagger>? names;

    /// <summary>Creates the stage with the embedded lexicons and name model.</summary>
    public ActorStage()
        : this(LexiconSet.Default, PeopleLexicon.Default)
    {
    }

    /// <summary>Creates the stage with the embedded lexicons and a name model of one's own.</summary>
    /// <param name="names">A name model (<see cref="TaggerModel.Load(Stream)"/>), trained as docs/tagging.md says.</param>
    /// <exception cref="ArgumentException">The model tags something other than names.</exception>
    public ActorStage(TaggerModel names)
        : this(LexiconSet.Default, PeopleLexicon.Default, names ?? throw new ArgumentNullException(nameof(names)))
    {
    }

    /// <summary>Creates the stage with the given lexicons and the embedded name model.</summary>
    /// <param name="lexicons">Countries, places, organisations, titles, first names.</param>
    /// <param name="people">Notable people.</param>
    public ActorStage(LexiconSet lexicons, PeopleLexicon people)
        : this(lexicons, people, new Lazy<NameTagger>(() => NameTagger.Default, LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    /// <summary>
    /// Creates the stage with the given lexicons and name model. The name tagger decides where no
    /// lexicon knows a capitalised phrase (whether it is a name, and of what); without one
    /// (<paramref name="names"/> null) the rules and lexicons read names alone.
    /// </summary>
    /// <param name="lexicons">Countries, places, organisations, titles, first names.</param>
    /// <param name="people">Notable people.</param>
    /// <param name="names">A name model, or null for the rules alone.</param>
    /// <exception cref="ArgumentException">The model tags something other than names.</exception>
    public ActorStage(LexiconSet lexicons, PeopleLexicon people, TaggerModel? names)
        : this(lexicons, people, names is null ? null : new Lazy<NameTagger>(new NameTagger(names)))
    {
    }

    private ActorStage(LexiconSet lexicons, PeopleLexicon people, Lazy<NameTagger>? names)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(people);
        this.lexicons = lexicons;
        this.words = new Lazy<ActorWords>(() => new ActorWords(lexicons, lexicons.WordClasses), LazyThreadSafetyMode.ExecutionAndPublication);
        this.people = people;
        this.names = names;
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Reads { get; } = [ArticlePart.PartsOfSpeech];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Actors];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        using var finder = this.finders.Take(this, static stage => new ActorFinder(stage.lexicons, stage.people, stage.words.Value, stage.names?.Value));
        var actors = ImmutableCollectionsMarshal.AsImmutableArray(finder.Item.Find(article, context.Tokens, context.CancellationToken));
        return context.Owns(article) ? article.SetActors(actors) : article with { Actors = actors };
    }
}
