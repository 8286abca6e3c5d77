using NewsModel.Extraction;
using NewsModel.Layout;

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

    /// <summary>Adds the standard stages: layout (the seed parser), then sentences.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDefaults() => this.UseLayout().UseSentences();

    /// <summary>Adds the plain-text layout stage (headline, standfirst, media, sections, source).</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseLayout() => this.UseOnce(new LayoutStage());

    /// <summary>Adds the sentence stage.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseSentences() => this.UseOnce(new SentenceStage());

    /// <summary>Appends a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder Use(IArticleStage stage)
    {
        this.Stages.Add(stage);
        return this;
    }

    /// <summary>Freezes the stages into an immutable, thread-safe pipeline.</summary>
    /// <returns>The pipeline.</returns>
    public NewsPipeline Build() => new([.. this.Stages]);

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
