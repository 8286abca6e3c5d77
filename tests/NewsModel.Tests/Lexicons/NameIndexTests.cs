using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class NameIndexTests
{
    private static NameIndex<int> Index()
    {
        var builder = NameIndex<int>.CreateBuilder(caseSensitiveNames: false);
        builder.TryAdd("according to", 1);
        builder.TryAdd("told reporters", 2);
        builder.TryAdd("said", 3);
        builder.TryAdd("told", 4);
        return builder.Build();
    }

    [Theory]
    [InlineData("According To", 1)]
    [InlineData("told reporters", 2)]
    [InlineData("TOLD", 4)]
    [InlineData("said", 3)]
    public void TryFind_KeyInAnyCase_FindsIt(string text, int expected)
    {
        Index().TryFind(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("said on")]
    [InlineData("told the")]
    [InlineData("according")]
    [InlineData("the government said")]
    [InlineData(" told reporters")]
    [InlineData("told  reporters")]
    public void TryFind_PhraseNoKeyEquals_FindsNothing(string text)
        => Index().TryFind(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("according", 1UL << 2)]
    [InlineData("TOLD", (1UL << 1) | (1UL << 2))]
    [InlineData("said", 1UL << 1)]
    [InlineData("reporters", 0UL)]
    public void WordCountsStartingWith_Word_HasABitPerKeyLength(string word, ulong expected)
        => Index().WordCountsStartingWith(word).Should().Be(expected);

    [Fact]
    public void TryFind_FirstWordRightButTooManyWords_FindsNothing()
        => Index().TryFind("told reporters today", out _).Should().BeFalse();
}
