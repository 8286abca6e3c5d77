using NewsModel.Cli.IO;
using NewsModel.Cli.WarmUp;
using NewsModel.Model;

namespace NewsModel.Tests.Cli;

public class PipelineWarmUpTests
{
    [Fact]
    public void Texts_BuiltInArticles_ReachEveryStage()
    {
        // The warm-up only compiles what it runs: articles without quotes or times would leave
        // those stages to be compiled inside the timed batch.
        var articles = PipelineWarmUp.Texts().Select(t => NewsPipeline.Default.Read(t, new ReadOptions { Published = new NodaTime.LocalDate(2026, 11, 28) })).ToList();
        var article = articles[0];

        article.Headline.Should().NotBeNull();
        article.Actors.Should().Contain(a => a.Kind == ActorKind.Person).And.Contain(a => a.Kind == ActorKind.Organization);
        article.Quotes.Select(q => q.Kind).Should().Contain([QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Mixed]);
        article.Times.Should().NotBeEmpty();
        article.Events.Should().NotBeEmpty();
        articles[1].Media.Should().NotBeEmpty();
        articles[1].Sections.Should().Contain(s => s.Heading != null);
        articles[1].Actors.SelectMany(a => a.Mentions).Select(m => m.Kind).Should().Contain([MentionKind.Pronoun, MentionKind.Acronym, MentionKind.Description]);
    }

    [Fact]
    public void Texts_LaterArticles_ReachTheRarerTimeAndQuoteRules()
    {
        // The third and fourth articles are there for what the first two miss; each rule left out is
        // compiled inside the timed batch on its first use.
        var options = new ReadOptions { Published = new NodaTime.LocalDate(2026, 11, 28) };
        var articles = PipelineWarmUp.Texts().Skip(2).Select(t => NewsPipeline.Default.Read(t, options)).ToList();
        var values = articles.SelectMany(a => a.Times).Select(t => t.Value).ToList();

        values.Should().Contain(v => v.EndsWith("-Q3", StringComparison.Ordinal), "a quarter")
            .And.Contain(v => v.EndsWith("-H1", StringComparison.Ordinal), "a half")
            .And.Contain(v => v.EndsWith("-SP", StringComparison.Ordinal), "a season")
            .And.Contain(v => v.EndsWith("-WE", StringComparison.Ordinal), "a weekend")
            .And.Contain("PT2H30M", "a duration with a half");
        articles.SelectMany(a => a.Quotes).Where(q => q.Kind == QuoteKind.Direct).Should().HaveCountGreaterThan(3);
    }

    [Fact]
    public void Texts_FifthArticle_ReachesTheRarerActorAndQuoteRules()
    {
        // Each of these was compiled inside the timed batch of 840 news articles before the fifth
        // article was added: a known person named by the surname alone, a scare-quoted phrase whose
        // speaker is found in a later quote, a role with no gender given by the name, many mentions.
        var article = NewsPipeline.Default.Read(PipelineWarmUp.Texts()[4], new ReadOptions { Published = new NodaTime.LocalDate(2026, 11, 28) });

        article.Actors.Should().Contain(a => a.Name == "Jacinda Ardern" && a.Mentions.Count == 1 && a.Mentions[0].Text == "Ardern");
        var partial = article.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Partial).Subject;
        partial.Speaker.Should().NotBeNull();
        article.Quotes.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Speaker == partial.Speaker && q.Text.Contains(partial.Text, StringComparison.Ordinal));
        article.Actors.Should().Contain(a => a.Mentions.Count > 16);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    [InlineData("brat")]
    public void Run_AnyWrittenFormat_WritesSomething(string format)
        => PipelineWarmUp.Run(NewsPipeline.Default, Enum.Parse<OutputFormat>(format, ignoreCase: true)).Should().BePositive();

    [Fact]
    public void RunOnReader_ReadsAndWritesWhatRunDoesInEachOfItsTwoPasses()
        => (PipelineWarmUp.RunOnReader(NewsPipeline.Default, OutputFormat.Json) * 2).Should().Be(PipelineWarmUp.Run(NewsPipeline.Default, OutputFormat.Json)).And.BePositive();

    [Fact]
    public void Run_TimeMLOrSummary_ReadsWithoutWriting()
    {
        var length = PipelineWarmUp.Inputs().Sum(t => NewsPipeline.Default.Read(t).Text.Length);
        PipelineWarmUp.Run(NewsPipeline.Default, OutputFormat.TimeML).Should().Be(2 * length, "the articles are read twice");
        PipelineWarmUp.Run(NewsPipeline.Default, null).Should().Be(2 * length);
    }
}
