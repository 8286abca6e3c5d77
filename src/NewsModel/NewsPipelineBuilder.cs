using System.Collections.Immutable;

using NewsModel.Actors;
using NewsModel.Coreference;
using NewsModel.Events;
using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Quotes;
using NewsModel.Tagging;
using NewsModel.Times;

namespace NewsModel;

/// <summary>
/// Configures a <see cref="NewsPipeline"/>: which stages run and in what order. Add, replace or
/// remove stages through <see cref="Stages"/>, then <see cref="Build"/> an immutable pipeline.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new NewsPipelineBuilder()
///     .UseDefaults()
///     .Use(new MyStage())
///     .Build();
/// </code>
/// </example>
public sealed class NewsPipelineBuilder
{
    /// <summary>The stages, in the order they run.</summary>
    public StageList Stages { get; } = [];

    /// <summary>Adds the standard stages: layout (the seed parser), sentences, part of speech, actors, times, quotes, events.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDefaults() => this.UseLayout().UseSentences().UsePartOfSpeech().UseActors().UseTimes().UseQuotes().UseCoreference().UseEvents();

    /// <summary>Adds the plain-text layout stage (headline, standfirst, media, sections, source).</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseLayout() => this.UseOnce(new LayoutStage());

    /// <summary>Adds the sentence stage.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseSentences() => this.UseOnce(new SentenceStage());

    /// <summary>
    /// Adds the part-of-speech stage (Penn Treebank tags from the embedded model, or from
    /// <paramref name="model"/>): the later stages read the tags, and the article keeps its tagged
    /// tokens when <see cref="ReadOptions.KeepTokens"/> asks. It needs the sentence stage before it.
    /// </summary>
    /// <param name="model">A part-of-speech model of one's own (<see cref="TaggerModel.Load(Stream)"/>); the embedded one when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> tags something other than parts of speech.</exception>
    public NewsPipelineBuilder UsePartOfSpeech(TaggerModel? model = null) => this.UseOnce(model is null ? new PartOfSpeechStage() : new PartOfSpeechStage(model));

    /// <summary>Adds the temporal stage (TIMEX3 expressions resolved against the publication date).</summary>
    /// <param name="options">Conventions; the library's defaults when null.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseTimes(TimeOptions? options = null) => this.UseOnce(new TimeStage(options ?? TimeOptions.Default));

    /// <summary>
    /// Adds the actor stage (people, organisations, countries, places, groups and their mentions),
    /// with the embedded name model or <paramref name="names"/>.
    /// </summary>
    /// <param name="names">A name model of one's own (<see cref="TaggerModel.Load(Stream)"/>); the embedded one when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="names"/> tags something other than names.</exception>
    public NewsPipelineBuilder UseActors(TaggerModel? names = null) => this.UseOnce(names is null ? new ActorStage() : new ActorStage(names));

    /// <summary>Adds the quote stage (quotes with speakers and cues); it needs the actor stage before it.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseQuotes() => this.UseOnce(new QuoteStage());

    /// <summary>Adds the coreference stage (the pronouns a quote decides: "I" in a speaker's words, the subject of a reported clause); it needs the quote stage before it.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseCoreference() => this.UseOnce(new CoreferenceStage());

    /// <summary>Adds the event stage (CAMEO-typed events with participants, place, time, modality and money); it needs the actor, time and quote stages before it.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseEvents() => this.UseOnce(new EventStage());

    /// <summary>Appends a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder Use(IArticleStage stage)
    {
        this.Stages.Add(stage);
        return this;
    }

    /// <summary>
    /// Freezes the stages into an immutable, thread-safe pipeline, once their order can work: each
    /// stage's <see cref="IArticleStage.Needs"/> are provided by stages before it, and none of its
    /// <see cref="IArticleStage.Reads"/> by a stage after it.
    /// </summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">A stage needs a part no stage before it provides, or reads one a stage after it provides; the message names both stages.</exception>
    public NewsPipeline Build()
    {
        ImmutableArray<IArticleStage> stages = [.. this.Stages];
        if (StageOrder.Problem(stages) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return new(stages);
    }

    private NewsPipelineBuilder UseOnce<T>(T stage)
        where T : class, IArticleStage
    {
        if (!this.Stages.Contains<T>())
        {
            this.Stages.Add(stage);
        }

        return this;
    }
}
