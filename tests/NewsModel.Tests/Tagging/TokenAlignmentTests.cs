using NewsModel.Tokens;
using NewsModel.Training;

namespace NewsModel.Tests.Tagging;

public class TokenAlignmentTests
{
    [Fact]
    public void Align_HyphenatedWord_OneTokenWithTheLastWordsTag()
    {
        var aligned = Aligned("The long-term plan", ("The", "DT"), ("long", "JJ"), ("-", "HYPH"), ("term", "NN"), ("plan", "NN"), out var merged);

        Words(aligned).Should().Equal("The", "long-term", "plan");
        aligned.Tags.Should().Equal("DT", "NN", "NN");
        merged.Should().Be(1);
    }

    [Theory]
    [InlineData("don't", "do", "VBP", "n't")]
    [InlineData("can't", "ca", "MD", "n't")]
    [InlineData("I'm", "I", "PRP", "'m")]
    [InlineData("they’re", "they", "PRP", "’re")]
    [InlineData("cannot", "can", "MD", "not")]
    public void Align_TrailingClitic_FirstWordsTag(string word, string first, string firstTag, string clitic)
    {
        var aligned = Aligned(word + " go", (first, firstTag), (clitic, "RB"), ("go", "VB"), out _);

        Words(aligned).Should().Equal(word, "go");
        aligned.Tags[0].Should().Be(firstTag);
    }

    [Fact]
    public void Align_PossessiveS_SplitAsTheTreebankSplitsIt()
    {
        var aligned = Aligned("Maduro’s plan", ("Maduro", "NNP"), ("’s", "POS"), ("plan", "NN"), out var merged);

        Words(aligned).Should().Equal("Maduro", "’s", "plan");
        aligned.Tokens[1].Kind.Should().Be(TokenKind.Clitic);
        aligned.Tags.Should().Equal("NNP", "POS", "NN");
        merged.Should().Be(0);
    }

    [Fact]
    public void Align_RunOfPunctuationWeSplit_EachPieceTakesItsTag()
    {
        var aligned = Aligned("Stop !!", ("Stop", "VB"), ("!!", "."), out _);

        Words(aligned).Should().Equal("Stop", "!", "!");
        aligned.Tags.Should().Equal("VB", ".", ".");
    }

    [Fact]
    public void Align_WordWeSplit_DoesNotAlign()
    {
        var failure = TokenAlignment.Align(Sentence("at 7:30 today", ("at", "IN"), ("7:30", "CD"), ("today", "NN")), out var aligned, out _);

        failure.Should().Be(AlignmentFailure.TokenSplitsGoldToken);
        aligned.Should().BeNull();
    }

    [Fact]
    public void Align_FormNotInText_DoesNotAlign()
    {
        var failure = TokenAlignment.Align(Sentence("The plan", ("The", "DT"), ("scheme", "NN")), out _, out _);

        failure.Should().Be(AlignmentFailure.FormNotInText);
    }

    [Fact]
    public void Align_MultiwordTokenNotSpelledByItsWords_EachWordSpansItAll()
    {
        // "gonna" over "gon" and "na" spells it; a multiword token whose words differ from its
        // surface stands for all of them, and the merge rule picks the last word's tag.
        var sentence = new GoldSentence("s", "d", "I wanna go", [new("I", "PRP"), new("want", "VBP"), new("to", "TO"), new("go", "VB")], [new Multiword(1, 2, "wanna")]);

        TokenAlignment.Align(sentence, out var aligned, out var merged).Should().BeNull();

        Words(aligned!).Should().Equal("I", "wanna", "go");
        aligned!.Tags.Should().Equal("PRP", "TO", "VB");
        merged.Should().Be(1);
    }

    [Fact]
    public void Align_TinyFixture_EverySentenceAligns()
    {
        var merged = 0;
        foreach (var sentence in TinyTagger.Gold)
        {
            TokenAlignment.Align(sentence, out _, out var n).Should().BeNull(sentence.Text);
            merged += n;
        }

        // long-term, don't, well-known, They're, I'm ("’s" splits as the fixture does, "!!" into two).
        merged.Should().Be(5);
    }

    private static TaggedSentence Aligned(string text, (string Form, string Tag) a, (string Form, string Tag) b, out int merged) =>
        Aligned(text, [a, b], out merged);

    private static TaggedSentence Aligned(string text, (string Form, string Tag) a, (string Form, string Tag) b, (string Form, string Tag) c, out int merged) =>
        Aligned(text, [a, b, c], out merged);

    private static TaggedSentence Aligned(string text, (string Form, string Tag) a, (string Form, string Tag) b, (string Form, string Tag) c, (string Form, string Tag) d, (string Form, string Tag) e, out int merged) =>
        Aligned(text, [a, b, c, d, e], out merged);

    private static TaggedSentence Aligned(string text, (string Form, string Tag)[] words, out int merged)
    {
        TokenAlignment.Align(Sentence(text, words), out var aligned, out merged).Should().BeNull();
        return aligned!;
    }

    private static GoldSentence Sentence(string text, params (string Form, string Tag)[] words) =>
        new("s", "d", text, [.. words.Select(w => new GoldWord(w.Form, w.Tag))], []);

    private static string[] Words(TaggedSentence sentence) => [.. sentence.Tokens.Select(t => t.In(sentence.Text).ToString())];
}
