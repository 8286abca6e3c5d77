namespace NewsModel.Tests.Quotes;

// The quote and event stages keep their finders and readers from one read to the next: nothing of
// an article may carry over into the next one read with the same pipeline.
public class QuoteFinderReuseTests
{
    // Ends with a quote left open, then an attribution and a colon with nothing after it: state a
    // finder carries from block to block within an article.
    private const string Before = """
        Union threatens strike

        "We will not sign this. And we will go on

        Priya Natarajan, the union's leader, stated:
        """;

    // Opens with a quote, which a finder still holding the colon or the open quote would take as
    // the last article's.
    private const string After = """
        "The offer is fair," the minister said on Tuesday. She added that talks would resume.

        "We are ready", a spokesman for the union told reporters.
        """;

    [Fact]
    public void Read_AfterAnArticleEndingInAColonAndAnOpenQuote_GivesWhatAFreshPipelineGives()
    {
        var pipeline = new NewsPipelineBuilder().UseDefaults().Build();
        var fresh = new NewsPipelineBuilder().UseDefaults().Build().Read(After);

        pipeline.Read(Before);
        var reused = pipeline.Read(After);

        reused.Quotes.Should().NotBeEmpty();
        reused.Quotes.Should().Equal(fresh.Quotes);
        reused.Events.Should().Equal(fresh.Events);
        reused.Should().Be(fresh);
    }

    [Fact]
    public void Read_ManyArticlesInTurn_EachGivesWhatAFreshPipelineGives()
    {
        var pipeline = new NewsPipelineBuilder().UseDefaults().Build();
        string[] texts = [Before, After, After + "\n\nShe said: \"No.\"", Before, "Hello.", After];

        foreach (var text in texts)
        {
            pipeline.Read(text).Should().Be(new NewsPipelineBuilder().UseDefaults().Build().Read(text));
        }
    }
}
