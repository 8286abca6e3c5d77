using System.Reflection;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Quotes;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// What one read of an article knows: the questions the units ask it about the block's tokens,
/// the spans the quotes found take, and that a read ended keeps nothing of its article (the finder
/// is kept from one read to the next).
/// </summary>
public sealed class QuoteReadTests
{
    private const string Echo = "Talks with the “opposition forces” were called off.";
    private const string Open = "“We will not sign this. And we will go on";
    private const string Colon = "Priya Natarajan, the union's leader, stated:";

    [Fact]
    public void End_AfterARead_LeavesNothingOfTheArticle()
    {
        using var kit = QuoteUnitKit.Of(Echo, Open, Colon, "“We will not talk with the opposition forces,” the minister said.");
        kit.Continuations.Unclaimed(kit.Read.Regions[0], 0, 0);
        kit.Enter(Open);
        kit.Read.Add(kit.Continuations.Unclaimed(kit.Read.Regions[0], 1, 0)!.Value, 1);
        kit.Continuations.KeepOpenQuote();
        kit.Enter(Colon);
        kit.Attribute("stated");
        kit.Read.Deferred.Should().NotBeEmpty();
        kit.Read.OpenQuote.Should().Be(0);
        kit.Read.PendingColon.Should().NotBeNull();
        kit.Read.LastSubject.Should().NotBeNull();

        kit.Read.End();

        HoldsNothing(kit.Read, new QuoteRead());
    }

    [Fact]
    public void Find_AfterAnArticleEndingInAnOpenQuoteAndAColon_GivesWhatAFreshFinderGives()
    {
        var before = QuoteTestKit.Read(Open, Colon);
        var after = QuoteTestKit.Read("“The offer is fair,” the minister said on Tuesday.", "“We are ready”, a spokesman for the union told reporters.");
        using var reused = NewFinder();
        using var fresh = NewFinder();

        Quotes(reused, before).Should().NotBeEmpty();
        var again = Quotes(reused, after);

        again.Should().NotBeEmpty();
        again.Should().Equal(Quotes(fresh, after));
    }

    [Fact]
    public void TryTake_SpanOverlappingOneTaken_IsRefused()
    {
        using var kit = QuoteUnitKit.Of("The mayor said the budget was balanced.");

        kit.Read.TryTake(new TextSpan(10, 5)).Should().BeTrue();
        kit.Read.TryTake(new TextSpan(0, 5)).Should().BeTrue();
        kit.Read.TryTake(new TextSpan(12, 10)).Should().BeFalse();
        kit.Read.TryTake(new TextSpan(15, 2)).Should().BeTrue();
    }

    [Fact]
    public void Is_WordOfTheClass_IsTrueAndFalseOutsideTheBlock()
    {
        using var kit = QuoteUnitKit.Of("The mayor said the budget was balanced.");

        kit.Read.Is(kit.IndexOf("The"), WordClass.Determiner).Should().BeTrue();
        kit.Read.Is(kit.IndexOf("mayor"), WordClass.Determiner).Should().BeFalse();
        kit.Read.Is(-1, WordClass.Determiner).Should().BeFalse();
        kit.Read.Is(kit.Read.Tokens.Count, WordClass.Determiner).Should().BeFalse();
    }

    [Fact]
    public void IsClauseBreak_CommaOrDash_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("“We will win,” she said – and left.");

        kit.Read.IsClauseBreak(kit.IndexOf(",")).Should().BeTrue();
        kit.Read.IsClauseBreak(kit.IndexOf("–")).Should().BeTrue();
        kit.Read.IsClauseBreak(kit.IndexOf("and")).Should().BeFalse();
        kit.Read.IsSentenceEnd(kit.Read.Tokens.Count - 1).Should().BeTrue();
    }

    [Fact]
    public void QuoteClosesBefore_AttributionAfterAClosingMark_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("“We will win,” she said – and left.");

        kit.Read.QuoteClosesBefore(kit.IndexOf("she")).Should().BeTrue();
        kit.Read.QuoteClosesBefore(kit.IndexOf("said")).Should().BeFalse();
    }

    [Fact]
    public void InTime_TokenOfATimeExpression_IsTrue()
    {
        using var kit = QuoteUnitKit.Of("Clinton on Friday said that the economy was improving.");

        kit.Read.InTime(kit.IndexOf("Friday")).Should().BeTrue();
        kit.Read.InTime(kit.IndexOf("Clinton")).Should().BeFalse();
    }

    private static QuoteFinder NewFinder() => new(LexiconSet.Default.ReportingVerbs, new CueStarts(LexiconSet.Default.ReportingVerbs));

    private static List<string> Quotes(QuoteFinder finder, Article article)
    {
        using var speakers = new SpeakerResolver(article);
        var blockTokens = new BlockTokens();
        blockTokens.UseTagger(article.Text, PartOfSpeechTagger.Default, article.Sentences);
        finder.Begin(article, speakers, blockTokens);
        var quotes = new List<string>();
        foreach (var quote in finder.Find().AsSpan())
        {
            var parts = quote.Parts.IsDefault ? string.Empty : string.Join(" | ", quote.Parts);
            quotes.Add($"{quote.Kind} {quote.Span} {quote.Speaker} {quote.SpeakerMention} {quote.Cue} {parts}");
        }

        finder.Reset().Should().BeTrue();
        return quotes;
    }

    // Every field of a read that ended is as a new read's, and every list is empty: a field the
    // read's Clear forgot would carry an article into the next read.
    private static void HoldsNothing(object ended, object fresh)
    {
        foreach (var field in ended.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
        {
            var value = field.GetValue(ended);
            var initial = field.GetValue(fresh);
            if (ReferenceEquals(value, initial))
            {
                continue;
            }

            switch (value)
            {
                case Array array:
                    array.Length.Should().Be(0, field.Name);
                    break;
                case System.Collections.ICollection collection:
                    collection.Count.Should().Be(0, field.Name);
                    break;
                case not null when value.GetType().GetProperty("Count") is { } count && !field.FieldType.IsValueType:
                    count.GetValue(value).Should().Be(0, field.Name);
                    break;
                case not null when field.FieldType.IsValueType && field.FieldType.DeclaringType == ended.GetType():
                    HoldsNothing(value, initial!);
                    break;
                default:
                    value.Should().Be(initial, field.Name);
                    break;
            }
        }
    }
}
