using NewsModel.Model;

namespace NewsModel.Tests.Model;

// A string converts to every kind of id, so that a literal can stand for one.
public class IdConversionTests
{
    [Fact]
    public void ImplicitConversion_String_WrapsTheString()
    {
        ArticleId article = "seed";
        ActorId actor = "vladimir-putin";
        QuoteId quote = "q1";
        TimeId time = "t1";
        EventId e = "e1";

        article.Should().Be(new ArticleId("seed"));
        actor.Should().Be(new ActorId("vladimir-putin"));
        quote.Should().Be(new QuoteId("q1"));
        time.Should().Be(new TimeId("t1"));
        e.Should().Be(new EventId("e1"));
    }

    [Fact]
    public void ImplicitConversion_NullString_GivesEmptyId()
    {
        string? none = null;

        ArticleId article = none;
        ActorId actor = none;
        QuoteId quote = none;
        TimeId time = none;
        EventId e = none;

        article.Value.Should().BeEmpty();
        actor.Value.Should().BeEmpty();
        quote.Value.Should().BeEmpty();
        time.Value.Should().BeEmpty();
        e.Value.Should().BeEmpty();
    }

    [Fact]
    public void ImplicitConversion_CharacterSpan_CopiesIt()
    {
        ActorId actor = "vladimir-putin and more".AsSpan(0, 14);

        actor.Should().Be(new ActorId("vladimir-putin"));
    }

    [Fact]
    public void Conditional_IdOrNullLiteral_StaysANullableId()
    {
        // Were null to convert to an id, the conditional would be a default ActorId, never null.
        var found = DateTime.UtcNow.Year < 2000;

        ActorId? speaker = found ? new ActorId("vladimir-putin") : null;
        var quote = new Quote(new QuoteId("q1"), QuoteKind.Direct, "Yes", new TextSpan(0, 3)) { Speaker = found ? new ActorId("vladimir-putin") : null };

        speaker.Should().BeNull();
        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void Read_OptionsIdFromString_NamesTheArticle()
    {
        var article = NewsPipeline.Default.Read("Talks begin\n", new ReadOptions { Id = "talks" });

        article.Id.Should().Be(new ArticleId("talks"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Read_OptionsIdFromNullOrEmptyString_GivesTheDefaultId(string? id)
    {
        var article = NewsPipeline.Default.Read("Talks begin\n", new ReadOptions { Id = id });

        article.Id.Should().Be(new ArticleId("article"));
    }
}
