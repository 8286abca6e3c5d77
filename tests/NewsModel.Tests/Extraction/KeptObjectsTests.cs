using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

// The stages keep their finders and the pipeline its token caches from one read to the next:
// what is given back is reset and comes back, each object to one taker; an object that says it is
// not worth keeping is let go, and no more than a few are kept.
public class KeptObjectsTests
{
    [Fact]
    public void TryTake_NothingKept_IsFalse()
    {
        var kept = new KeptObjects<Finder>();

        kept.TryTake(out var item).Should().BeFalse();
        item.Should().BeNull();
    }

    [Fact]
    public void TryTake_AfterGive_GivesTheObjectOnce()
    {
        var kept = new KeptObjects<Finder>();
        var finder = new Finder();

        kept.Give(finder);

        kept.TryTake(out var item).Should().BeTrue();
        item.Should().BeSameAs(finder);
        kept.TryTake(out _).Should().BeFalse();
    }

    [Fact]
    public void Give_MoreThanTwoPerProcessor_KeepsTwoPerProcessor()
    {
        var kept = new KeptObjects<Finder>();
        for (var i = 0; i < (Environment.ProcessorCount * 2) + 5; i++)
        {
            kept.Give(new Finder());
        }

        var taken = 0;
        while (kept.TryTake(out _))
        {
            taken++;
        }

        taken.Should().Be(Environment.ProcessorCount * 2);
    }

    [Fact]
    public void Give_NotWorthKeeping_LetsItGo()
    {
        var kept = new KeptObjects<Finder>();

        kept.Give(new Finder { WorthKeeping = false });

        kept.TryTake(out _).Should().BeFalse();
    }

    [Fact]
    public void Take_NothingKept_MakesOneWithTheState()
    {
        var kept = new KeptObjects<Finder>();

        using var lease = kept.Take("made", static name => new Finder { Name = name });

        lease.Item.Name.Should().Be("made");
    }

    [Fact]
    public void Take_DisposingTheLease_ResetsTheObjectAndKeepsItForTheNextRead()
    {
        var kept = new KeptObjects<Finder>();
        Finder first;
        using (var lease = kept.Take(0, static _ => new Finder()))
        {
            first = lease.Item;
            first.Read = "an article";
        }

        first.Read.Should().BeNull();
        using var next = kept.Take(0, static _ => new Finder());
        next.Item.Should().BeSameAs(first);
    }

    [Fact]
    public void Take_AReadThatThrows_StillGivesTheObjectBackReset()
    {
        var kept = new KeptObjects<Finder>();
        Finder? used = null;
        var read = () =>
        {
            using var lease = kept.Take(0, static _ => new Finder());
            used = lease.Item;
            used.Read = "half";
            throw new OperationCanceledException();
        };

        read.Should().Throw<OperationCanceledException>();

        used!.Read.Should().BeNull();
        kept.TryTake(out var item).Should().BeTrue();
        item.Should().BeSameAs(used);
    }

    private sealed class Finder : IReusable
    {
        public string? Name { get; init; }

        public string? Read { get; set; }

        public bool WorthKeeping { get; init; } = true;

        public bool Reset()
        {
            this.Read = null;
            return this.WorthKeeping;
        }
    }
}
