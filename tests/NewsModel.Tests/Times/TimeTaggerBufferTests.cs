using NewsModel.Times;

using NodaTime;

namespace NewsModel.Tests.Times;

// The tagger works in pooled buffers sized from the text: these texts outgrow them or reuse them.
public sealed class TimeTaggerBufferTests
{
    private static readonly LocalDate Published = new(2019, 9, 25);

    [Fact]
    public void Tag_TextOfMoreTokensThanFirstRented_FindsTheExpressionAtTheEnd()
    {
        // One token per character: four times what the tokenizer first rents room for.
        var text = new string('!', 4000) + " He was re-elected in May 2018.";

        var times = TimeTagger.Tag(text, Published);

        times.Should().ContainSingle();
        times[0].Text.Should().Be("May 2018");
        times[0].Span.Start.Should().Be(text.IndexOf("May 2018", StringComparison.Ordinal));
        times[0].Value.Should().Be("2018-05");
    }

    [Fact]
    public void Tag_MoreExpressionsThanFirstRented_FindsEveryOneInOrder()
    {
        var text = string.Concat(Enumerable.Repeat("They met on Monday. ", 100));

        var times = TimeTagger.Tag(text, Published);

        times.Should().HaveCount(100);
        for (var i = 0; i < times.Length; i++)
        {
            times[i].Id.Value.Should().Be($"t{i + 1}");
            times[i].Text.Should().Be("Monday");
            times[i].Value.Should().Be("2019-09-23");
        }
    }

    [Fact]
    public void Tag_AfterALongerText_GivesTheSameExpressionsAsAlone()
    {
        const string Text = "The vote is next Wednesday, two days after Thanksgiving.";
        var alone = TimeTagger.Tag(Text, Published).Select(t => (t.Text, t.Value)).ToArray();
        TimeTagger.Tag(string.Concat(Enumerable.Repeat("In the fourth quarter of 1998 sales grew for three years. ", 200)), Published);

        var after = TimeTagger.Tag(Text, Published).Select(t => (t.Text, t.Value)).ToArray();

        alone.Should().NotBeEmpty();
        after.Should().Equal(alone);
    }
}
