using FsCheck.Xunit;

using NewsModel.Actors;
using NewsModel.Lexicons;

namespace NewsModel.Tests.Actors;

public class ActorWordsTests
{
    private static readonly ActorWords Words = new(LexiconSet.Default, WordClasses.Default);

    [Fact]
    public void Of_EveryWordOfTheTables_SameAnswersAsEachTable()
    {
        var lexicons = LexiconSet.Default;
        var words = WordClasses.Default.All.Select(p => p.Key)
            .Concat(lexicons.Titles.FirstWordCounts().Select(p => p.Key))
            .Concat(lexicons.Organizations.FirstWordCounts().Select(p => p.Key))
            .Concat(lexicons.Countries.FirstWordCounts().Select(p => p.Key))
            .Concat(lexicons.Places.FirstWordCounts().Select(p => p.Key))
            .ToList();
        words.Should().HaveCountGreaterThan(1000);

        foreach (var word in words.Concat(words.Select(w => w.ToUpperInvariant())))
        {
            Words.Of(word).Should().Be(Expected(word), word);
        }
    }

    [Property(MaxTest = 300)]
    public bool Of_AnyWord_SameAnswersAsEachTable(string word) => word is null || Words.Of(word) == Expected(word);

    [Theory]
    [InlineData("he", true, false, false)]
    [InlineData("President", true, true, false)]
    [InlineData("United", false, false, true)]
    [InlineData("zzqx", false, false, false)]
    public void Of_SomeWords_AnswersWhatEachWordIs(string word, bool hasClass, bool startsTitle, bool startsPlace)
    {
        var facts = Words.Of(word);

        (facts.Class != WordClass.None).Should().Be(hasClass);
        (facts.Titles != 0).Should().Be(startsTitle);
        (facts.Entities != 0).Should().Be(startsPlace);
    }

    private static WordFacts Expected(string word)
    {
        var lexicons = LexiconSet.Default;
        return new WordFacts(
            WordClasses.Default.Of(word),
            lexicons.Titles.WordCountsStartingWith(word),
            lexicons.Organizations.WordCountsStartingWith(word) | lexicons.Countries.WordCountsStartingWith(word) | lexicons.Places.WordCountsStartingWith(word));
    }
}
