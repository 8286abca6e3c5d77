using NewsModel.Extraction;
using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Pipeline;

public class ReadOptionsTests
{
    private const string FrontMatterText = "---\nurl: https://example.org/front-matter\npublished: 2019-09-24\n---\nTalks begin\n\nTalks began today.\n";

    public static TheoryData<bool> UserStageFirst => [false, true];

    [Fact]
    public void PublishedDate_Set_SetsPublished()
    {
        var options = new ReadOptions { PublishedDate = new DateOnly(2019, 9, 25) };

        options.Published.Should().Be(new LocalDate(2019, 9, 25));
        options.Should().Be(new ReadOptions { Published = new LocalDate(2019, 9, 25) });
    }

    [Fact]
    public void PublishedDate_PublishedSet_ReadsTheSameDate()
    {
        new ReadOptions { Published = new LocalDate(2019, 9, 25) }.PublishedDate.Should().Be(new DateOnly(2019, 9, 25));
        ReadOptions.Default.PublishedDate.Should().BeNull();
    }

    [Fact]
    public void PublishedDate_SetToNullAfterPublished_ClearsPublished()
    {
        var options = new ReadOptions { Published = new LocalDate(2019, 9, 25), PublishedDate = null };

        options.Published.Should().BeNull();
    }

    [Fact]
    public void Read_PublishedDate_ArticleHasTheDateBothWays()
    {
        var article = NewsPipeline.Default.Read(FrontMatterText, new ReadOptions { PublishedDate = new DateOnly(2019, 9, 25) });

        article.Published.Should().Be(new LocalDate(2019, 9, 25));
        article.PublishedDate.Should().Be(new DateOnly(2019, 9, 25));
        article.Should().Be(NewsPipeline.Default.Read(FrontMatterText, new ReadOptions { Published = new LocalDate(2019, 9, 25) }));
    }

    [Fact]
    public void PublishedDate_ArticleWithoutDate_IsNull()
    {
        new Article(new ArticleId("a"), "x").PublishedDate.Should().BeNull();
        (new Article(new ArticleId("a"), "x") with { Published = new LocalDate(2020, 2, 29) }).PublishedDate.Should().Be(new DateOnly(2020, 2, 29));
    }

    [Theory]
    [MemberData(nameof(UserStageFirst))]
    public void Read_UrlInOptions_WinsOverFrontMatter(bool userStageFirst)
    {
        var article = Pipeline(userStageFirst).Read(FrontMatterText, new ReadOptions { Url = "https://example.org/caller" });

        article.Url.Should().Be("https://example.org/caller");
        article.Published.Should().Be(new LocalDate(2019, 9, 24), "front matter still gives what the caller left unset");
    }

    [Theory]
    [MemberData(nameof(UserStageFirst))]
    public void Read_NoUrlInOptions_TakesFrontMatters(bool userStageFirst)
    {
        Pipeline(userStageFirst).Read(FrontMatterText).Url.Should().Be("https://example.org/front-matter");
    }

    [Fact]
    public void Read_UrlInOptionsWithoutFrontMatter_IsTheArticlesUrl()
    {
        NewsPipeline.Default.Read("Talks begin\n", new ReadOptions { Url = "https://example.org/caller" }).Url.Should().Be("https://example.org/caller");
    }

    // A stage of the user's before the layout makes the layout stage copy the article rather than
    // set its results in place: both ways must keep the caller's URL.
    private static NewsPipeline Pipeline(bool userStageFirst) =>
        userStageFirst ? new NewsPipelineBuilder().Use(new PassingStage()).UseDefaults().Build() : NewsPipeline.Default;

    private sealed class PassingStage : IArticleStage
    {
        public Article Process(Article article, ExtractionContext context) => article;
    }
}
