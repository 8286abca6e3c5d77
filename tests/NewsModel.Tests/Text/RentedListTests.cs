using NewsModel.Text;

namespace NewsModel.Tests.Text;

// The working list the stages fill from rented arrays: it must hold what was added, in order,
// however far it grows, and forget it when cleared.
public class RentedListTests
{
    [Fact]
    public void Add_PastTheFirstArray_KeepsEveryItemInOrder()
    {
        using var list = new RentedList<int>();

        for (var i = 0; i < 1000; i++)
        {
            list.Add(i);
        }

        list.Count.Should().Be(1000);
        list.AsSpan().ToArray().Should().Equal(Enumerable.Range(0, 1000));
        list[^1].Should().Be(999);
    }

    [Fact]
    public void Insert_InTheMiddle_MovesTheRestOn()
    {
        using var list = new RentedList<string>();
        list.Add("a");
        list.Add("c");

        list.Insert(1, "b");

        list.AsSpan().ToArray().Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Clear_ThenAdd_HoldsOnlyTheNewItems()
    {
        using var list = new RentedList<string>();
        list.Add("old");
        list.Add("older");

        list.Clear();
        list.Add("new");

        list.Count.Should().Be(1);
        list.AsSpan().ToArray().Should().Equal("new");
    }

    [Fact]
    public void Indexer_PastTheCount_Throws()
    {
        using var list = new RentedList<int>();
        list.Add(1);
        list.Clear();

        var read = () => list[0];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }
}
