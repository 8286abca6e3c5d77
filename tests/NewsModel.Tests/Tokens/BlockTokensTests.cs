using FsCheck.Xunit;

using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tokens;

public class BlockTokensTests
{
    // Pieces where the tokenizer looks around a character: abbreviations and initials, clitics,
    // straight and curly quotes, decimals, hyphens, ellipses and dashes.
    private static readonly string[] Pieces =
    [
        "said", "Mr.", "U.S.", "a.m.", "J.", "F.", "Kennedy", "Maduro’s", "O’Brien", "don't", "it's", "3.5", "100,000",
        "well-known", "x", "\"", "'", "“", "”", "‘", "’", "...", "--", "-", ".", ",", "(", ")", "Sen.", "e.g.", "''", "``",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "\n", "  "];

    [Property(MaxTest = 500)]
    public bool CopyOf_AnyPartOfATokenizedBlock_SameTokensAsTokenizingThePartAlone(int seed)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)] + Separators[random.Next(Separators.Length)]));
        var blockStart = random.Next(0, Math.Min(3, text.Length));
        var block = TextSpan.FromBounds(blockStart, text.Length - random.Next(0, Math.Min(2, text.Length - blockStart)));
        var partStart = random.Next(block.Start, block.End + 1);
        var part = TextSpan.FromBounds(partStart, random.Next(partStart, block.End + 1));
        var cache = new BlockTokens();
        cache.Of(text, block);

        var copied = new List<Token>();
        cache.CopyOf(text, part, copied);

        var alone = new List<Token>();
        Tokenizer.Tokenize(text, part, static w => AbbreviationLexicon.Default.Contains(w), alone);
        return copied.SequenceEqual(alone);
    }

    [Fact]
    public void Of_SameBlockTwice_TokenizesOnceAndGivesTheSameList()
    {
        const string text = "Mr. Hale said on Tuesday. The U.S. agreed.";
        var cache = new BlockTokens();

        var first = cache.Of(text, new TextSpan(0, text.Length));

        cache.Of(text, new TextSpan(0, text.Length)).Should().BeSameAs(first);
        first.Select(t => t.In(text).ToString()).Should().StartWith(["Mr.", "Hale", "said"]).And.Contain("U.S.");
    }

    [Fact]
    public void Of_AnotherText_ForgetsTheFirstTextsBlocks()
    {
        var cache = new BlockTokens();
        cache.Of("one two", new TextSpan(0, 7));

        var tokens = cache.Of("three four", new TextSpan(0, 7));

        tokens.Select(t => t.In("three four").ToString()).Should().Equal("three", "f");
    }

    [Fact]
    public void Clear_AfterARead_ReusesTheListsEmptied()
    {
        const string text = "A long first block of words.";
        var cache = new BlockTokens();
        var list = cache.Of(text, new TextSpan(0, text.Length));

        cache.Clear();
        var next = cache.Of("Other words", new TextSpan(0, 11));

        next.Should().BeSameAs(list);
        next.Should().HaveCount(2);
    }

    [Fact]
    public void Clear_ListsOfSeveralSizes_EachBlockOfTheNextReadTakesTheSmallestThatHoldsIt()
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", 200));
        var cache = new BlockTokens();
        var small = cache.Of(longText, new TextSpan(0, 4));
        var large = cache.Of(longText, new TextSpan(5, longText.Length - 5));
        var largeCapacity = large.Capacity;

        cache.Clear();
        var nextSmall = cache.Of(longText, new TextSpan(0, 4));
        var nextLarge = cache.Of(longText, new TextSpan(5, longText.Length - 5));

        nextLarge.Should().BeSameAs(large);
        nextLarge.Capacity.Should().Be(largeCapacity, "the list that held the long block is not grown again");
        nextSmall.Should().BeSameAs(small);
    }
}

public class BlockTokensPipelineTests
{
    [Fact]
    public void Read_StageReplacesTheText_LaterStagesTokenizeTheNewText()
    {
        // The read's token cache belongs to one text: a stage that hands on another text must not
        // leave the quote and event stages reading the first text's tokens.
        // Of the same length, so that the blocks have the same spans and only the text tells them apart.
        const string second = "\"We will go on,\" Priya Natarajan said on Tuesday. The union signed a deal with the port.";
        var first = new string('a', second.Length);
        var pipeline = new NewsPipelineBuilder().UseLayout().UseSentences().UseActors().Use(new ReplaceText(second)).UseQuotes().UseEvents().Build();

        var article = pipeline.Read(first);

        var alone = new NewsPipelineBuilder().UseLayout().UseSentences().UseQuotes().UseEvents().Build().Read(second);
        article.Text.Should().Be(second);
        article.Quotes.Select(q => q.Text).Should().Equal(alone.Quotes.Select(q => q.Text)).And.NotBeEmpty();
        article.Events.Select(e => e.Span).Should().Equal(alone.Events.Select(e => e.Span));
    }

    private sealed class ReplaceText(string text) : NewsModel.Extraction.IArticleStage
    {
        // The new text with its own layout and sentences, as the stages before it would give.
        public Article Process(Article article, NewsModel.Extraction.ExtractionContext context)
            => new NewsModel.Layout.SentenceStage().Process(new NewsModel.Layout.LayoutStage().Process(new Article(article.Id, text) { Published = article.Published }, context), context);
    }
}
