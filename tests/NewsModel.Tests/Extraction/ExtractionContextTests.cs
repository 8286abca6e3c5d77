using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Tests.Extraction;

public class ExtractionContextTests
{
    [Fact]
    public void Get_NothingSet_IsNull()
    {
        var context = new ExtractionContext(ReadOptions.Default);

        context.Get<string>().Should().BeNull();
    }

    [Fact]
    public void Get_AfterSet_GivesTheValueOfThatType()
    {
        var context = new ExtractionContext(ReadOptions.Default);
        var list = new List<int> { 1 };

        context.Set("note");
        context.Set(list);
        context.Set("later note");

        context.Get<string>().Should().Be("later note");
        context.Get<List<int>>().Should().BeSameAs(list);
        context.Get<Uri>().Should().BeNull();
    }

    [Fact]
    public void Read_StageSetsAFeature_ALaterStageOfTheSameReadGetsIt()
    {
        // Features are how a user's stages hand facts to each other within one read.
        var seen = new List<string?>();
        var pipeline = new NewsPipelineBuilder()
            .Use(new SetStage())
            .Use(new GetStage(seen))
            .Build();

        pipeline.Read("One.");
        pipeline.Read("Two.");

        seen.Should().Equal("One.", "Two.");
    }

    private sealed class SetStage : IArticleStage
    {
        public Article Process(Article article, ExtractionContext context)
        {
            context.Set(article.Text);
            return article;
        }
    }

    private sealed class GetStage(List<string?> seen) : IArticleStage
    {
        public Article Process(Article article, ExtractionContext context)
        {
            seen.Add(context.Get<string>());
            return article;
        }
    }
}
