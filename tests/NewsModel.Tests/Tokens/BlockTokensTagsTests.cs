using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tokens;

/// <summary>Part-of-speech tags are made sentence by sentence, on first need, as if the whole block were tagged at once.</summary>
public sealed class BlockTokensTagsTests
{
    private const string Text = "The talks failed. Officials said the state would appeal. Nobody knew why.";

    private static readonly TextSpan Block = new(0, Text.Length);

    private static BlockTokens Tagged()
    {
        var tokens = new BlockTokens();
        var first = Text.IndexOf("Officials", StringComparison.Ordinal);
        var third = Text.IndexOf("Nobody", StringComparison.Ordinal);
        EquatableArray<Sentence> sentences = [new(TextSpan.FromBounds(0, first - 1)), new(TextSpan.FromBounds(first, third - 1)), new(TextSpan.FromBounds(third, Text.Length))];
        tokens.UseTagger(Text, PartOfSpeechTagger.Default, sentences);
        return tokens;
    }

    private static int IndexOf(BlockTokens tokens, string word) => tokens.Of(Text, Block).FindIndex(t => t.In(Text).SequenceEqual(word));

    [Fact]
    public void TagsOf_OneWord_TagsOnlyItsSentence()
    {
        var tokens = Tagged();
        var said = IndexOf(tokens, "said");

        var tags = tokens.TagsOf(Text, Block, said, said + 1).ToArray();

        var officials = IndexOf(tokens, "Officials");
        var nobody = IndexOf(tokens, "Nobody");
        tags[..officials].Should().OnlyContain(t => t == BlockTokens.NotTagged);
        tags[officials..nobody].Should().NotContain(BlockTokens.NotTagged);
        tags[nobody..].Should().OnlyContain(t => t == BlockTokens.NotTagged);
        PartOfSpeechTagger.Default.Model.Tags[tags[said]].Should().Be("VBD");
    }

    [Fact]
    public void TagsOf_SentencesAskedInAnyOrder_SameAsTaggingEachSentenceAlone()
    {
        var piecemeal = Tagged();
        var tokens = piecemeal.Of(Text, Block);
        piecemeal.TagsOf(Text, Block, tokens.Count - 1, tokens.Count);
        piecemeal.TagsOf(Text, Block, 0, 1);

        // The tagger over each sentence's tokens, as the model was trained.
        var expected = new byte[tokens.Count];
        var starts = new[] { 0, IndexOf(piecemeal, "Officials"), IndexOf(piecemeal, "Nobody"), tokens.Count };
        for (var s = 0; s < 3; s++)
        {
            PartOfSpeechTagger.Default.Tag(Text, tokens.ToArray().AsSpan(starts[s], starts[s + 1] - starts[s]), expected.AsSpan(starts[s], starts[s + 1] - starts[s]));
        }

        piecemeal.TagsOf(Text, Block).ToArray().Should().Equal(expected);
        expected.Should().NotContain(BlockTokens.NotTagged);
    }

    [Fact]
    public void MayBe_WordTheTaggerOnlySawAsVerb_IsNeverNoun()
    {
        var tokens = Tagged();

        tokens.MayBe("said", tokens.Masks.Nouns).Should().BeFalse();
        tokens.MayBe("appeal", tokens.Masks.Nouns).Should().BeTrue();
        tokens.MayBe("Zqxvbly", tokens.Masks.Nouns).Should().BeTrue("a word the tagger never saw may be anything");
    }

    [Fact]
    public void TagsOf_NoPartOfSpeechStage_IsEmpty()
    {
        var tokens = new BlockTokens();

        tokens.TagsOf(Text, Block).IsEmpty.Should().BeTrue();
        tokens.MayBe("said", ulong.MaxValue).Should().BeTrue();
    }
}
