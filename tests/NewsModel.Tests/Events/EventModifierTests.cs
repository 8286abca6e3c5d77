using NewsModel.Model;

namespace NewsModel.Tests.Events;

/// <summary>A trigger word used as a modifier of a noun ("pledged delegates") names no event; the same word as a verb does.</summary>
public sealed class EventModifierTests
{
    private static Article Read(string paragraph)
        => NewsPipeline.Default.Read("Test headline about the convention\n\n" + paragraph + "\n", new ReadOptions { Published = new NodaTime.LocalDate(2016, 5, 3) });

    private static IEnumerable<string> Triggers(Article article) => article.Events.Select(e => article.Slice(e.Trigger.Span));

    [Theory]
    [InlineData("The pledged delegates met in Philadelphia on Tuesday.", "pledged")]
    [InlineData("Officials said the elected officials would meet on Tuesday.", "elected")]
    public void Read_TriggerBeforeNounAfterDeterminer_IsNoEvent(string text, string word)
        => Triggers(Read(text)).Should().NotContain(word);

    [Theory]
    [InlineData("The governor pledged support for the plan on Tuesday.", "pledged")]
    [InlineData("The senator has criticized rivals for weeks.", "criticized")]
    public void Read_TriggerAsVerbBeforeNoun_IsEvent(string text, string word)
        => Triggers(Read(text)).Should().Contain(word);
}
