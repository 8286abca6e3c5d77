using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// "this", "last", "next" and their synonyms before a unit, a weekday, a month, a season or a
/// part of the day, counted from publication. Against Wednesday 2019-09-25: "this week"
/// 2019-W39, "last year" 2018, "next month" 2019-10, "this quarter" 2019-Q3, "last Friday"
/// 2019-09-20, "next Wednesday" 2019-10-02, "this morning" 2019-09-25TMO, "last night"
/// 2019-09-24TNI, "next March" 2020-03, "last summer" 2019-SU (a season begun counts as the
/// last); "last two years" is rather a duration (P2Y, see <see cref="Durations"/>).
/// </summary>
internal static class RelativeDates
{
    /// <summary>The words that say which way to count: the cases of <see cref="TryRelative"/>'s first switch.</summary>
    internal static readonly string[] StartWords = ["this", "current", "last", "past", "previous", "next", "coming", "following"];

    // "this week", "last Friday", "next March", "last night", "last two years": counted from publication.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryRelative(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        core = default;
        var w = c.Word(j);
        var step = w switch
        {
            "this" or "current" => 0,
            "last" or "past" or "previous" => -1,
            "next" or "coming" or "following" => 1,
            _ => int.MinValue,
        };
        if (step == int.MinValue)
        {
            return false;
        }

        var k = j + 1;
        var next = c.Word(k);

        // "last two years", "next three months": a duration, not a date.
        if (step != 0 && Counts.StartsDuration(in c, k))
        {
            return Durations.TryDuration(in c, in story, k, out core);
        }

        if (c.Lookup(TimeWordKind.PartOfDay, k, out var part) && w is "this" or "last")
        {
            // "this morning", "last night".
            var date = c.Anchor?.PlusDays(w is "last" ? -1 : 0);
            core = new CoreTime(k + 1, TimeType.Time, (date is { } d ? TimexValue.Day(d) : "XXXX-XX-XX") + "T" + part, true);
            return true;
        }

        if (c.Lookup(TimeWordKind.Unit, k, out var unit) && !next.EndsWith('s'))
        {
            var value = ShiftUnit(in c, ref story, unit, step);
            if (value is null)
            {
                return false;
            }

            core = new CoreTime(k + 1, TimeType.Date, value, true);
            return true;
        }

        if (c.Lookup(TimeWordKind.Weekday, k, out var weekday))
        {
            var dir = step switch { -1 => -2, 1 => 2, _ => 0 };
            var value = Anchoring.WeekdayValue(in c, int.Parse(weekday, CultureInfo.InvariantCulture), dir, j);
            return CalendarDates.WithPartOfDay(in c, k + 1, value, out core);
        }

        if (c.Lookup(TimeWordKind.Month, k, out var month) && c.Token(k).Capitalized && step != 0)
        {
            var m = int.Parse(month, CultureInfo.InvariantCulture);
            if (step < 0 && CalendarDates.TryMonth(in c, k, out var dated) && dated.Value.Length == 10)
            {
                // "last Oct. 23": the month-day resolver reads "last" as looking back.
                core = dated;
                return true;
            }

            core = new CoreTime(k + 1, TimeType.Date, Anchoring.MonthValue(in c, m, step < 0 ? -2 : 2, j), true);
            return true;
        }

        // "this September": the month of the publication year.
        if (step == 0 && w is "this" && c.Lookup(TimeWordKind.Month, k, out var thisMonth) && c.Token(k).Capitalized && c.Anchor is { } thisAnchor)
        {
            core = new CoreTime(k + 1, TimeType.Date, TimexValue.Month(thisAnchor.Year, int.Parse(thisMonth, CultureInfo.InvariantCulture)), true);
            return true;
        }

        if (c.Lookup(TimeWordKind.Season, k, out var season))
        {
            core = new CoreTime(k + 1, TimeType.Date, Anchoring.SeasonValue(in c, season, step, j), true);
            return true;
        }

        return false;
    }

    // The calendar unit around the anchor moved by step units: "last year" 2018, "this week" 2019-W39.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ShiftUnit(in TimeCursor c, ref StoryDates story, string unit, int step)
    {
        if (c.Anchor is not { } a)
        {
            return unit switch
            {
                "Y" => step == 0 ? "XXXX" : null,
                _ => null,
            } ?? unit switch
            {
                "D" or "W" or "M" or "Q" or "Y" or "WE" or "DE" or "CE" => step switch { 0 => "PRESENT_REF", < 0 => "PAST_REF", _ => "FUTURE_REF" },
                _ => null,
            };
        }

        switch (unit)
        {
            case "D":
                return TimexValue.Day(a.PlusDays(step));
            case "W":
                return TimexValue.Week(a.PlusWeeks(step));
            case "WE":
                return TimexValue.Week(a.PlusWeeks(step)) + "-WE";
            case "M":
                var month = a.PlusMonths(step);
                return TimexValue.Month(month.Year, month.Month);
            case "Q":
                var quarter = Anchoring.QuarterOf(a) + step;
                var year = a.Year + ((quarter - 1 + 400) / 4) - 100;
                var q = ((quarter - 1 + 400) % 4) + 1;
                story.RememberQuarter(year, q);
                return TimexValue.Quarter(year, q);
            case "Y":
                return TimexValue.Year(a.Year + step);
            case "DE":
                return ((a.Year / 10) + step).ToString("D3", CultureInfo.InvariantCulture);
            case "CE":
                return ((a.Year / 100) + step).ToString("D2", CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }
}
