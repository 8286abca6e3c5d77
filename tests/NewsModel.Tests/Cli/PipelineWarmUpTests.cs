using NewsModel.Cli.IO;
using NewsModel.Cli.WarmUp;
using NewsModel.Model;

namespace NewsModel.Tests.Cli;

public class PipelineWarmUpTests
{
    [Fact]
    public void Text_BuiltInArticle_ReachesEveryStage()
    {
        // The warm-up only compiles what it runs: an article without quotes or times would leave
        // those stages to be compiled inside the timed batch.
        var article = NewsPipeline.Default.Read(PipelineWarmUp.Text(), new ReadOptions { Published = new NodaTime.LocalDate(2026, 11, 28) });

        article.Headline.Should().NotBeNull();
        article.Actors.Should().Contain(a => a.Kind == ActorKind.Person).And.Contain(a => a.Kind == ActorKind.Organization);
        article.Quotes.Select(q => q.Kind).Should().Contain([QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Mixed]);
        article.Times.Should().NotBeEmpty();
        article.Events.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    [InlineData("brat")]
    public void Run_AnyWrittenFormat_WritesSomething(string format)
        => PipelineWarmUp.Run(NewsPipeline.Default, Enum.Parse<OutputFormat>(format, ignoreCase: true)).Should().BePositive();

    [Fact]
    public void Run_TimeMLOrSummary_ReadsWithoutWriting()
    {
        PipelineWarmUp.Run(NewsPipeline.Default, OutputFormat.TimeML).Should().Be(PipelineWarmUp.Text().Length);
        PipelineWarmUp.Run(NewsPipeline.Default, null).Should().Be(PipelineWarmUp.Text().Length);
    }
}
