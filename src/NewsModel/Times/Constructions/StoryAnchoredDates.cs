using System.Runtime.CompilerServices;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Dates counted from the story's latest date rather than from publication (TimeML's temporal
/// functions anchored to the story, kept in <see cref="StoryDates"/>). After "June 2018": "that
/// year" 2018, "later that year" 2018 (mod END). After "Oct. 23, 2017": "that day" 2017-10-23,
/// "that morning" 2017-10-23TMO. After "Aug. 7, 2018": "the next day" 2018-08-08, "the
/// following month" 2018-09, "the day before" 2018-08-06. "The day before last Tuesday's
/// hearing" counts from the day that follows. With nothing named before, "that day" is no
/// expression at all.
/// </summary>
internal static class StoryAnchoredDates
{
    /// <summary>Starts with "that"; "the next day" and "the day before" come through <see cref="TheConstructions"/>.</summary>
    internal static readonly string[] StartWords = ["that"];

    // "that day", "that same year", "later that month", "that morning": the day, month or year the
    // story last named. With nothing named before, the expression has no value and is left out.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryThat(in TimeCursor c, in StoryDates story, int j, out CoreTime core)
    {
        core = default;
        if (!c.Is(j, "that"))
        {
            return false;
        }

        var k = c.Is(j + 1, "same") ? j + 2 : j + 1;
        var w = c.Word(k);
        var value = w switch
        {
            "day" => story.LastDay,
            "week" => TimexValue.TryParseDay(story.LastDay, out var day) ? TimexValue.Week(day) : null,
            "month" => story.LastMonth is { } m ? TimexValue.Month(m.Year, m.Month) : null,
            "year" => story.LastYear is { } y ? TimexValue.Year(y) : null,
            _ => null,
        };
        if (value is not null)
        {
            core = new CoreTime(k + 1, TimeType.Date, value, true);
            return true;
        }

        if (story.LastDay is { } last && c.Lookup(TimeWordKind.PartOfDay, k, out _))
        {
            return CalendarDates.WithPartOfDay(in c, k, last, out core);
        }

        return false;
    }

    // "the next day", "the following morning", "the previous year": one unit from the story's
    // latest day, month or year (from publication when the story has named none).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryStoryStep(in TimeCursor c, in StoryDates story, int k, int step, bool longerUnits, out CoreTime core)
    {
        core = default;
        var w = c.Word(k);
        if (c.Is(k + 1, "-") || c.Is(k + 1, "'"))
        {
            return false;
        }

        LocalDate? fromDay = TimexValue.TryParseDay(story.LastDay, out var last) ? last : c.Anchor;
        if (w is "day" || c.Lookup(TimeWordKind.PartOfDay, k, out _))
        {
            if (fromDay is not { } d)
            {
                return false;
            }

            return CalendarDates.WithPartOfDay(in c, w is "day" ? k + 1 : k, TimexValue.Day(d.PlusDays(step)), out core);
        }

        if (!longerUnits)
        {
            return false;
        }

        (int Year, int Month)? fromMonth = story.LastMonth ?? (c.Anchor is { } a ? (a.Year, a.Month) : null);
        var fromYear = story.LastYear ?? c.Anchor?.Year;
        string? value = null;
        switch (w)
        {
            case "week" when fromDay is { } d:
                value = TimexValue.Week(d.PlusWeeks(step));
                break;
            case "month" when fromMonth is { } m:
                var month = new LocalDate(m.Year, m.Month, 1).PlusMonths(step);
                value = TimexValue.Month(month.Year, month.Month);
                break;
            case "year" when fromYear is { } y:
                value = TimexValue.Year(y + step);
                break;
        }

        if (value is null)
        {
            return false;
        }

        core = new CoreTime(k + 1, TimeType.Date, value, true);
        return true;
    }

    // "the day before last Tuesday's hearing", "the day after Christmas": a day from the date
    // that follows; "the day before" alone counts from the story's latest day.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryDayBeforeAfter(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        core = default;
        var step = c.Is(j + 1, "before") ? -1 : 1;
        var k = j + 2;
        if (c.InRange(k) && c.Token(k).Kind is TimeTokenKind.Word or TimeTokenKind.Number)
        {
            if (TimeScanner.TryCore(in c, ref story, k, out var dated) && dated.IsCalendar && TimexValue.TryParseDay(dated.Value, out var named))
            {
                core = new CoreTime(dated.End, TimeType.Date, TimexValue.Day(named.PlusDays(step)), true);
                return true;
            }

            // "the day after his death": the event's day is not written.
            return false;
        }

        if (!TimexValue.TryParseDay(story.LastDay, out var last))
        {
            return false;
        }

        core = new CoreTime(j + 2, TimeType.Date, TimexValue.Day(last.PlusDays(step)), true);
        return true;
    }
}
