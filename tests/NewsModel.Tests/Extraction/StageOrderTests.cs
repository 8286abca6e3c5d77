using FluentAssertions;

using NewsModel.Actors;
using NewsModel.Coreference;
using NewsModel.Events;
using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Model;
using NewsModel.Quotes;
using NewsModel.Tagging;
using NewsModel.Times;

using Xunit;

namespace NewsModel.Tests.Extraction;

public class Build_DefaultStages_Builds
{
    [Fact]
    public void TheDefaultsInTheirOrder()
    {
        var build = () => new NewsPipelineBuilder().UseDefaults().Build();

        build.Should().NotThrow();
    }

    [Fact]
    public void ALeanerPipelineWithoutTheStagesItMayRead()
    {
        // Quotes read actors and times when they are there; without them they still work.
        var build = () => new NewsPipelineBuilder().UseLayout().UseSentences().UseQuotes().UseEvents().Build();

        build.Should().NotThrow();
    }

    [Fact]
    public void StagesOfOnesOwnThatDeclareNothing()
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Insert(0, new Undeclared());

        builder.Invoking(b => b.Build()).Should().NotThrow();
    }
}

public class Build_StageReadsAPartALaterStageProvides_Throws
{
    [Fact]
    public void QuotesBeforeActors_NamesBothStages()
    {
        var builder = new NewsPipelineBuilder().UseLayout().UseSentences().UseQuotes().UseActors();

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("QuoteStage reads the actors, which ActorStage provides after it: put ActorStage before QuoteStage.");
    }

    [Fact]
    public void EventsMovedBeforeTimes()
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        var events = builder.Stages.Find<EventStage>()!;
        builder.Stages.Remove(events);
        builder.Stages.InsertBefore<TimeStage>(events);

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("EventStage reads the times, which TimeStage provides after it*");
    }

    [Fact]
    public void AStageOfOnesOwnBeforeThePartItReads()
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.InsertBefore<QuoteStage>(new CountsQuotes());

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("CountsQuotes reads the quotes, which QuoteStage provides after it: put QuoteStage before CountsQuotes.");
    }
}

public class Build_StageNeedsAPartNoStageBeforeItProvides_Throws
{
    [Fact]
    public void SentencesWithoutLayout_SaysWhichBuilderMethodAddsIt()
    {
        var builder = new NewsPipelineBuilder().UseSentences().UseActors();

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("SentenceStage needs the layout, which no stage before it provides: add one before it (NewsPipelineBuilder.UseLayout adds the library's).");
    }

    [Fact]
    public void CoreferenceWithoutQuotes()
    {
        var builder = new NewsPipelineBuilder().UseLayout().UseSentences().UseActors().UseCoreference();

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("CoreferenceStage needs the quotes*");
    }

    [Fact]
    public void SentencesAfterTheStageThatNeedsThem_NamesBothStages()
    {
        var builder = new NewsPipelineBuilder().UseLayout().UsePartOfSpeech().UseSentences();

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("PartOfSpeechStage needs the sentences, which SentenceStage provides after it: put SentenceStage before PartOfSpeechStage.");
    }

    [Fact]
    public void APartOfOnesOwn_ProvidedByAStageOfOnesOwnBefore_Builds()
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Add(new ProvidesSentiment());
        builder.Stages.Add(new NeedsSentiment());

        builder.Invoking(b => b.Build()).Should().NotThrow();
    }

    [Fact]
    public void APartOfOnesOwn_ProvidedByNoStage()
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Add(new NeedsSentiment());

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("NeedsSentiment needs the sentiment, which no stage before it provides: add one before it.");
    }
}

public class ArticlePart_Name_IsItsIdentity
{
    [Fact]
    public void TwoPartsOfOneNameAreEqual() => new ArticlePart("actors").Should().Be(ArticlePart.Actors);

    [Fact]
    public void AnEmptyNameIsRefused()
    {
        var make = () => new ArticlePart(" ");

        make.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ItPrintsAsItsName() => ArticlePart.PartsOfSpeech.ToString().Should().Be("parts of speech");
}

internal sealed class Undeclared : IArticleStage
{
    public Article Process(Article article, ExtractionContext context) => article;
}

internal sealed class CountsQuotes : IArticleStage
{
    public IReadOnlyList<ArticlePart> Reads => [ArticlePart.Quotes];

    public Article Process(Article article, ExtractionContext context) => article;
}

internal sealed class ProvidesSentiment : IArticleStage
{
    public static ArticlePart Sentiment { get; } = new("sentiment");

    public IReadOnlyList<ArticlePart> Provides => [Sentiment];

    public Article Process(Article article, ExtractionContext context) => article;
}

internal sealed class NeedsSentiment : IArticleStage
{
    public IReadOnlyList<ArticlePart> Needs => [ProvidesSentiment.Sentiment];

    public Article Process(Article article, ExtractionContext context) => article;
}
