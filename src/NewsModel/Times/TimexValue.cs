using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

using NodaTime;
using NodaTime.Calendars;

namespace NewsModel.Times;

/// <summary>
/// Reads and writes TIMEX3 values: formats resolved dates (<c>2019-09-25</c>, <c>2019-W39</c>,
/// <c>2019-Q3</c>, <c>2019-SU</c>, <c>199</c>) and turns a value back into its precision and the
/// first and last day it covers.
/// </summary>
public static class TimexValue
{
    /// <summary>The TIMEX3 value of a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The value, such as <c>2019-09-25</c>.</returns>
    public static string Day(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>The TIMEX3 value of a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The value, such as <c>2019-09</c>.</returns>
    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    /// <summary>The TIMEX3 value of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value, such as <c>2019</c>.</returns>
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The TIMEX3 value of the ISO week holding <paramref name="date"/>.</summary>
    /// <param name="date">A day of the week.</param>
    /// <returns>The value, such as <c>2019-W39</c>.</returns>
    public static string Week(LocalDate date)
    {
        var rule = WeekYearRules.Iso;
        return string.Create(CultureInfo.InvariantCulture, $"{rule.GetWeekYear(date):D4}-W{rule.GetWeekOfWeekYear(date):D2}");
    }

    /// <summary>The TIMEX3 value of a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The value, such as <c>2019-Q3</c>.</returns>
    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>Reads a resolved value back: its precision and first and last day.</summary>
    /// <param name="value">A TIMEX3 value.</param>
    /// <returns>The precision and bounds; all null for durations, references, sets and unresolved forms.</returns>
    public static (TimePrecision? Precision, LocalDate? Start, LocalDate? End) Resolve(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            return ResolveCore(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, null, null);
        }
    }

    private static (TimePrecision? Precision, LocalDate? Start, LocalDate? End) ResolveCore(string value)
    {
        if (value.Length == 3 && AllDigits(value, 0, 3))
        {
            var decade = Number(value, 0, 3) * 10;
            return (TimePrecision.Decade, new LocalDate(decade, 1, 1), new LocalDate(decade + 9, 12, 31));
        }

        if (value.Length == 2 && AllDigits(value, 0, 2))
        {
            var century = Number(value, 0, 2) * 100;
            return (TimePrecision.Century, new LocalDate(Math.Max(century, 1), 1, 1), new LocalDate(century + 99, 12, 31));
        }

        if (value.Length < 4 || !AllDigits(value, 0, 4))
        {
            return (null, null, null);
        }

        var year = Number(value, 0, 4);
        if (value.Length == 4)
        {
            return (TimePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }

        if (value[4] != '-')
        {
            return (null, null, null);
        }

        var rest = value.AsSpan(5);
        if (rest.Length >= 2 && AllDigits(value, 5, 2))
        {
            var month = Number(value, 5, 2);
            if (rest.Length == 2)
            {
                var first = new LocalDate(year, month, 1);
                return (TimePrecision.Month, first, first.PlusMonths(1).PlusDays(-1));
            }

            if (rest.Length >= 5 && rest[2] == '-' && AllDigits(value, 8, 2))
            {
                var day = new LocalDate(year, month, Number(value, 8, 2));
                return (rest.Length > 5 && rest[5] == 'T' ? TimePrecision.Time : TimePrecision.Day, day, day);
            }

            return (null, null, null);
        }

        if (rest.Length >= 3 && rest[0] == 'W' && AllDigits(value, 6, 2))
        {
            var monday = WeekYearRules.Iso.GetLocalDate(year, Number(value, 6, 2), IsoDayOfWeek.Monday);
            return rest.EndsWith("-WE", StringComparison.Ordinal)
                ? (TimePrecision.Week, monday.PlusDays(5), monday.PlusDays(6))
                : (TimePrecision.Week, monday, monday.PlusDays(6));
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var first = new LocalDate(year, ((rest[1] - '1') * 3) + 1, 1);
            return (TimePrecision.Quarter, first, first.PlusMonths(3).PlusDays(-1));
        }

        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
        {
            var first = new LocalDate(year, rest[1] == '1' ? 1 : 7, 1);
            return (null, first, first.PlusMonths(6).PlusDays(-1));
        }

        var seasonMonth = SeasonStartMonth(rest.ToString());
        if (seasonMonth > 0)
        {
            var first = new LocalDate(year, seasonMonth, 1);
            return (TimePrecision.Season, first, first.PlusMonths(3).PlusDays(-1));
        }

        return (null, null, null);
    }

    /// <summary>Reads a <c>YYYY-MM-DD</c> value (with or without a time after it) as a day.</summary>
    /// <param name="value">A TIMEX3 value, or null.</param>
    /// <param name="day">The day, when the value starts with a real one.</param>
    /// <returns>Whether it does.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryParseDay(string? value, out LocalDate day)
    {
        day = default;
        if (value is null || value.Length < 10 || !TimeCursor.IsDigits(value, 0, 4) || value[4] != '-' || !TimeCursor.IsDigits(value, 5, 2) || value[7] != '-' || !TimeCursor.IsDigits(value, 8, 2))
        {
            return false;
        }

        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        day = new LocalDate(year, month, dayOfMonth);
        return true;
    }

    /// <summary>The first month of a TIMEX3 season (SP, SU, FA, WI), or 0.</summary>
    internal static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => 0,
    };

    private static bool AllDigits(string value, int start, int length)
    {
        if (start + length > value.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string value, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            n = (n * 10) + (value[i] - '0');
        }

        return n;
    }
}
