using NewsModel.Actors;
using NewsModel.Coreference;
using NewsModel.Events;
using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Model;
using NewsModel.Quotes;
using NewsModel.Tests.Layout;
using NewsModel.Times;

namespace NewsModel.Tests.Reliability;

/// <summary>A cancelled read stops: between stages, and inside the stages' loops over lines, tokens, blocks and sentences.</summary>
public class CancellationTests
{
    public static TheoryData<string> Stages => ["layout", "sentences", "actors", "times", "quotes", "coreference", "events"];

    [Fact]
    public void Parse_TokenCancelledBeforehand_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        var parse = () => NewsPipeline.Default.Parse(LayoutTestKit.ReadSeed(), null, source.Token);

        parse.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Parse_TokenCancelledByAStageMidway_RunsNoLaterStage()
    {
        using var source = new CancellationTokenSource();
        var later = new RecordingStage();
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.InsertAfter<SentenceStage>(new CancellingStage(source));
        builder.Stages.Add(later);

        var parse = () => builder.Build().Parse(LayoutTestKit.ReadSeed(), null, source.Token);

        parse.Should().Throw<OperationCanceledException>();
        later.Ran.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Process_CancelledContext_StageStopsInsteadOfFinishing(string name)
    {
        // The article the stage would work on: the seed after the stages before it.
        var article = NewsPipeline.Default.Read(LayoutTestKit.ReadSeed());
        IArticleStage stage = name switch
        {
            "layout" => new LayoutStage(),
            "sentences" => new SentenceStage(),
            "times" => new TimeStage(),
            "quotes" => new QuoteStage(),
            "actors" => new ActorStage(),
            "coreference" => new CoreferenceStage(),
            _ => new EventStage(),
        };
        using var source = new CancellationTokenSource();
        source.Cancel();

        var process = () => stage.Process(article, new ExtractionContext(ReadOptions.Default, source.Token));

        process.Should().Throw<OperationCanceledException>();
    }

    private sealed class CancellingStage(CancellationTokenSource source) : IArticleStage
    {
        public Article Process(Article article, ExtractionContext context)
        {
            source.Cancel();
            return article;
        }
    }

    private sealed class RecordingStage : IArticleStage
    {
        public bool Ran { get; private set; }

        public Article Process(Article article, ExtractionContext context)
        {
            this.Ran = true;
            return article;
        }
    }
}
