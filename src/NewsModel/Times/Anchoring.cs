using System.Globalization;
using System.Runtime.CompilerServices;

using NodaTime;

namespace NewsModel.Times;

/// <summary>
/// Which one of a recurring calendar unit a clause means, around the publication date: the
/// weekday, month, day of the month, season, quarter or half named without a year. The tense
/// of the clause (<see cref="TenseCues"/>) decides between the one before and the one after.
/// Against Wednesday 2019-09-25: "Monday" in a past clause 2019-09-23 and in a future one
/// 2019-09-30; "January" 2019-01, "in December" (close ahead) 2019-12; "Dec. 15" in a past clause
/// 2018-12-15, but "payable Dec. 15" just ahead 2019-12-15; "the third quarter" 2019-Q3, "the
/// fourth quarter" in a past clause 2018-Q4; "the weekend" 2019-W38-WE. Without a publication
/// date the value keeps its unknown parts: XXXX-WXX-1, XXXX-12, XXXX-Q4.
/// </summary>
internal static class Anchoring
{
    // dir: 0 by tense, -2 strictly before the anchor ("last Friday"), 2 strictly after ("next Friday").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string WeekdayValue(in TimeCursor c, int weekday, int dir, int at)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
        }

        var today = (int)a.DayOfWeek;
        var future = dir == 2 || (dir == 0 && TenseCues.IsFuture(in c, at));
        LocalDate date;
        if (future)
        {
            var ahead = (weekday - today + 7) % 7;
            date = a.PlusDays(ahead == 0 && dir == 2 ? 7 : ahead);
        }
        else
        {
            var back = (today - weekday + 7) % 7;
            date = a.PlusDays(-(back == 0 && dir == -2 ? 7 : back));
        }

        return TimexValue.Day(date);
    }

    // A month without a year: by the tense, or the word before ("since", "by"); dir as for WeekdayValue.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string MonthValue(in TimeCursor c, int month, int dir, int at)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-" + month.ToString("D2", CultureInfo.InvariantCulture);
        }

        // "since January": the latest January. With no tense cue, the nearest one.
        // "by August" is a deadline, which news sets ahead.
        var tense = dir != 0 ? dir : c.Word(at - 1) switch { "since" => -1, "by" => 1, _ => TenseCues.TenseAt(in c, at) };
        if (tense == 0)
        {
            // No tense cue: news looks back more often than ahead, so the month ahead wins
            // only when it is close.
            var ahead = (month - a.Month + 12) % 12;
            tense = ahead is > 0 and <= 3 ? 1 : -1;
        }

        var future = tense > 0;
        int year;
        if (future)
        {
            year = month > a.Month || (month == a.Month && dir != 2) ? a.Year : a.Year + 1;
        }
        else
        {
            year = month < a.Month || (month == a.Month && dir != -2) ? a.Year : a.Year - 1;
        }

        return TimexValue.Month(year, month);
    }

    // A day of a month, in the year given or else the one the clause means; empty when there is no such day.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string MonthDayValue(in TimeCursor c, int month, int day, int? year, int at)
    {
        if (day > 31 || (month == 2 && day > 29) || (day == 31 && month is 4 or 6 or 9 or 11))
        {
            return string.Empty;
        }

        if (year is { } y)
        {
            return y >= 1 && (day != 29 || month != 2 || DateTime.IsLeapYear(y)) ? TimexValue.Day(new LocalDate(y, month, day)) : string.Empty;
        }

        if (c.Anchor is not { } a)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");
        }

        // A day and month without a year: the nearest such day to the anchor (news dates its
        // "Dec. 15" within months of publication, on either side); "since" looks back.
        // The tense decides, but a past-tense clause may still name a day just ahead ("the
        // dividend was declared payable Dec. 15"), so a close day ahead beats a far day behind.
        var pastYear = (month, day).CompareTo((a.Month, a.Day)) <= 0 ? a.Year : a.Year - 1;
        var futureYear = (month, day).CompareTo((a.Month, a.Day)) >= 0 ? a.Year : a.Year + 1;
        var back = DaysBetween(SafeDate(pastYear, month, day), a);
        var ahead = DaysBetween(a, SafeDate(futureYear, month, day));
        var tense = c.Word(at - 1) is "since" or "last" ? -1 : TenseCues.TenseAt(in c, at);
        var resolvedYear = tense switch
        {
            > 0 => back <= 60 && ahead >= 240 ? pastYear : futureYear,
            < 0 => ahead <= 60 && back >= 240 ? futureYear : pastYear,
            _ => ahead < back ? futureYear : pastYear,
        };

        if (month == 2 && day == 29 && !DateTime.IsLeapYear(resolvedYear))
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");
        }

        return TimexValue.Day(new LocalDate(resolvedYear, month, day));
    }

    // step: 0 by tense ("the summer"), -1 "last summer", 1 "next summer". The latest season that
    // has begun by the anchor counts as "last" too: TimeBank reads "last fall" in October as this fall.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string SeasonValue(in TimeCursor c, string season, int step, int at)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-" + season;
        }

        var startMonth = TimexValue.SeasonStartMonth(season);
        var begun = a.Month >= startMonth;
        var year = step switch
        {
            1 => begun ? a.Year + 1 : a.Year,
            -1 => begun ? a.Year : a.Year - 1,
            _ when c.Word(at) is "this" => a.Year,
            _ => TenseCues.IsFuture(in c, at) ? (begun && a.Month >= startMonth + 3 ? a.Year + 1 : a.Year) : (begun ? a.Year : a.Year - 1),
        };
        return TimexValue.Year(year) + "-" + season;
    }

    // "the third quarter": of the anchor's year unless that quarter is still to come, in which
    // case a report means last year's (unless it speaks of the future).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string QuarterValue(in TimeCursor c, ref StoryDates story, int quarter, int? year, int at)
    {
        if (year is { } y)
        {
            story.RememberQuarter(y, quarter);
            return TimexValue.Quarter(y, quarter);
        }

        if (c.Anchor is not { } a)
        {
            return "XXXX-Q" + quarter.ToString(CultureInfo.InvariantCulture);
        }

        var resolved = quarter <= QuarterOf(a) || TenseCues.IsFuture(in c, at) ? a.Year : a.Year - 1;
        story.RememberQuarter(resolved, quarter);
        return TimexValue.Quarter(resolved, quarter);
    }

    // "the quarter", "the latest quarter": the one last named, else the last one completed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string ReferenceQuarter(in TimeCursor c, ref StoryDates story)
    {
        if (story.LastQuarter is { } lq)
        {
            return TimexValue.Quarter(lq.Year, lq.Quarter);
        }

        if (c.Anchor is not { } a)
        {
            return "XXXX-QX";
        }

        var previous = a.PlusMonths(-3);
        story.RememberQuarter(previous.Year, QuarterOf(previous));
        return TimexValue.Quarter(previous.Year, QuarterOf(previous));
    }

    // "year-earlier": the quarter a year before the one last named, else the year before publication.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string YearBeforeReference(in TimeCursor c, in StoryDates story)
    {
        if (story.LastQuarter is { } lq)
        {
            return TimexValue.Quarter(lq.Year - 1, lq.Quarter);
        }

        return c.Anchor is { } a ? TimexValue.Year(a.Year - 1) : "PAST_REF";
    }

    // "the first half": of the anchor's year unless still to come, as for quarters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Half(in TimeCursor c, int half, int at)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-H" + half.ToString(CultureInfo.InvariantCulture);
        }

        var current = a.Month <= 6 ? 1 : 2;
        var year = half <= current || TenseCues.IsFuture(in c, at) ? a.Year : a.Year - 1;
        return TimexValue.Year(year) + "-H" + half.ToString(CultureInfo.InvariantCulture);
    }

    // "the weekend": on a weekday the one just past.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Weekend(in TimeCursor c)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-WXX-WE";
        }

        // On a weekday "the weekend" of a report is the one just past.
        var day = a.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? a : a.PlusWeeks(-1);
        return TimexValue.Week(day) + "-WE";
    }

    private static LocalDate SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    internal static int QuarterOf(LocalDate date) => ((date.Month - 1) / 3) + 1;
}
