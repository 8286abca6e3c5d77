using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Holidays, dated by <see cref="HolidayCalendar"/> in the year the clause points at: against
/// 2019-12-02, "Thanksgiving" 2019-11-28; against 2019-09-25, "last Christmas" 2018-12-25 and
/// "next Christmas" 2019-12-25.
/// </summary>
internal static class HolidayDates
{
    /// <summary>The words that say which year's; a holiday itself starts with a capital (or 'the', which the scanner reads).</summary>
    internal static readonly string[] StartWords = ["last", "next", "this"];

    // "Thanksgiving", "last Christmas", "Election Day": dated by the holiday calendar.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryHoliday(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        var k = j;
        var dir = c.Word(k) switch { "last" => -1, "next" => 1, "this" => 0, _ => 2 };
        if (dir != 2)
        {
            k++;
        }
        else
        {
            dir = 0;
        }

        if (!c.InRange(k) || (!c.Token(k).Capitalized && !c.Is(k, "the")))
        {
            return false;
        }

        foreach (var holiday in c.Holidays.StartingWith(c.Word(k)))
        {
            var n = 0;
            while (n < holiday.Words.Length && c.Is(k + n, holiday.Words[n]))
            {
                n++;
            }

            if (n == holiday.Words.Length)
            {
                core = new CoreTime(k + n, TimeType.Date, AnnualValue(in c, holiday, dir, j), true);
                return true;
            }
        }

        return false;
    }

    // A day that comes once a year, in the year the clause points at (like a day and month).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string AnnualValue(in TimeCursor c, Holiday holiday, int dir, int at)
    {
        if (c.Anchor is not { } a)
        {
            return "XXXX-XX-XX";
        }

        var thisYear = holiday.In(a.Year);
        var past = thisYear <= a ? thisYear : holiday.In(a.Year - 1);
        var future = thisYear >= a ? thisYear : holiday.In(a.Year + 1);
        var back = Anchoring.DaysBetween(past, a);
        var ahead = Anchoring.DaysBetween(a, future);
        var tense = dir != 0 ? dir : TenseCues.TenseAt(in c, at);
        var chosen = tense switch
        {
            > 0 => future,
            < 0 => ahead <= 60 && back >= 240 ? future : past,
            _ => ahead < back ? future : past,
        };
        return TimexValue.Day(chosen);
    }
}
