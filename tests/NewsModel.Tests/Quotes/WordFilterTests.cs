using FsCheck;
using FsCheck.Xunit;

using NewsModel.Quotes;

namespace NewsModel.Tests.Quotes;

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
}
