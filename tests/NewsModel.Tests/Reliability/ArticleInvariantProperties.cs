using FsCheck.Xunit;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Reliability;

/// <summary>What every model the pipeline returns promises, whatever the text: evidence that points at the text, and references that resolve.</summary>
[Properties(Arbitrary = [typeof(ArticleTexts)], MaxTest = 150)]
public class ArticleInvariantProperties
{
    private static readonly ReadOptions Options = new() { Published = new LocalDate(2019, 9, 25) };

    [Property]
    public void Parse_AnyText_EverySpanLiesInTheTextAndMatchesItsText(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);

        article.Text.Should().Be(input.Text);
        foreach (var (what, span, text) in ModelChecks.Spans(article))
        {
            span.Start.Should().BeGreaterThanOrEqualTo(0, what);
            span.Length.Should().BeGreaterThanOrEqualTo(0, what);
            span.End.Should().BeLessThanOrEqualTo(article.Text.Length, what);
            if (text is not null)
            {
                article.Slice(span).Should().Be(text, what);
            }
        }
    }

    [Property]
    public void Parse_AnyText_AnActorsMentionsNeverOverlap(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);

        foreach (var actor in article.Actors)
        {
            var spans = actor.Mentions.Select(m => m.Span).Order().ToList();
            for (var i = 1; i < spans.Count; i++)
            {
                spans[i].Start.Should().BeGreaterThanOrEqualTo(spans[i - 1].End, $"the mentions of {actor.Id} at {spans[i - 1]} and {spans[i]} overlap");
            }
        }
    }

    [Property]
    public void Parse_AnyText_EveryReferenceNamesAnExistingActorOrTime(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);
        var actors = article.Actors.Select(a => a.Id).ToHashSet();
        var times = article.Times.Select(t => t.Id).ToHashSet();

        foreach (var (what, actor) in ModelChecks.ActorReferences(article))
        {
            actors.Should().Contain(actor, what);
        }

        foreach (var e in article.Events.Where(e => e.Time is not null))
        {
            times.Should().Contain(e.Time!.Value, $"the time of {e.Id}");
        }
    }

    [Property]
    public void Parse_AnyText_IdsAreUnique(ArticleText input)
    {
        var article = NewsPipeline.Default.Read(input.Text, Options);

        article.Actors.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        article.Quotes.Select(q => q.Id).Should().OnlyHaveUniqueItems();
        article.Times.Select(t => t.Id).Should().OnlyHaveUniqueItems();
        article.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }
}
