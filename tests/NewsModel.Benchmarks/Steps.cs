using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Benchmarks;

/// <summary>The steps the benchmarks time one at a time: each pipeline stage, and tokenisation with sentences.</summary>
public enum PipelineStep
{
    Layout,
    SentencesTokens,
    Actors,
    Times,
    Quotes,
    Coreference,
    Events,
}

/// <summary>
/// Runs one step of the default pipeline on inputs prepared by the steps before it, so a
/// benchmark times that step alone.
/// </summary>
public sealed class StepRunner
{
    private static readonly ReadOptions Options = ReadOptions.Default;
    private readonly IArticleStage stage;
    private readonly bool tokenize;
    private readonly List<Token> tokens = [];

    // The pipeline keeps the token caches of its reads; so does the runner.
    private readonly KeptObjects<BlockTokens> tokenCaches = new();
    private readonly Dictionary<Article, ExtractionContext> contexts = new(ReferenceEqualityComparer.Instance);

    public StepRunner(PipelineStep step)
    {
        this.Step = step;
        var stages = NewsPipeline.Default.Stages;
        var type = step switch
        {
            PipelineStep.Layout => "LayoutStage",
            PipelineStep.SentencesTokens => nameof(SentenceStage),
            PipelineStep.Actors => "ActorStage",
            PipelineStep.Times => "TimeStage",
            PipelineStep.Quotes => "QuoteStage",
            PipelineStep.Coreference => "CoreferenceStage",
            PipelineStep.Events => "EventStage",
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        this.Index = -1;
        for (var i = 0; i < stages.Length; i++)
        {
            if (stages[i].GetType().Name == type)
            {
                this.Index = i;
            }
        }

        if (this.Index < 0)
        {
            throw new InvalidOperationException(type + " is not in the default pipeline");
        }

        this.stage = stages[this.Index];
        this.tokenize = step == PipelineStep.SentencesTokens;
    }

    public PipelineStep Step { get; }

    /// <summary>The stage's position in the default pipeline.</summary>
    public int Index { get; }

    /// <summary>The articles as the stages before this step leave them.</summary>
    public Article[] Prepare(IReadOnlyList<string> texts)
    {
        var prepared = new Article[texts.Count];
        var stages = NewsPipeline.Default.Stages;
        for (var t = 0; t < texts.Count; t++)
        {
            var context = new ExtractionContext(Options, this.tokenCaches, CancellationToken.None);
            var article = new Article(new ArticleId("bench"), texts[t]);
            for (var i = 0; i < this.Index; i++)
            {
                article = stages[i].Process(article, context);
            }

            prepared[t] = article;
            this.contexts[article] = context;
        }

        return prepared;
    }

    /// <summary>Runs the step on one prepared article; returns a count so the work is not dead.</summary>
    public int Run(Article article)
    {
        // The step runs with the context the steps before it filled, as in the pipeline: the quote
        // and event stages find the blocks tokenized by the actor stage. The actor stage fills the
        // cache itself, so its context is emptied after each run.
        var context = this.contexts.TryGetValue(article, out var prepared) ? prepared : new ExtractionContext(Options, this.tokenCaches, CancellationToken.None);
        var result = this.stage.Process(article, context);
        if (this.Step == PipelineStep.Actors)
        {
            context.Release();
        }

        if (!this.tokenize)
        {
            return result.Actors.Count + result.Quotes.Count + result.Times.Count + result.Events.Count + result.Sentences.Count;
        }

        var count = 0;
        foreach (var sentence in result.Sentences)
        {
            this.tokens.Clear();
            Tokenizer.Tokenize(result.Text, sentence.Span, null, this.tokens);
            count += this.tokens.Count;
        }

        return count;
    }
}
