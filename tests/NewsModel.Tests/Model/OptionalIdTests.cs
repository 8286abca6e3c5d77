using NewsModel.Model;

namespace NewsModel.Tests.Model;

// A quote's speaker, an event's place and time, an actor's affiliation are kept in one reference
// each: to a user they must behave as the nullable ids they are.
public class OptionalIdTests
{
    private static readonly Event Event = new(new EventId("e1"), EventType.Consult, new TextSegment("met", new TextSpan(4, 3)), new TextSpan(0, 20));

    [Fact]
    public void Place_SetAndNotSet_ReadsBackAsGiven()
    {
        Event.Place.Should().BeNull();
        (Event with { Place = new ActorId("moscow") }).Place.Should().Be(new ActorId("moscow"));
        (Event with { Time = new TimeId("t2") }).Time.Should().Be(new TimeId("t2"));
        (Event with { Place = new ActorId("moscow") } with { Place = null }).Place.Should().BeNull();
    }

    [Fact]
    public void Equals_SameAndOtherIds_ComparesByValue()
    {
        var inMoscow = Event with { Place = new ActorId(string.Concat("mos", "cow")) };

        inMoscow.Should().Be(Event with { Place = new ActorId("moscow") });
        inMoscow.GetHashCode().Should().Be((Event with { Place = new ActorId("moscow") }).GetHashCode());
        inMoscow.Should().NotBe(Event with { Place = new ActorId("kyiv") });
        inMoscow.Should().NotBe(Event);
        inMoscow.Should().NotBe(inMoscow with { Time = new TimeId("moscow") });
    }

    [Fact]
    public void Place_DefaultId_IsPresentAndNotEqualToNone()
    {
        // A default id (its string null) is an id that is there, as with ActorId?.
        var withDefault = Event with { Place = default(ActorId) };

        withDefault.Place.Should().Be(default(ActorId));
        withDefault.Should().NotBe(Event);
        withDefault.Should().Be(Event with { Place = default(ActorId) });
    }

    [Fact]
    public void SpeakerAndAddressee_OfAQuote_ReadBackAndCompare()
    {
        var quote = new Quote(new QuoteId("q1"), QuoteKind.Direct, "We will go on", new TextSpan(1, 13));

        var attributed = quote with { Speaker = new ActorId("priya-natarajan"), Addressee = new ActorId("the-union") };

        attributed.Speaker.Should().Be(new ActorId("priya-natarajan"));
        attributed.Addressee.Should().Be(new ActorId("the-union"));
        quote.Speaker.Should().BeNull();
        attributed.Should().NotBe(quote);
        attributed.Should().NotBe(attributed with { Addressee = null });
        attributed.Should().Be(quote with { Speaker = new ActorId("priya-natarajan"), Addressee = new ActorId("the-union") });
    }

    [Fact]
    public void Affiliation_OfAnActor_ReadsBackAndCompares()
    {
        var actor = new Actor(new ActorId("dmitry-peskov"), "Dmitry Peskov", ActorKind.Person);

        var affiliated = actor with { Affiliation = new ActorId("kremlin") };

        affiliated.Affiliation.Should().Be(new ActorId("kremlin"));
        actor.Affiliation.Should().BeNull();
        affiliated.Should().NotBe(actor);
        affiliated.Should().Be(actor with { Affiliation = new ActorId("kremlin") });
    }
}
