using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Tests.Extraction;

// The built-in stages set their results on the article a read alone holds rather than copy it at
// each stage: an article that a stage of the user's saw or made must never change after it.
public class ArticleOwnershipTests
{
    private const string Text = """
        Talks resume in Lima

        Priya Natarajan said on Tuesday that "we will go on". The union met the ministry.
        """;

    [Fact]
    public void Read_UserStageKeepsTheArticleItWasGiven_KeptArticleIsNotChangedByLaterStages()
    {
        var keeper = new KeepingStage();
        var pipeline = new NewsPipelineBuilder().UseLayout().UseSentences().Use(keeper).UseActors().UseTimes().UseQuotes().UseEvents().Build();

        var article = pipeline.Read(Text);

        article.Actors.Should().NotBeEmpty();
        article.Quotes.Should().NotBeEmpty();
        keeper.Kept.Should().HaveCount(1);
        keeper.Kept[0].Should().NotBeSameAs(article);
        keeper.Kept[0].Sentences.Should().NotBeEmpty("the layout and sentences ran before the user's stage");
        keeper.Kept[0].Actors.Should().BeEmpty();
        keeper.Kept[0].Quotes.Should().BeEmpty();
        keeper.Kept[0].Events.Should().BeEmpty();
    }

    [Fact]
    public void Read_UserStageKeepsTheActorsBeforeCoreference_KeptActorsAreNotChangedByIt()
    {
        // The coreference stage links "I" in the quote to its speaker. The article the user's stage
        // kept shares its actors array with the copies later stages make: that array must not change.
        const string Quoted = "Talks end\n\nThe coach Hernan Gomez said: \"I think my players learned a lot today.\"\n";
        var keeper = new KeepingStage();
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.InsertAfter<NewsModel.Actors.ActorStage>(keeper);

        var article = builder.Build().Read(Quoted);

        var gomez = article.Actors.Single(a => a.Name == "Hernan Gomez");
        gomez.Mentions.Select(m => m.Text).Should().Contain("I");
        keeper.Kept.Should().ContainSingle().Which.Actors.Single(a => a.Name == "Hernan Gomez").Mentions.Select(m => m.Text).Should().NotContain("I");
    }

    [Fact]
    public void Read_UserStageFirst_ArticleItWasGivenKeepsNoLayout()
    {
        var keeper = new KeepingStage();
        var pipeline = new NewsPipelineBuilder().Use(keeper).UseDefaults().Build();

        var article = pipeline.Read(Text);

        article.Headline.Should().NotBeNull();
        keeper.Kept[0].Headline.Should().BeNull();
        keeper.Kept[0].Sentences.Should().BeEmpty();
    }

    [Fact]
    public void Read_WithAndWithoutAUserStage_GivesEqualArticles()
    {
        var plain = NewsPipeline.Default.Read(Text);
        var withStage = new NewsPipelineBuilder().UseLayout().UseSentences().Use(new KeepingStage()).UseActors().UseTimes().UseQuotes().UseEvents().Build().Read(Text);

        withStage.Should().Be(plain);
    }

    [Fact]
    public void Process_BuiltInStageCalledWithAContextOfTheUsers_ReturnsACopy()
    {
        // Outside a pipeline's read nothing says who else holds the article: the stage copies it.
        var article = new Article(new ArticleId("a"), Text);

        var laidOut = new NewsModel.Layout.LayoutStage().Process(article, new ExtractionContext(ReadOptions.Default));

        laidOut.Should().NotBeSameAs(article);
        laidOut.Headline.Should().NotBeNull();
        article.Headline.Should().BeNull();
    }

    private sealed class KeepingStage : IArticleStage
    {
        public List<Article> Kept { get; } = [];

        public Article Process(Article article, ExtractionContext context)
        {
            this.Kept.Add(article);
            return article;
        }
    }
}
