using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Model;

namespace NewsModel.Tests.Layout;

public class SentenceStageTests
{
    [Fact]
    public void Process_ArticleWithLayout_SplitsHeadlineStandfirstCaptionAndParagraphsInOrder()
    {
        const string text = "Talks begin\n\nA summary line for the talks.\n\nAt the table\nLeaders sit down. Talks start [Reuters]\n\nTalks began. They ended late.\n\nMore text.";

        var article = NewsPipeline.Default.Read(text);

        article.Sentences.Select(s => s.Span.Slice(text)).Should().Equal(
            "Talks begin",
            "A summary line for the talks.",
            "Leaders sit down.",
            "Talks start",
            "Talks began.",
            "They ended late.",
            "More text.");
    }

    [Fact]
    public void Process_OverlappingSpans_SplitsEachTextOnce()
    {
        const string text = "One. Two.";
        var article = new Article(new ArticleId("a"), text)
        {
            Headline = new TextSegment(text, new TextSpan(0, 9)),
            Sections = [new Section(null, [new Paragraph(new TextSpan(5, 4))])],
        };

        var result = new SentenceStage().Process(article, new ExtractionContext(ReadOptions.Default));

        result.Sentences.Select(s => s.Span.Slice(text)).Should().Equal("One.", "Two.");
    }
}
