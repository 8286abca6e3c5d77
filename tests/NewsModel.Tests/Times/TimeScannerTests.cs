using System.Buffers;

using NewsModel.Model;
using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class TimeScannerTests
{
    // The words the constructions start with: the lists the construction classes declare must
    // add up to exactly these, so that a construction never goes untried for want of its word.
    private static readonly string[] KnownStartWords =
    [
        "the", "early", "late", "mid", "earlier", "later", "about", "around", "nearly", "almost", "roughly",
        "approximately", "some", "within", "over", "under", "more", "less", "fewer", "at", "up", "no",
        "'", "that", "this", "last", "next", "current", "past", "previous", "coming", "following",
        "fiscal", "noon", "midday", "midnight", "a", "an", "couple", "year", "every", "each", "per",
        "days", "weeks", "months", "years", "decades",
    ];

    [Fact]
    public void StartWords_GatheredFromTheConstructions_AreTheListedOnes()
    {
        TimeScanner.StartWords.Should().OnlyHaveUniqueItems();
        TimeScanner.StartWords.Should().BeEquivalentTo(KnownStartWords);
    }

    [Fact]
    public void StartWords_Every_IsNumberedByTheLexicon()
    {
        foreach (var word in TimeScanner.StartWords)
        {
            TimeLexicon.Default.IndexOf(word).Should().BeGreaterThanOrEqualTo(0, $"'{word}' starts a construction");
        }
    }

    [Theory]
    [InlineData("Profits fell in the third quarter.", "the third quarter", "2019-Q3")]
    [InlineData("Profits fell over the weekend.", "the weekend", "2019-W38-WE")]
    [InlineData("The vote is next Tuesday.", "next Tuesday", "2019-10-01")]
    [InlineData("Prices rose two years ago.", "two years ago", "2017")]
    [InlineData("The strike lasted three weeks.", "three weeks", "P3W")]
    public void TryCore_FirstConstructionThatMatches_Wins(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        TimeScanner.TryCore(in f.Cursor, ref f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("He read the book.", "the")]
    [InlineData("He read the book.", "read")]
    public void TryCore_NoConstruction_DoesNotMatch(string text, string words)
    {
        var f = ConstructionFixture.Of(text);

        TimeScanner.TryCore(in f.Cursor, ref f.Story, f.At(words), out _).Should().BeFalse();
    }

    [Fact]
    public void Scan_DatesFound_AreRememberedForTheStory()
    {
        var pairs = Scan("They met April 24 and 25. At 10 p.m. they left, and later that year they returned.");

        pairs.Should().Equal(
            ("April 24", "2019-04-24", null),
            ("25", "2019-04-25", null),
            ("10 p.m.", "2019-04-25T22:00", null),
            ("later that year", "2019", TimeMod.End));
    }

    [Fact]
    public void Scan_TwoArticles_ShareNothing()
    {
        Scan("He was arrested on Aug. 7, 2018.");

        Scan("He was tired that day.").Should().BeEmpty();
    }

    private static (string Text, string Value, TimeMod? Mod)[] Scan(string text)
    {
        var f = ConstructionFixture.Of(text);
        var tokens = new TimeToken[text.Length + 16];
        var lower = new char[text.Length + 16];
        var count = TimeTokenizer.Tokenize(text, TimeLexicon.Default, lower, ref tokens);

        // Pooled, as the tagger's: the scanner returns it to the pool when it needs a larger one.
        var found = ArrayPool<FoundTime>.Shared.Rent(1);
        try
        {
            var n = new TimeScanner(tokens, count, lower, ConstructionFixture.Published, TimeLexicon.Default, TimeOptions.Default).Scan(ref found);
            return found.Take(n)
                .Select(t => (text[f.Cursor.Token(t.StartToken).Start..f.Cursor.Token(t.EndToken - 1).End], t.Value, t.Mod))
                .ToArray();
        }
        finally
        {
            ArrayPool<FoundTime>.Shared.Return(found, clearArray: true);
        }
    }
}
