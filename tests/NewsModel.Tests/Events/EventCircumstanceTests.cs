using NewsModel.Model;

namespace NewsModel.Tests.Events;

public class EventCircumstanceTests
{
    [Fact]
    public void Read_CityAfterIn_IsPlace()
    {
        var article = EventTestKit.Read("France and Germany held talks in Berlin on Monday.");

        article.PlaceName(article.EventAt("held talks")).Should().Be("Berlin");
    }

    [Fact]
    public void Read_TimeInClause_IsEventTime()
    {
        var article = EventTestKit.Read("France and Germany held talks in Berlin on Monday.");

        article.TimeValue(article.EventAt("held talks")).Should().Be("2021-03-08");
    }

    [Fact]
    public void Read_WhenClause_TakesTheTimeBeforeIt()
    {
        var article = EventTestKit.Read("The crisis began in January, when Germany accused Poland of fraud.");

        article.TimeValue(article.EventAt("accused")).Should().Be("2021-01");
    }

    [Fact]
    public void Read_SentenceWithoutTime_GoesOnAtThePreviousDay()
    {
        var article = EventTestKit.Read("France and Germany held talks in Berlin on Monday.", "Germany also criticised Poland.");

        article.TimeValue(article.EventAt("criticised")).Should().Be("2021-03-08");
    }

    [Fact]
    public void Read_NoTimeAnywhere_LeavesTimeEmpty()
    {
        var article = EventTestKit.Read("Germany criticised Poland.");

        article.EventAt("criticised").Time.Should().BeNull();
    }

    [Theory]
    [InlineData("Canada has agreed to restructure debt of $3bn.", 3_000_000_000, "USD", "$3bn")]
    [InlineData("Canada has pledged €2 million in aid.", 2_000_000, "EUR", "€2 million")]
    [InlineData("Canada has pledged 3 billion dollars to Haiti.", 3_000_000_000, "USD", "3 billion dollars")]
    public void Read_MoneyInClause_IsAmountWithValueAndCurrency(string sentence, decimal value, string currency, string text)
    {
        var article = EventTestKit.Read(sentence);

        var amount = article.Events.Select(e => e.Amount).First(a => a is not null)!;
        amount.Value.Should().Be(value);
        amount.Currency.Should().Be(currency);
        amount.Text.Should().Be(text);
        article.Slice(amount.Span).Should().Be(text);
    }

    [Theory]
    [InlineData("The two ministers were scheduled to hold talks.", "hold talks", Modality.Planned)]
    [InlineData("Germany will visit Poland.", "visit", Modality.Planned)]
    [InlineData("No major deals are expected.", "deals", Modality.NotExpected)]
    [InlineData("A deal is expected soon.", "deal", Modality.Expected)]
    [InlineData("Germany did not criticise Poland.", "criticise", Modality.Negated)]
    [InlineData("Germany would reject any offer.", "reject", Modality.Hypothetical)]
    [InlineData("Germany criticised Poland.", "criticised", Modality.Asserted)]
    public void Read_ModalWords_GiveModality(string sentence, string trigger, Modality modality)
    {
        var article = EventTestKit.Read(sentence);

        article.EventAt(trigger).Modality.Should().Be(modality);
    }
}
