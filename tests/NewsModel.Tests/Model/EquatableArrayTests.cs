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
}
