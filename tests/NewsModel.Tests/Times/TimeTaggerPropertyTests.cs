using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using NewsModel.Times;

using NodaTime;

namespace NewsModel.Tests.Times;

public sealed class TimeTaggerPropertyTests
{
    private static readonly string[] Words =
    [
        "on", "Wednesday", "last", "year", "the", "summer", "since", "January", "May", "2018", "three", "weeks", "ago",
        "every", "early", "late", "mid", "-", "quarter", "third", "now", "said", "will", "Sept", ".", "30", ",", "1990s",
        "p.m.", "3", "about", "more", "than", "&", "\u2019", "\n\n", "fiscal", "Thanksgiving", "a", "day",
    ];

    [Property(MaxTest = 300)]
    public Property Tag_AnyWordSequence_GivesExactOrderedNonOverlappingSpans()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Words)).Select(ws => string.Join(' ', ws));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var times = TimeTagger.Tag(text, new LocalDate(2019, 9, 25));
            var end = 0;
            for (var i = 0; i < times.Length; i++)
            {
                var time = times[i];
                if (time.Text != text.Substring(time.Span.Start, time.Span.Length) || time.Span.Start < end || time.Id.Value != $"t{i + 1}")
                {
                    return false;
                }

                end = time.Span.End;
            }

            return true;
        });
    }
}
