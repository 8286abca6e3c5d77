using NewsModel.Model;

namespace NewsModel.Extraction;

/// <summary>
/// One step of a <see cref="NewsPipeline"/>: layout, sentences, actors, times, quotes, events,
/// coreference. A stage takes the article as the stages before it left it and returns it with
/// its own part filled in. Stages hold no per-article state, so one instance serves many
/// threads at once.
/// </summary>
public interface IArticleStage
{
    /// <summary>Adds this stage's part to the article.</summary>
    /// <param name="article">The article so far.</param>
    /// <param name="context">Per-article state shared between stages.</param>
    /// <returns>The article with this stage's part.</returns>
    Article Process(Article article, ExtractionContext context);

    /// <summary>
    /// The parts of the article this stage cannot work without: <see cref="NewsPipelineBuilder.Build"/>
    /// rejects a pipeline in which no stage before this one provides each of them. None by default.
    /// </summary>
    IReadOnlyList<ArticlePart> Needs => [];

    /// <summary>
    /// The parts of the article this stage reads when they are there: <see cref="NewsPipelineBuilder.Build"/>
    /// rejects a pipeline in which a stage that provides one of them runs after this one. None by default.
    /// </summary>
    IReadOnlyList<ArticlePart> Reads => [];

    /// <summary>The parts of the article this stage fills in. None by default.</summary>
    IReadOnlyList<ArticlePart> Provides => [];
}
