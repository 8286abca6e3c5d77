using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// The days named from the speaker's today (the vocabulary's <c>dayref</c> words). Against
/// 2019-09-25: "today" 2019-09-25, "yesterday" 2019-09-24, "tomorrow morning" 2019-09-26TMO,
/// "tonight" 2019-09-25TNI. Without a publication date: "today" PRESENT_REF, "yesterday"
/// XXXX-XX-XX, "tonight" XXXX-XX-XXTNI.
/// </summary>
internal static class DeicticDays
{
    /// <summary>None: its words are the vocabulary's.</summary>
    internal static readonly string[] StartWords = [];

    // "today", "yesterday", "tomorrow morning", "tonight".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryDayRef(in TimeCursor c, int j, out CoreTime core)
    {
        core = default;
        if (!c.Lookup(TimeWordKind.DayRef, j, out var offsetText))
        {
            return false;
        }

        var offset = int.Parse(offsetText, CultureInfo.InvariantCulture);
        var date = c.Anchor?.PlusDays(offset);
        var day = date is { } d ? TimexValue.Day(d) : null;
        if (c.Is(j, "tonight"))
        {
            core = new CoreTime(j + 1, TimeType.Time, day is null ? "XXXX-XX-XXTNI" : day + "TNI", true);
            return true;
        }

        // Without a publication date "yesterday" has no calendar value; TIMEX3 has no
        // unresolved form for it, so the expression is still found but left relative.
        var value = day ?? (offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
        if (c.Lookup(TimeWordKind.PartOfDay, j + 1, out var part) && day is not null)
        {
            core = new CoreTime(j + 2, TimeType.Time, day + "T" + part, true);
            return true;
        }

        core = new CoreTime(j + 1, TimeType.Date, value, day is not null);
        return true;
    }
}
