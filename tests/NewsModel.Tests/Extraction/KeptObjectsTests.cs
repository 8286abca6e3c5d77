using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

// The stages keep their finders and the pipeline its token caches from one read to the next:
// what is kept comes back, each object to one taker, and no more than a few are kept.
public class KeptObjectsTests
{
    [Fact]
    public void TryTake_NothingKept_IsFalse()
    {
        var kept = new KeptObjects<object>();

        kept.TryTake(out var item).Should().BeFalse();
        item.Should().BeNull();
    }

    [Fact]
    public void TryTake_AfterKeep_GivesTheObjectOnce()
    {
        var kept = new KeptObjects<object>();
        var finder = new object();

        kept.Keep(finder);

        kept.TryTake(out var item).Should().BeTrue();
        item.Should().BeSameAs(finder);
        kept.TryTake(out _).Should().BeFalse();
    }

    [Fact]
    public void Keep_MoreThanTwoPerProcessor_KeepsTwoPerProcessor()
    {
        var kept = new KeptObjects<object>();
        for (var i = 0; i < (Environment.ProcessorCount * 2) + 5; i++)
        {
            kept.Keep(new object());
        }

        var taken = 0;
        while (kept.TryTake(out _))
        {
            taken++;
        }

        taken.Should().Be(Environment.ProcessorCount * 2);
    }
}
