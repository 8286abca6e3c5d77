using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>What a modifier before a construction gives it: a mod, and whether it qualifies a length or a date.</summary>
/// <param name="Mod">The TIMEX3 mod.</param>
/// <param name="ForDuration">Whether it qualifies a length ("more than three years") rather than a date ("early next year").</param>
internal readonly record struct Prefix(TimeMod Mod, bool ForDuration)
{
    /// <summary>Whether the modifier can qualify <paramref name="core"/>: a length one a duration or a shift, a date one a stretch of the calendar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Fits(CoreTime core) => this.ForDuration ? core.Type == TimeType.Duration || core.IsShift : core.Type is TimeType.Date or TimeType.Time && core.IsCalendar;
}

/// <summary>
/// The words around a construction that belong to the expression and give it a TIMEX3 mod.
/// Before it: "the end of 2018" (END), "early next year" (START), "mid-1996" (MID), "earlier
/// this month" (START); "about three weeks" (APPROX), "more than two years" (MORE_THAN),
/// "within days" (EQUAL_OR_LESS), "at least a month" (EQUAL_OR_MORE). After it: "a decade or
/// so" (APPROX), "2020 and beyond" (ON_OR_AFTER). Outside it, "before 1990" and "after May" give
/// BEFORE and AFTER without joining the expression.
/// </summary>
internal static class Modifiers
{
    /// <summary>The words a modifier starts with: the cases of <see cref="ParsePrefix"/>.</summary>
    internal static readonly string[] StartWords =
    [
        "the", "early", "late", "mid", "earlier", "later", "about", "around", "nearly", "almost", "roughly",
        "approximately", "some", "within", "over", "under", "more", "less", "fewer", "at", "up", "no",
    ];

    /// <summary>Reads the modifier at <paramref name="j"/>, if any, and moves <paramref name="j"/> past it.</summary>
    /// <param name="c">The article.</param>
    /// <param name="j">The token the expression starts at; on return, the token its construction starts at.</param>
    /// <returns>The modifier, or null (with <paramref name="j"/> unchanged) when there is none.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Prefix? ParsePrefix(in TimeCursor c, ref int j)
    {
        var w = c.Word(j);
        switch (w)
        {
            case "the" when c.Is(j + 2, "of") && c.Word(j + 1) is "end" or "beginning" or "start" or "middle":
                var mod = c.Word(j + 1) switch
                {
                    "end" => TimeMod.End,
                    "middle" => TimeMod.Mid,
                    _ => TimeMod.Start,
                };
                j += 3;
                return new Prefix(mod, false);
            case "early" or "late" or "mid" or "earlier" or "later":
                var datePrefix = w switch
                {
                    "early" or "earlier" => TimeMod.Start,
                    "mid" => TimeMod.Mid,
                    _ => TimeMod.End,
                };

                // "earlier" and "later" only qualify a deictic anchor ("earlier this year").
                if (w is "earlier" or "later" && c.Word(j + 1) is not ("this" or "that" or "today" or "yesterday" or "tomorrow" or "tonight"))
                {
                    return null;
                }

                j += c.Is(j + 1, "-") ? 2 : 1;
                return new Prefix(datePrefix, false);
            case "about" or "around" or "nearly" or "almost" or "roughly" or "approximately" or "some" or "within" or "over" or "under":
                j++;
                return new Prefix(
                    w switch
                    {
                        "almost" or "under" => TimeMod.LessThan,
                        "within" => TimeMod.EqualOrLess,
                        "over" => TimeMod.MoreThan,
                        _ => TimeMod.Approx,
                    },
                    true);
            case "more" or "less" or "fewer" when c.Is(j + 1, "than"):
                j += 2;
                return new Prefix(w is "more" ? TimeMod.MoreThan : TimeMod.LessThan, true);
            case "at" when c.Word(j + 1) is "least" or "most":
                var atMod = c.Word(j + 1) is "least" ? TimeMod.EqualOrMore : TimeMod.EqualOrLess;
                j += 2;
                return new Prefix(atMod, true);
            case "up" when c.Is(j + 1, "to"):
                j += 2;
                return new Prefix(TimeMod.EqualOrLess, true);
            case "no" when c.Is(j + 1, "more") && c.Is(j + 2, "than"):
                j += 3;
                return new Prefix(TimeMod.EqualOrLess, true);
            default:
                return null;
        }
    }

    /// <summary>
    /// Reads what follows <paramref name="core"/> and precedes the expression: "or so" and "and
    /// beyond" widen it (moving <paramref name="end"/>); "before" or "after" just before it set
    /// the mod of a date.
    /// </summary>
    /// <param name="c">The article.</param>
    /// <param name="start">The token the expression starts at (its modifier, if any).</param>
    /// <param name="core">The construction.</param>
    /// <param name="mod">The mod so far: the modifier's, else the construction's own.</param>
    /// <param name="end">The expression's end; moved past "or so" or "and beyond".</param>
    /// <returns>The expression's mod.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TimeMod? ParseSuffix(in TimeCursor c, int start, CoreTime core, TimeMod? mod, ref int end)
    {
        if (c.Is(end, "or") && c.Is(end + 1, "so"))
        {
            mod ??= TimeMod.Approx;
            end += 2;
        }
        else if (core.IsCalendar && c.Is(end, "and") && c.Is(end + 1, "beyond"))
        {
            mod ??= TimeMod.OnOrAfter;
            end += 2;
        }

        // The preposition is a signal outside the expression, but the mod says which side of
        // the date is meant.
        if (mod is null && core.IsCalendar && start > 0)
        {
            mod = c.Word(start - 1) switch
            {
                "before" => TimeMod.Before,
                "after" => TimeMod.After,
                _ => null,
            };
        }

        return mod;
    }
}
