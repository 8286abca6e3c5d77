using NewsModel.Model;
using NewsModel.Times;

using NodaTime;

namespace NewsModel.Tests.Times;

internal static class TimeTestHelper
{
    public static TimeExpression Single(string text, LocalDate? published)
    {
        var times = TimeTagger.Tag(text, published);
        times.Should().ContainSingle($"'{text}' holds one temporal expression");
        return times[0];
    }

    public static (string Text, string Value)[] Pairs(string text, LocalDate? published)
        => TimeTagger.Tag(text, published).Select(t => (t.Text, t.Value)).ToArray();
}
