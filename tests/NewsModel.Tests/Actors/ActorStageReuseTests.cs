using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Actors;

public class ActorStageReuseTests
{
    private const string First = """
        Putin meets Maduro in Moscow

        Russian President Vladimir Putin met Venezuela's Nicolas Maduro on Wednesday. "We support dialogue," Putin said. The Kremlin said he would visit Caracas.
        """;

    private const string Second = """
        Harbour strike enters second week

        Union leader Priya Natarajan said the Port of Ardmore had ignored safety complaints. She told reporters the strike would go on. Maduro was not mentioned.
        """;

    [Fact]
    public void Read_OnePipelineOverManyArticles_SameModelsAsFreshPipelines()
    {
        // The actor stage keeps its working lists between articles: nothing of one may leak into the next.
        var shared = new NewsPipelineBuilder().UseDefaults().Build();
        var sequence = new[] { First, Second, First, Second, Second, First }.Select(t => ModelJson.Serialize(shared.Read(t))).ToList();

        var fresh = new[] { First, Second, First, Second, Second, First }
            .Select(t => ModelJson.Serialize(new NewsPipelineBuilder().UseDefaults().Build().Read(t)))
            .ToList();

        sequence.Should().Equal(fresh);
        sequence[0].Should().Contain("vladimir-putin");
        sequence[1].Should().NotContain("vladimir-putin");
    }

    [Fact]
    public void Read_AfterAReadCancelledInsideTheActorStage_NothingOfItRemains()
    {
        using var cancellation = new CancellationTokenSource();
        var pipeline = new NewsPipelineBuilder().UseLayout().UseSentences().Use(new CancelStage(cancellation)).UseActors().Build();

        var cancelled = () => pipeline.Parse(First, ReadOptions.Default, cancellation.Token);
        var second = ModelJson.Serialize(pipeline.Read(Second));

        cancelled.Should().Throw<OperationCanceledException>();
        ModelJson.Serialize(pipeline.Read(Second)).Should().Be(second);
    }

    // Cancels the read just before the actor stage, which then stops at its first block.
    private sealed class CancelStage(CancellationTokenSource source) : IArticleStage
    {
        public Article Process(Article article, ExtractionContext context)
        {
            source.Cancel();
            return article;
        }
    }
}
