using NewsModel.Tagging;

namespace NewsModel.Tests.Tagging;

public class PerceptronTrainerTests
{
    [Fact]
    public void Train_SameDataTwice_SameModelBytes()
    {
        var first = ModelFile.Write(TinyTagger.Train(folds: 3));
        var second = ModelFile.Write(TinyTagger.Train(folds: 3));

        second.Should().Equal(first);
    }

    [Fact]
    public void Train_TinyFixture_TagsItsTrainingSentencesRight()
    {
        var model = TinyTagger.Model;
        var tagged = TinyTagger.TagAll(model);
        var gold = TinyTagger.Aligned;

        for (var s = 0; s < gold.Count; s++)
        {
            tagged[s].Should().Equal(gold[s].Tags, gold[s].Text);
        }
    }

    [Fact]
    public void Train_TinyFixture_TagsAreTheFixturesSorted()
    {
        var expected = TinyTagger.Aligned.SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal);

        TinyTagger.Model.Tags.Should().Equal(expected);
        TinyTagger.Model.Kind.Should().Be(TaggerModelKind.PartOfSpeech);
    }

    [Fact]
    public void Tag_CachedAndUncachedWords_SameTags()
    {
        // The cache adds up the same weights the features would: no word cached, every word
        // cached and some cached must tag alike.
        var none = TinyTagger.TagAll(TinyTagger.Train(cachedWords: 0));
        var all = TinyTagger.TagAll(TinyTagger.Train(cachedWords: 10_000));

        all.Should().BeEquivalentTo(none, o => o.WithStrictOrdering());
        TinyTagger.TagAll(TinyTagger.Model).Should().BeEquivalentTo(none, o => o.WithStrictOrdering());
    }
}
