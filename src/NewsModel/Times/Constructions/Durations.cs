using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Lengths of time and the dates a length away from publication. Against 2019-09-25: "three
/// weeks" P3W, "24 months" P24M, "a five-year term" P5Y, "two and a half years" P2Y6M, "5 1/2
/// hours" PT5H30M, "twenty four hours" P1D, "for weeks" PXW; "two years ago" 2017, "three days
/// later" 2019-09-28, "two weeks from now" 2019-W41; "a year earlier" after "the third quarter"
/// 2018-Q3 (the same quarter a year before); "four flights a week" a set, P1W.
/// </summary>
internal static class Durations
{
    // The plural units that stand without a count after "for", "within" or "coming" ("for weeks").
    private static readonly string[] VagueUnits = ["days", "weeks", "months", "years", "decades"];

    /// <summary>The words of "a year", "a couple of days" and "for weeks".</summary>
    internal static readonly string[] StartWords = ["a", "an", "couple", .. VagueUnits];

    // A count and a unit ("three weeks"), a shift ("two years ago"), a rate ("a week" after "four flights").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryDuration(in TimeCursor c, in StoryDates story, int j, out CoreTime core)
    {
        core = default;

        // "for weeks", "within days", "the coming months": an unknown number of units.
        if (j > 0 && c.Word(j - 1) is "for" or "within" or "coming" && c.IsOneOf(j, VagueUnits)
            && c.Lookup(TimeWordKind.Unit, j, out var vague))
        {
            core = new CoreTime(j + 1, TimeType.Duration, DurationValue("X", vague), false);
            return true;
        }

        if (!Counts.TryNumber(in c, j, out var after, out var number) || !Counts.TryUnitAt(in c, after, out var unit, out var end))
        {
            return false;
        }

        // "some" and "many" are numbers only before a plural ("many years", not "some day").
        if (number == "X" && !c.Word(end - 1).EndsWith('s'))
        {
            return false;
        }

        // "a 6-year-old", "52 years old": an age, not a time.
        if (c.Is(end, "old") || (c.Is(end, "-") && c.Is(end + 1, "old")))
        {
            return false;
        }

        // "a year" alone is too often "a year of", "once a year"; it is kept only when it is
        // the whole duration ("for a year", "a year ago").
        var shift = c.Word(end) switch
        {
            "ago" or "earlier" or "before" or "previously" => -1,
            "later" or "after" or "hence" => 1,
            "from" when c.Is(end + 1, "now") => 2,
            _ => 0,
        };

        // "four flights a week", "$1 billion a year": a rate, TimeML's SET.
        if (shift == 0 && c.Word(j) is "a" or "an" && end == j + 2 && j > 0 && IsRateHead(in c, j - 1))
        {
            core = new CoreTime(end, TimeType.Set, DurationValue("1", unit), false);
            return true;
        }

        if (shift == 0 && c.Word(j) is "a" or "an" && j > 0 && c.Word(j - 1) is not ("for" or "in" or "within" or "than" or "about" or "nearly" or "almost" or "over" or "past" or "last" or "next" or "the" or "around" or "first"))
        {
            return false;
        }

        // "before" and "after" after a duration are shifts only when nothing follows that
        // they could govern ("two days after the vote" is a duration and a signal).
        if (shift != 0 && c.Word(end) is "before" or "after")
        {
            var following = c.InRange(end + 1) ? c.Token(end + 1) : default;
            if (following.Kind is TimeTokenKind.Word or TimeTokenKind.Number)
            {
                shift = 0;
            }
        }

        if (shift != 0)
        {
            var n = number == "X" ? -1 : int.Parse(number.AsSpan(0, number.Length - (number.EndsWith(Counts.HalfSuffix, StringComparison.Ordinal) ? Counts.HalfSuffix.Length : 0)), CultureInfo.InvariantCulture);
            var value = Shift(in c, in story, unit, n, shift > 0 ? 1 : -1, c.Word(end) is "earlier" or "later" or "before" or "after");
            core = new CoreTime(end + (shift == 2 ? 2 : 1), TimeType.Date, value, true, IsShift: true);
            return true;
        }

        core = new CoreTime(end, TimeType.Duration, DurationValue(number, unit), false);
        return true;
    }

    // A counted noun or amount before "a day": "flights", "billion", "twice".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRateHead(in TimeCursor c, int k)
    {
        var token = c.Token(k);
        if (token.Kind == TimeTokenKind.Number)
        {
            return true;
        }

        var w = c.Text(k);
        return w is "million" or "billion" or "trillion" or "once" or "twice" or "times" or "hours" or "percent"
            || (token.Kind == TimeTokenKind.Word && w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w is not ("was" or "has" or "this" or "his" or "years" or "months" or "weeks" or "days"));
    }

    // The TIMEX3 length of a count (whole, with a half, or "X") of a unit: "P3W", "P2Y6M", "PXY".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string DurationValue(string number, string unit) => number.EndsWith(Counts.HalfSuffix, StringComparison.Ordinal)
        ? HalfDuration(number[..^Counts.HalfSuffix.Length], unit)
        : WholeDuration(number, unit);

    // A whole number of units and a half, in the next smaller unit where there is one: "5 1/2
    // hours" PT5H30M, "2 1/2 years" P2Y6M.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string HalfDuration(string whole, string unit) => unit switch
    {
        "Y" => "P" + whole + "Y6M",
        "M" => "P" + whole + "M15D",
        "D" => "P" + whole + "DT12H",
        "H" => "PT" + whole + "H30M",
        "MI" => "PT" + whole + "M30S",
        "DE" => "P" + (int.Parse(whole, CultureInfo.InvariantCulture) * 10 + 5).ToString(CultureInfo.InvariantCulture) + "Y",
        "CE" => "P" + (int.Parse(whole, CultureInfo.InvariantCulture) * 100 + 50).ToString(CultureInfo.InvariantCulture) + "Y",
        "S" => "PT" + whole + Counts.HalfSuffix + "S",
        _ => "P" + whole + Counts.HalfSuffix + unit,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string WholeDuration(string number, string unit) => (number, unit) switch
    {
        // TimeBank writes a day for "twenty four hours" and years for decades and centuries.
        ("24", "H") => "P1D",
        (not "X", "DE") => "P" + (int.Parse(number, CultureInfo.InvariantCulture) * 10).ToString(CultureInfo.InvariantCulture) + "Y",
        (not "X", "CE") => "P" + (int.Parse(number, CultureInfo.InvariantCulture) * 100).ToString(CultureInfo.InvariantCulture) + "Y",
        _ => unit switch
        {
            "S" => "PT" + number + "S",
            "MI" => "PT" + number + "M",
            "H" => "PT" + number + "H",
            "WE" => "P" + number + "WE",
            _ => "P" + number + unit,
        },
    };

    // "two years ago" from the anchor; "a year earlier" from the quarter just named, if any.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Shift(in TimeCursor c, in StoryDates story, string unit, int n, int sign, bool relativeToReference)
    {
        if (n < 0)
        {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        if (unit == "Y" && story.LastQuarter is { } lq && (relativeToReference || n == 1))
        {
            return TimexValue.Quarter(lq.Year + (sign * n), lq.Quarter);
        }

        if (c.Anchor is not { } a)
        {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        var delta = sign * n;
        switch (unit)
        {
            case "D":
                return TimexValue.Day(a.PlusDays(delta));
            case "W":
                return TimexValue.Week(a.PlusWeeks(delta));
            case "M":
                var month = a.PlusMonths(delta);
                return TimexValue.Month(month.Year, month.Month);
            case "Q":
                var shifted = a.PlusMonths(3 * delta);
                return TimexValue.Quarter(shifted.Year, Anchoring.QuarterOf(shifted));
            case "Y":
                return TimexValue.Year(a.Year + delta);
            case "DE":
                return ((a.Year / 10) + delta).ToString("D3", CultureInfo.InvariantCulture);
            case "CE":
                return ((a.Year / 100) + delta).ToString("D2", CultureInfo.InvariantCulture);
            case "H" or "MI" or "S":
                return TimexValue.Day(a);
            default:
                return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
    }
}
