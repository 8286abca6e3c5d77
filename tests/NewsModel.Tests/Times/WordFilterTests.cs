using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using NewsModel.Times;

namespace NewsModel.Tests.Times;

public sealed class WordFilterTests
{
    [Property(MaxTest = 300)]
    public Property MayContain_AnyWordOfTheSet_True()
    {
        var sets = Gen.ArrayOf(ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get));
        return Prop.ForAll(sets.ToArbitrary(), words =>
        {
            var filter = new WordFilter(words);
            return words.All(w => filter.MayContain(w));
        });
    }

    [Fact]
    public void MayContain_EmptyWord_False()
    {
        new WordFilter(["may", "june"]).MayContain(string.Empty).Should().BeFalse();
    }

    [Fact]
    public void MayContain_WordOfAnotherLength_False()
    {
        // The filter keeps a bit per length for each start: "mayor" shares "may"'s start, not its length.
        new WordFilter(["may", "june"]).MayContain("mayor").Should().BeFalse();
    }
}
