using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Weekdays, months and days of the month, named (and capitalised) as a calendar names them.
/// Against Wednesday 2019-09-25: "Monday" 2019-09-23 in a past clause and 2019-09-30 in a future
/// one, "Friday night" 2019-09-20, "Sept. 3" 2019-09-03, "Aug. 7, 1998" 1998-08-07, "May 2018"
/// 2018-05, "July last year" 2018-07, "since January" 2019-01, "30 March 2019" 2019-03-30,
/// "Friday, Feb. 13" by its date. "April 24 and 25" is two days, the second 2019-04-25
/// (<see cref="TrySecondDay"/>).
/// </summary>
internal static class CalendarDates
{
    /// <summary>None: its constructions start with a capital or a digit.</summary>
    internal static readonly string[] StartWords = [];

    // "Friday", "Friday night", "Wednesday's ruling": a capitalised weekday, by the tense of its clause.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryWeekday(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.InRange(j) || !c.Token(j).Capitalized || !c.Lookup(TimeWordKind.Weekday, j, out var weekday))
        {
            return false;
        }

        var k = j + 1;

        // "Friday, Feb. 13": the date names the day.
        if (c.Is(k, ",") && TryMonth(in c, k + 1, out var dated) && dated.IsCalendar && dated.Value.Length >= 10)
        {
            core = dated;
            return true;
        }

        // "Wednesday's ruling", "Friday's close": news names a day by what already happened on it.
        var possessive = c.Is(k, "'") && c.Is(k + 1, "s");
        var value = Anchoring.WeekdayValue(in c, int.Parse(weekday, CultureInfo.InvariantCulture), possessive ? -1 : 0, j);
        return WithPartOfDay(in c, k, value, out core);
    }

    // The day, with the part of the day at token k if there is one ("Friday morning").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool WithPartOfDay(in TimeCursor c, int k, string dayValue, out CoreTime core)
    {
        if (c.Lookup(TimeWordKind.PartOfDay, k, out var part))
        {
            // "Friday night" runs past midnight and TimeBank dates it by the day alone.
            if (part == "NI")
            {
                core = new CoreTime(k + 1, TimeType.Date, dayValue, true);
                return true;
            }

            core = new CoreTime(k + 1, TimeType.Time, dayValue + "T" + part, true);
            return true;
        }

        core = new CoreTime(k, TimeType.Date, dayValue, true);
        return true;
    }

    // "Sept. 30", "May 2018", "July last year", "since January": a capitalised month, with a day or a year if given.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryMonth(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.InRange(j) || !c.Token(j).Capitalized || !c.Lookup(TimeWordKind.Month, j, out var monthText))
        {
            return false;
        }

        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var abbreviated = c.Word(j).Length <= 4 && c.Word(j) is not ("june" or "july" or "may");
        var k = j + 1;
        if (c.Is(k, "."))
        {
            k++;
        }
        else if (abbreviated && c.Word(j) is not "sept")
        {
            // "Jan" without its full stop is rarely a month in running text.
            if (!c.IsDayNumber(k))
            {
                return false;
            }
        }

        // "Sept. 30", "Aug. 7, 1998", "March 30th".
        if (c.IsDayNumber(k))
        {
            var day = c.DayNumber(k);
            var end = k + 1;
            int? year = null;
            if (c.Is(end, ",") && c.IsYear(end + 1))
            {
                year = c.IntValue(end + 1);
                end += 2;
            }
            else if (c.IsYear(end))
            {
                year = c.IntValue(end);
                end++;
            }

            core = new CoreTime(end, TimeType.Date, Anchoring.MonthDayValue(in c, month, day, year, j), true);
            return true;
        }

        // "May 2018", "July, 1997", "September of 1998".
        var yearAt = c.IsYear(k) ? k : c.Word(k) is "," or "of" && c.IsYear(k + 1) ? k + 1 : -1;
        if (yearAt >= 0)
        {
            core = new CoreTime(yearAt + 1, TimeType.Date, TimexValue.Month(c.IntValue(yearAt), month), true);
            return true;
        }

        // "July last year", "March next year".
        if (c.Word(k) is "last" or "this" or "next" && c.Is(k + 1, "year") && c.Anchor is { } a)
        {
            var year = a.Year + c.Word(k) switch { "last" => -1, "next" => 1, _ => 0 };
            core = new CoreTime(k + 2, TimeType.Date, TimexValue.Month(year, month), true);
            return true;
        }

        // A bare month: "May" and "March" are also verbs, so they need a temporal preposition.
        if (abbreviated && !c.Is(j + 1, "."))
        {
            return false;
        }

        if (c.Word(j) is "may" or "march" && j > 0 && c.Word(j - 1) is not ("in" or "since" or "by" or "until" or "of" or "early" or "late" or "mid" or "-" or "from" or "through" or "to" or "before" or "after" or "during" or "last" or "next" or "this" or "and"))
        {
            return false;
        }

        core = new CoreTime(abbreviated ? j + 2 : j + 1, TimeType.Date, Anchoring.MonthValue(in c, month, 0, j), true);
        return true;
    }

    // "30 March", "7 August 2019".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryDayMonth(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.IsDayNumber(j))
        {
            return false;
        }

        var k = j + 1;
        if (c.Is(k, "of"))
        {
            k++;
        }

        if (!c.InRange(k) || !c.Token(k).Capitalized || !c.Lookup(TimeWordKind.Month, k, out var monthText))
        {
            return false;
        }

        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var end = k + 1;
        if (c.Is(end, "."))
        {
            end++;
        }

        int? year = null;
        if (c.IsYear(end))
        {
            year = c.IntValue(end);
            end++;
        }

        core = new CoreTime(end, TimeType.Date, Anchoring.MonthDayValue(in c, month, c.DayNumber(j), year, j), true);
        return true;
    }

    // "April 24 and 25", "March 3-5": the second day after a day just found, in its month.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TrySecondDay(in TimeCursor c, FoundTime first, out FoundTime second)
    {
        second = default;
        var k = first.EndToken;
        if (first.Type != TimeType.Date || !TimexValue.TryParseDay(first.Value, out var day) || first.Value.Length != 10
            || !c.IsDayNumber(first.EndToken - 1) || c.Word(k) is not ("and" or "or" or "-" or "to" or "through") || !c.IsDayNumber(k + 1))
        {
            return false;
        }

        // "Jan. 5 and 6 percent", "May 3 and 4 people", "March 3 and 5:30": the number is not a day.
        var next = c.InRange(k + 2) ? c.Token(k + 2) : default;
        if (next.Kind is TimeTokenKind.Word or TimeTokenKind.Number && !c.IsYear(k + 2) && c.Word(k + 2) is not ("in" or "at" or "on" or "and" or "to" or "for" or "when" or "that" or "with" or "from"))
        {
            return false;
        }

        if (c.Word(k + 2) is "%" or ":" or "." && c.InRange(k + 3) && c.Token(k + 3).Kind == TimeTokenKind.Number)
        {
            return false;
        }

        var dayOfMonth = c.DayNumber(k + 1);
        if (dayOfMonth <= day.Day || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(day.Year, day.Month))
        {
            return false;
        }

        var end = k + 2;
        var year = day.Year;
        if (c.Is(end, ",") && c.IsYear(end + 1))
        {
            end += 2;
        }

        second = new FoundTime(k + 1, end, TimeType.Date, TimexValue.Day(new LocalDate(year, day.Month, dayOfMonth)), null);
        return true;
    }
}
