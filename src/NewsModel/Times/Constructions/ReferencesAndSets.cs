using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// References to the present, past or future, and recurrences. "now" and "currently"
/// PRESENT_REF, "recently" and "recent years" PAST_REF, "former" PAST_REF (not under
/// <see cref="TimeOptions.TimeBank"/>); sets: "daily" P1D, "every year" P1Y, "every other week"
/// P2W, "every three months" P3M, "each Monday" XXXX-WXX-1.
/// </summary>
internal static class ReferencesAndSets
{
    /// <summary>The words of "every year", "each Monday", "per day", which <see cref="TrySet"/> reads after the vocabulary's sets.</summary>
    internal static readonly string[] StartWords = ["every", "each", "per"];

    // "now", "recently", "recent years", "former": the vocabulary's references.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryRef(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        var w = c.Word(j);
        if (!c.Lookup(TimeWordKind.Ref, j, out var value))
        {
            return false;
        }

        if (w is "former" or "formerly" && !c.Options.FormerIsPastRef)
        {
            return false;
        }

        // "future" alone is an adjective ("future plans"); only "the future" is a time.
        if (w is "future")
        {
            return false;
        }

        // "recent years", "recent weeks": the plural unit is part of the reference.
        var end = j + 1;
        if (w is "recent" && c.Lookup(TimeWordKind.Unit, end, out _) && c.Word(end).EndsWith('s'))
        {
            end++;
        }

        core = new CoreTime(end, TimeType.Date, value, false);
        return true;
    }

    // "daily", "every year", "every other week", "each Monday", "per day".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TrySet(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        var w = c.Word(j);
        if (c.Lookup(TimeWordKind.Set, j, out var period))
        {
            core = new CoreTime(j + 1, TimeType.Set, period, false);
            return true;
        }

        if (w is not ("every" or "each" or "per"))
        {
            return false;
        }

        var k = j + 1;
        var number = "1";
        if (c.Is(k, "other"))
        {
            number = "2";
            k++;
        }
        else if (Counts.TryNumber(in c, k, out var after, out var n) && c.Word(k) is not ("a" or "an"))
        {
            number = n;
            k = after;
        }

        if (c.Lookup(TimeWordKind.Unit, k, out var unit))
        {
            core = new CoreTime(k + 1, TimeType.Set, Durations.DurationValue(number, unit), false);
            return true;
        }

        if (c.Lookup(TimeWordKind.Weekday, k, out var weekday))
        {
            core = new CoreTime(k + 1, TimeType.Set, "XXXX-WXX-" + weekday, false);
            return true;
        }

        return false;
    }
}
