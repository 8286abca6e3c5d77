using NewsModel.Model;

namespace NewsModel.Tests.Model;

public class TextSpanTests
{
    [Fact]
    public void Slice_SpanInText_ReturnsCoveredText()
    {
        new TextSpan(4, 5).Slice("the quick fox").Should().Be("quick");
    }

    [Theory]
    [InlineData(0, 3, 3, true)]
    [InlineData(1, 3, 3, false)]
    [InlineData(-1, 1, 3, false)]
    public void FitsIn_VariousSpans_TellsWhetherInside(int start, int length, int textLength, bool expected)
    {
        new TextSpan(start, length).FitsIn(textLength).Should().Be(expected);
    }

    [Fact]
    public void Overlaps_AdjacentSpans_IsFalse()
    {
        new TextSpan(0, 3).Overlaps(new TextSpan(3, 2)).Should().BeFalse();
        new TextSpan(0, 4).Overlaps(new TextSpan(3, 2)).Should().BeTrue();
    }
}
