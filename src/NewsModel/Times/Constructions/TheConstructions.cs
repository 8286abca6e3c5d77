using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// The constructions that follow "the" (the scanner tries them at the word after it). Against a
/// publication date of Wednesday 2019-09-25: "the weekend" 2019-W38-WE (the one just past),
/// "the year" 2019 ("for the year" P1Y), "the latest quarter" 2019-Q2 (the one last named, else
/// the last one completed), "the first half" 2019-H1, "the week of March 6" 2019-W10, "the
/// past" PAST_REF, "the near future" FUTURE_REF, "the past two months" P2M, "the past decade"
/// P10Y; "the next day" and "the following year" step from the story (see
/// <see cref="StoryAnchoredDates"/>).
/// </summary>
internal static class TheConstructions
{
    /// <summary>Starts with "the", which the scanner reads before calling <see cref="TryAfterThe"/>.</summary>
    internal static readonly string[] StartWords = ["the"];

    // The constructions at token j, the word after "the".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryAfterThe(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        core = default;
        var w = c.Word(j);
        switch (w)
        {
            case "past" or "future" when !Counts.StartsDuration(in c, j + 1) && !c.IsSingularUnit(j + 1):
                core = new CoreTime(j + 1, TimeType.Date, w is "past" ? "PAST_REF" : "FUTURE_REF", false);
                return true;
            case "near" or "distant" or "foreseeable" when c.Is(j + 1, "future"):
                core = new CoreTime(j + 2, TimeType.Date, "FUTURE_REF", false);
                return true;
            case "weekend":
                core = new CoreTime(j + 1, TimeType.Date, Anchoring.Weekend(in c), true);
                return true;
            case "year" when !c.Is(j + 1, "-") && !c.Is(j + 1, "'"):
                // "for the year" is the year's length (results "for the year"); "in the year" the year itself.
                core = c.Word(j - 2) is "for" or "over" or "throughout"
                    ? new CoreTime(j + 1, TimeType.Duration, "P1Y", false)
                    : new CoreTime(j + 1, TimeType.Date, c.Anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true);
                return true;
            case "full" or "whole" or "entire" when c.Is(j + 1, "year"):
                core = new CoreTime(j + 2, TimeType.Date, c.Anchor is { } b ? TimexValue.Year(b.Year) : "XXXX", true);
                return true;
            case "year" or "same" when c.Is(j + 1, "-") && c.Word(j + 2) is "earlier" or "ago" && c.Word(j + 3) is "period" or "quarter":
                core = new CoreTime(j + 4, TimeType.Date, Anchoring.YearBeforeReference(in c, in story), true);
                return true;
            case "latest" or "current" or "recent" or "most" or "previous" or "quarter" or "fiscal" or "same":
                return TryReferenceQuarter(in c, ref story, j, out core);
            case "first" or "second" when c.Is(j + 1, "half"):
                core = new CoreTime(j + 2, TimeType.Date, Anchoring.Half(in c, w is "first" ? 1 : 2, j), true);
                return true;
            case "day" when c.Word(j + 1) is "before" or "after":
                return StoryAnchoredDates.TryDayBeforeAfter(in c, ref story, j, out core);
            case "week" when c.Is(j + 1, "of") && TimeScanner.TryCore(in c, ref story, j + 2, out var ofDay) && ofDay.IsCalendar && TimexValue.TryParseDay(ofDay.Value, out var inWeek):
                // "the week of March 6".
                core = new CoreTime(ofDay.End, TimeType.Date, TimexValue.Week(inWeek), true);
                return true;
            case "past" or "last" or "next" or "coming" or "previous" or "first" or "latest" or "following":
                // "the next day", "the following year", "the previous month": one step from the
                // story's latest date. "The next year" in a clause about the future is rather a
                // duration (the coming twelve months), so it counts from the story only in the past.
                if (w is "next" or "following" or "previous" && StoryAnchoredDates.TryStoryStep(in c, in story, j + 1, w is "previous" ? -1 : 1, w is not "next" || TenseCues.TenseAt(in c, j) < 0, out core))
                {
                    return true;
                }

                // "the past two months", "the first nine months", "the last twenty four hours".
                if (Durations.TryDuration(in c, in story, j + 1, out core))
                {
                    return true;
                }

                // "the past decade", "the next year": one unit's length.
                if (w is not ("first" or "latest") && c.Lookup(TimeWordKind.Unit, j + 1, out var unit) && !c.Word(j + 1).EndsWith('s'))
                {
                    core = new CoreTime(j + 2, TimeType.Duration, Durations.DurationValue("1", unit), false);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    // "the latest quarter", "the quarter", "the same period", "the current fiscal quarter".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryReferenceQuarter(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        core = default;
        var k = j;
        if (c.Is(k, "most") && c.Is(k + 1, "recent"))
        {
            k += 2;
        }
        else if (c.Word(k) is "latest" or "current" or "recent" or "previous" or "same")
        {
            k++;
        }

        if (c.Is(k, "fiscal"))
        {
            k++;
        }

        if (c.Is(k, "quarter"))
        {
            core = new CoreTime(k + 1, TimeType.Date, Anchoring.ReferenceQuarter(in c, ref story), true);
            return true;
        }

        if (c.Is(k, "period") && c.Word(j) is "latest" or "same")
        {
            core = new CoreTime(k + 1, TimeType.Date, Anchoring.ReferenceQuarter(in c, ref story), true);
            return true;
        }

        return YearsAndQuarters.TryQuarter(in c, ref story, k, out core) && core.End > k;
    }
}
