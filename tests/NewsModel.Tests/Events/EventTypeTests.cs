using NewsModel.Model;

namespace NewsModel.Tests.Events;

public class EventTypeTests
{
    [Theory]
    [InlineData("France and Germany held talks in Paris.", "held talks", EventType.Consult, "046")]
    [InlineData("Japan signed a new trade agreement with Canada.", "signed a new trade agreement", EventType.EngageInDiplomaticCooperation, "057")]
    [InlineData("Germany accused Poland of breaking the rules.", "accused", EventType.Disapprove, "112")]
    [InlineData("Canada rejected the offer from Mexico.", "rejected", EventType.Reject, "12")]
    [InlineData("Spain deployed troops to the border.", "deployed", EventType.ExhibitForcePosture, "15")]
    [InlineData("Italy called on Austria to reopen the pass.", "called on", EventType.Appeal, "02")]
    [InlineData("Greece criticised the decision by Turkey.", "criticised", EventType.Disapprove, "111")]
    public void Read_VerbTrigger_GivesCameoCode(string sentence, string trigger, EventType type, string cameo)
    {
        var article = EventTestKit.Read(sentence);

        var found = article.EventAt(trigger);
        found.Type.Should().Be(type);
        found.Cameo.Should().Be(cameo);
    }

    [Fact]
    public void Read_ReElectionNoun_IsElectionWithoutCameo()
    {
        var article = EventTestKit.Read("Critics say the re-election of the mayor was unfair.");

        var found = article.EventAt("re-election");
        found.Type.Should().Be(EventType.Election);
        found.Cameo.Should().BeNull();
    }

    [Fact]
    public void Read_DeclaredHimselfPresident_IsClaimOfOfficeAndStatement()
    {
        var article = EventTestKit.Read("In March, John Smith declared himself acting president.");

        article.Events.Where(e => e.Trigger.Text == "declared himself").Select(e => e.Type)
            .Should().BeEquivalentTo([EventType.ClaimOfOffice, EventType.MakeStatement]);
    }

    [Fact]
    public void Read_TriggerSpan_IsExactText()
    {
        var article = EventTestKit.Read("Japan signed a new trade agreement with Canada on Monday.");

        article.Events.Should().NotBeEmpty();
        foreach (var found in article.Events)
        {
            article.Slice(found.Trigger.Span).Should().Be(found.Trigger.Text);
            found.Span.Contains(found.Trigger.Span).Should().BeTrue();
        }
    }

    [Fact]
    public void Read_Events_AreNumberedInTextOrder()
    {
        var article = EventTestKit.Read("Canada rejected the plan. Later, Mexico accused Canada of delay.");

        article.Events.Select(e => e.Id.Value).Should().Equal(Enumerable.Range(1, article.Events.Count).Select(i => $"e{i}"));
        article.Events.Select(e => e.Trigger.Span.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Read_AttributedQuote_IsStatementBySpeaker()
    {
        var article = EventTestKit.Read("“We are ready,” John Smith said.");

        var found = article.EventAt("said");
        found.Type.Should().Be(EventType.MakeStatement);
        article.ParticipantNames(found).Should().Contain("John Smith");
    }

    [Fact]
    public void Read_TriggerInsideDirectQuote_IsNoEvent()
    {
        var article = EventTestKit.Read("“We rejected every offer,” John Smith said.");

        article.Events.Should().NotContain(e => e.Trigger.Text == "rejected");
    }
}
