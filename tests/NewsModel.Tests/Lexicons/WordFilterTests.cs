using FsCheck;
using FsCheck.Xunit;

using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class WordFilterTests
{
    // A word the filter turned away would never be looked up: it must let every key through,
    // in whatever case the text writes it.
    [Property]
    public bool MayHold_KeyInAnyCase_IsTrue(NonEmptyString key)
    {
        var filter = new WordFilter(["said", key.Get]);

        return filter.MayHold(key.Get) && filter.MayHold(key.Get.ToUpperInvariant()) && filter.MayHold(key.Get.ToLowerInvariant());
    }

    [Fact]
    public void MayHold_MostOtherWords_IsFalse()
    {
        var filter = new WordFilter(["said", "told", "according"]);
        string[] others = ["the", "government", "on", "Tuesday", "minister", "in", "a", "statement", "would", "be"];

        others.Count(word => filter.MayHold(word)).Should().BeLessThan(3);
    }

    [Property(MaxTest = 300)]
    public bool MayHold_EveryWordOfAnyKeySet_IsTrue(NonEmptyString[] keys)
    {
        var words = keys.Select(k => k.Get).ToArray();
        var filter = new WordFilter(words);

        return words.All(w => filter.MayHold(w));
    }

    [Fact]
    public void MayHold_WordOfAnotherLength_IsFalse()
        => new WordFilter(["may", "june"]).MayHold("mayor").Should().BeFalse();
}
