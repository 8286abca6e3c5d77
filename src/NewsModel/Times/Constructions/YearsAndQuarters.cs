using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Years and the parts and runs of years. Against 2019-09-25: "1998" 1998, "fiscal 2018" 2018,
/// "fiscal 99" 1999, "the 1990s" and "the '90s" 199, "the 20th century" 19, "the third quarter"
/// 2019-Q3 (a quarter still to come is last year's), "1998's first quarter" 1998-Q1, "the
/// first half of 2018" 2018-H1, "summer 2018" 2018-SU, "the summer" 2019-SU, "year-end" 2019
/// (mod END), "year-earlier" 2018 (or the quarter a year before the one last named).
/// </summary>
internal static class YearsAndQuarters
{
    /// <summary>The apostrophe of '90s, 'fiscal', 'year' ('year-end') and the words of 'this year's third quarter'.</summary>
    internal static readonly string[] StartWords = ["'", "fiscal", "year", "this", "last", "next"];

    // "1998": four digits where a year is plausible.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryYear(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.IsYear(j) || !LooksLikeYearInContext(in c, j))
        {
            return false;
        }

        var year = c.IntValue(j);
        core = new CoreTime(j + 1, TimeType.Date, TimexValue.Year(year), true);
        return true;
    }

    // "fiscal 2018", "fiscal year 1999", "fiscal 99", "the fiscal year".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryFiscal(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.Is(j, "fiscal"))
        {
            return false;
        }

        var k = j + 1;
        if (c.Is(k, "year"))
        {
            k++;
        }

        if (c.IsYear(k))
        {
            core = new CoreTime(k + 1, TimeType.Date, TimexValue.Year(c.IntValue(k)), true);
            return true;
        }

        if (c.InRange(k) && c.DigitCount(k) == 2)
        {
            var year = 1900 + c.IntValue(k);
            core = new CoreTime(k + 1, TimeType.Date, TimexValue.Year(year < 1950 ? year + 100 : year), true);
            return true;
        }

        if (k == j + 2)
        {
            // "the fiscal year": the current one.
            core = new CoreTime(k, TimeType.Date, c.Anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true);
            return true;
        }

        return false;
    }

    // "1990s", "'90s", "20th century".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryDecade(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        var k = j;
        if (c.Is(k, "'"))
        {
            k++;
        }

        if (!c.InRange(k) || c.Token(k).Kind != TimeTokenKind.Word)
        {
            return false;
        }

        var w = c.Word(k);

        // "1990s" → 199; "'90s" → 199 (the twentieth century is assumed for two digits).
        if (w.Length == 5 && w[4] == 's' && TimeCursor.IsDigits(w, 0, 3) && w[3] == '0')
        {
            core = new CoreTime(k + 1, TimeType.Date, w[..3].ToString(), true);
            return true;
        }

        if (w.Length == 3 && w[2] == 's' && TimeCursor.IsDigits(w, 0, 2) && w[1] == '0' && k > j)
        {
            core = new CoreTime(k + 1, TimeType.Date, "19" + w[0], true);
            return true;
        }

        // "the 20th century", "the nineteenth century".
        if (c.Is(k + 1, "century") && k == j)
        {
            var ordinal = w.Length >= 3 && TimeCursor.IsDigits(w, 0, w.Length - 2) ? int.Parse(w[..^2], CultureInfo.InvariantCulture) : 0;
            if (ordinal is > 0 and < 30)
            {
                core = new CoreTime(k + 2, TimeType.Date, (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), true);
                return true;
            }
        }

        return false;
    }

    // "third quarter", "third quarter of 1998", "1998's first quarter", "first half of 2018".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryQuarter(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        core = default;
        var k = j;
        int? year = null;

        // "this year's third quarter", "1998's first quarter".
        if (c.IsYear(k) && c.Is(k + 1, "'") && c.Is(k + 2, "s"))
        {
            year = c.IntValue(k);
            k += 3;
        }
        else if (c.Word(k) is "this" or "last" or "next" && c.Is(k + 1, "year") && c.Is(k + 2, "'") && c.Is(k + 3, "s") && c.Anchor is { } a)
        {
            year = a.Year + c.Word(k) switch { "last" => -1, "next" => 1, _ => 0 };
            k += 4;
        }

        if (c.Is(k, "fiscal"))
        {
            k++;
        }

        if (!c.Lookup(TimeWordKind.Ordinal, k, out var ordinalText) || ordinalText == "L")
        {
            return false;
        }

        var ordinal = int.Parse(ordinalText, CultureInfo.InvariantCulture);
        var u = k + 1;
        if (c.Is(u, "-"))
        {
            u++;
        }

        if (c.Is(u, "fiscal"))
        {
            u++;
        }

        var unit = c.Word(u);
        if (unit is "quarter" or "quarters" && ordinal <= 4)
        {
            // "the third quarter of 1998", "first quarter 1999".
            var end = u + 1;
            if (year is null && c.Is(end, "of") && c.IsYear(end + 1))
            {
                year = c.IntValue(end + 1);
                end += 2;
            }
            else if (year is null && c.IsYear(end))
            {
                year = c.IntValue(end);
                end++;
            }

            var value = Anchoring.QuarterValue(in c, ref story, ordinal, year, j);
            core = new CoreTime(end, TimeType.Date, value, true);
            return true;
        }

        if (unit is "half" && ordinal <= 2)
        {
            var end = u + 1;
            if (year is null && c.Is(end, "of") && c.IsYear(end + 1))
            {
                year = c.IntValue(end + 1);
                end += 2;
            }

            var value = year is { } y ? TimexValue.Year(y) + "-H" + ordinal.ToString(CultureInfo.InvariantCulture) : Anchoring.Half(in c, ordinal, j);
            core = new CoreTime(end, TimeType.Date, value, true);
            return true;
        }

        return false;
    }

    // "summer 2018", "summer of 2018", and a bare season after a determiner or a preposition ("over the summer").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TrySeason(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.Lookup(TimeWordKind.Season, j, out var season))
        {
            return false;
        }

        // "summer 2018", "the summer of 2018".
        var k = j + 1;
        if (c.Is(k, "of") && c.IsYear(k + 1))
        {
            k++;
        }

        if (c.IsYear(k))
        {
            core = new CoreTime(k + 1, TimeType.Date, TimexValue.Year(c.IntValue(k)) + "-" + season, true);
            return true;
        }

        // A bare season needs a determiner or a temporal preposition: "fall" is also a verb.
        if (j == 0 || c.Word(j - 1) is not ("the" or "in" or "this" or "during" or "since" or "by" or "until" or "early" or "late" or "mid"))
        {
            return false;
        }

        core = new CoreTime(j + 1, TimeType.Date, Anchoring.SeasonValue(in c, season, 0, j), true);
        return true;
    }

    // "year end", "year-end", "year's end".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryYearEnd(in TimeCursor c, in StoryDates story, int j, out CoreTime core)
    {
        core = default;
        if (!c.Is(j, "year"))
        {
            return false;
        }

        var k = j + 1;
        if (c.Word(k) is "-" or "'")
        {
            k += c.Is(k, "'") && c.Is(k + 1, "s") ? 2 : 1;
        }

        if (c.Is(k, "end"))
        {
            core = new CoreTime(k + 1, TimeType.Date, c.Anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true, Mod: TimeMod.End);
            return true;
        }

        // "year-earlier" as an adjective: the reference period a year before.
        if (c.Is(j + 1, "-") && c.Word(j + 2) is "earlier" or "ago")
        {
            var end = c.Word(j + 3) is "period" or "quarter" or "results" ? j + 3 : j + 3;
            core = new CoreTime(end, TimeType.Date, Anchoring.YearBeforeReference(in c, in story), true);
            return true;
        }

        return false;
    }

    // A bare four-digit number is a year when it is plausible and nothing marks it as an amount.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeYearInContext(in TimeCursor c, int k)
    {
        var year = c.IntValue(k);
        if (year > 2050 || (year < 1900 && (year < 1000 || k == 0 || c.Word(k - 1) is not ("in" or "since" or "of" or "until" or "by" or "from" or "during" or "before" or "after"))))
        {
            return false;
        }

        var before = k > 0 ? c.Text(k - 1) : default;
        if (before is "$" or "#" or "no" or "number" or "." or "," or "-" or "/" or "\u00a3" or "\u20ac")
        {
            // "July, 1997" and "mid-1996" are years; "1,990" and "$1990" are not.
            return (before is "," && k > 1 && c.Token(k - 2).Kind == TimeTokenKind.Word)
                || (before is "-" && c.Word(k - 2) is "mid" or "early" or "late" or "post" or "pre");
        }

        var after = c.Word(k + 1);
        return after is not ("%" or "percent" or "shares" or "people" or "points" or "-" or "/" or "feet" or "metres" or "meters" or "miles" or "tons" or "units" or "yen" or "dollars" or ":");
    }
}
