using NewsModel.Model;

namespace NewsModel.Tests.Model;

public class EquatableArrayTests
{
    [Fact]
    public void Equals_SameItemsInSameOrder_IsTrue()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ["x", "y"];
        a.Should().Equal(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrder_IsFalse()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ["y", "x"];
        (a == b).Should().BeFalse();
    }

    [Fact]
    public void Default_ActsAsEmpty()
    {
        EquatableArray<int> none = default;
        none.Count.Should().Be(0);
        none.Should().BeEmpty();
        (none == []).Should().BeTrue();
    }

    [Fact]
    public void RecordsHoldingLists_CompareByValue()
    {
        var a = new Actor(new ActorId("x"), "X", ActorKind.Person) { Roles = ["president"] };
        var b = new Actor(new ActorId("x"), "X", ActorKind.Person) { Roles = ["president"] };
        a.Should().Be(b);
    }

    [Fact]
    public void ToEquatableArray_OfAList_CopiesItsItemsOnce()
    {
        var items = new List<string> { "a", "b", "c" };

        var copy = items.ToEquatableArray();
        items[0] = "z";
        items.Add("d");

        copy.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void ToEquatableArray_OfAnEmptyList_IsEmptyAndEqualToAnEmptyArray()
    {
        var items = new List<string>();

        var copy = items.ToEquatableArray();
        items.Add("a");

        copy.Should().BeEmpty();
        copy.Equals(new EquatableArray<string>([])).Should().BeTrue();
        copy.Equals(default(EquatableArray<string>)).Should().BeTrue();
        var empty = new List<int>();
        _ = empty.ToEquatableArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = empty.ToEquatableArray();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "the one shared empty array serves");
    }

    [Fact]
    public void ToEquatableArray_OfALazySequence_KeepsItsOrder()
    {
        var copy = Enumerable.Range(1, 4).Select(i => i * i).ToEquatableArray();

        copy.Should().Equal(1, 4, 9, 16);
    }
}
