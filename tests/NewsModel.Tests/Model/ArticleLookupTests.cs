using NewsModel.Model;
using NewsModel.Tests.Export;

namespace NewsModel.Tests.Model;

public class ArticleLookupTests
{
    private static Article Article => ExportSamples.Article;

    [Fact]
    public void FindActor_IdAsString_ReturnsTheActor()
    {
        var putin = Article.FindActor("vladimir-putin");

        putin.Should().NotBeNull();
        putin!.Name.Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Find_IdOfEveryItem_ReturnsThatItem()
    {
        Article.Actors.Should().NotBeEmpty();
        Article.Quotes.Should().NotBeEmpty();
        Article.Times.Should().NotBeEmpty();
        Article.Events.Should().NotBeEmpty();

        Article.Actors.Should().OnlyContain(a => ReferenceEquals(Article.FindActor(a.Id), a));
        Article.Quotes.Should().OnlyContain(q => ReferenceEquals(Article.FindQuote(q.Id), q));
        Article.Times.Should().OnlyContain(t => ReferenceEquals(Article.FindTime(t.Id), t));
        Article.Events.Should().OnlyContain(e => ReferenceEquals(Article.FindEvent(e.Id), e));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Article.FindActor("no-such-actor").Should().BeNull();
        Article.FindQuote("q999").Should().BeNull();
        Article.FindTime("t999").Should().BeNull();
        Article.FindEvent("e999").Should().BeNull();
    }

    [Fact]
    public void Find_NullOrDefaultId_ReturnsNull()
    {
        Article.FindActor(null).Should().BeNull();
        Article.FindActor(default(ActorId)).Should().BeNull();
        Article.FindQuote(null).Should().BeNull();
        Article.FindTime(default(TimeId)).Should().BeNull();
        Article.FindEvent(null).Should().BeNull();
    }

    [Fact]
    public void FindActor_TwoActorsWithTheSameId_ReturnsTheFirst()
    {
        var first = new Actor(new ActorId("twin"), "First", ActorKind.Person);
        var article = new Article(new ArticleId("a"), "x") { Actors = [first, new Actor(new ActorId("twin"), "Second", ActorKind.Person)] };

        article.FindActor("twin").Should().BeSameAs(first);
    }

    [Fact]
    public void Find_ArticleWithoutLists_ReturnsNull()
    {
        var empty = new Article(new ArticleId("a"), string.Empty);

        empty.FindActor("a").Should().BeNull();
        empty.FindQuote("q1").Should().BeNull();
        empty.FindTime("t1").Should().BeNull();
        empty.FindEvent("e1").Should().BeNull();
    }

    [Fact]
    public void SpeakerOf_AttributedQuote_ReturnsTheSpeaker()
    {
        var quote = Article.Quotes.First(q => q.Speaker is not null);

        Article.SpeakerOf(quote).Should().BeSameAs(Article.FindActor(quote.Speaker));
        Article.SpeakerOf(quote)!.Id.Should().Be(quote.Speaker!.Value);
    }

    [Fact]
    public void SpeakerOf_QuoteWithoutOrWithUnknownSpeaker_ReturnsNull()
    {
        var quote = Article.Quotes[0];

        Article.SpeakerOf(quote with { Speaker = null }).Should().BeNull();
        Article.SpeakerOf(quote with { Speaker = new ActorId("no-such-actor") }).Should().BeNull();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(25, 1)]
    [InlineData(40, 2)]
    public void SentenceAt_OffsetInOrBetweenSentences_IsTheLastSentenceStartingByIt(int offset, int sentence)
    {
        var article = new Article(new ArticleId("a"), new string('x', 50))
        {
            Sentences = [new Sentence(new TextSpan(0, 8)), new Sentence(new TextSpan(10, 20)), new Sentence(new TextSpan(35, 15))],
        };

        article.SentenceAt(offset).Should().Be(sentence);
    }

    [Fact]
    public void SentenceAt_NoSentences_IsMinusOne()
        => new Article(new ArticleId("a"), "text").SentenceAt(2).Should().Be(-1);
}
