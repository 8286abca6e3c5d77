using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Times;

/// <summary>A temporal expression found by <see cref="TimeScanner"/>, in token positions.</summary>
/// <param name="StartToken">The first token.</param>
/// <param name="EndToken">The token just past the last.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Mod">The TIMEX3 mod.</param>
internal readonly record struct FoundTime(int StartToken, int EndToken, TimeType Type, string Value, TimeMod? Mod);

/// <summary>
/// The temporal scanner: one left-to-right pass over the tokens. At each token it tries a fixed
/// set of constructions, each reading a bounded window of tokens ahead (and the tense cues in a
/// bounded window around), so the whole scan is linear in the length of the text.
/// </summary>
/// <remarks>
/// Every method is marked to be compiled optimized at once rather than tiered up: the scanner is
/// many mid-sized methods, each reached first at some article or other, and under tiering a short
/// run (the CLI over a folder, a benchmark pass) spent most of its time in their unoptimized
/// forms, where the span helpers are not inlined: three times slower than once compiled.
/// </remarks>
internal struct TimeScanner
{
    // How far the tense cues are looked for on each side of an expression.
    private const int TenseWindow = 12;

    /// <summary>
    /// The words other than the vocabulary's that a construction or a prefix starts with (the
    /// apostrophe of "'90s" among them); keep them in step with TryCore and ParsePrefix.
    /// </summary>
    internal static readonly string[] StartWords =
    [
        // ParsePrefix and TryCore's "the".
        "the", "early", "late", "mid", "earlier", "later", "about", "around", "nearly", "almost", "roughly",
        "approximately", "some", "within", "over", "under", "more", "less", "fewer", "at", "up", "no",

        // The constructions of TryCore.
        "'", "that", "this", "last", "next", "current", "past", "previous", "coming", "following",
        "fiscal", "noon", "midday", "midnight", "a", "an", "couple", "year", "every", "each", "per",
        "days", "weeks", "months", "years", "decades",
    ];

    private readonly TimeToken[] tokens;
    private readonly int count;

    // The text lower-cased at the tokens' offsets (see TimeTokenizer): a token's word is a span of it.
    private readonly char[] lower;
    private readonly LocalDate? anchor;
    private readonly TimeLexicon lexicon;
    private readonly TimeOptions options;

    // The last quarter the document named: "a year earlier" after "the third quarter" means the
    // same quarter a year before (the financial-report idiom), not the year before.
    private (int Year, int Quarter)? lastQuarter;

    // The last day the document named: a clock time with no day ("at 10 p.m.") belongs to it.
    private string? lastDay;

    // The last year and month the document named: "later that year" and "the following month"
    // count from them (TimeML's temporal functions anchored to the story), not from publication.
    private int? lastYear;
    private (int Year, int Month)? lastMonth;

    public TimeScanner(TimeToken[] tokens, int count, char[] lower, LocalDate? anchor, TimeLexicon lexicon, TimeOptions options)
    {
        this.tokens = tokens;
        this.count = count;
        this.lower = lower;
        this.anchor = anchor;
        this.lexicon = lexicon;
        this.options = options;
    }

    private enum Direction
    {
        Past = -1,
        ByTense = 0,
        Future = 1,
    }

    /// <summary>Scans the tokens.</summary>
    /// <param name="found">A pooled array that receives the expressions in text order; replaced by a larger pooled array (the old one returned) when full.</param>
    /// <param name="cancellationToken">Checked token by token.</param>
    /// <returns>The number of expressions written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Scan(ref FoundTime[] found, CancellationToken cancellationToken = default)
    {
        var count = 0;
        var i = 0;
        while (i < this.count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (this.tokens[i].Kind != TimeTokenKind.Punct && this.MayStartMatch(i) && this.TryMatch(i, out var time))
            {
                Add(ref found, ref count, time);
                i = time.EndToken;

                // "April 24 and 25", "March 3-5": the second day shares the first one's month.
                if (this.TrySecondDay(time, out var second))
                {
                    Add(ref found, ref count, second);
                    i = second.EndToken;
                }
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(ref FoundTime[] found, ref int count, FoundTime time)
    {
        if (count == found.Length)
        {
            var larger = ArrayPool<FoundTime>.Shared.Rent(Math.Max(found.Length * 2, 16));
            found.AsSpan().CopyTo(larger);
            ArrayPool<FoundTime>.Shared.Return(found, clearArray: true);
            found = larger;
        }

        found[count++] = time;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TrySecondDay(FoundTime first, out FoundTime second)
    {
        second = default;
        var k = first.EndToken;
        if (first.Type != TimeType.Date || !TryParseDay(first.Value, out var day) || first.Value.Length != 10
            || !this.IsDayNumber(first.EndToken - 1) || this.Word(k) is not ("and" or "or" or "-" or "to" or "through") || !this.IsDayNumber(k + 1))
        {
            return false;
        }

        // "Jan. 5 and 6 percent", "May 3 and 4 people", "March 3 and 5:30": the number is not a day.
        var next = this.InRange(k + 2) ? this.tokens[k + 2] : default;
        if (next.Kind is TimeTokenKind.Word or TimeTokenKind.Number && !this.IsYear(k + 2) && this.Word(k + 2) is not ("in" or "at" or "on" or "and" or "to" or "for" or "when" or "that" or "with" or "from"))
        {
            return false;
        }

        if (this.Word(k + 2) is "%" or ":" or "." && this.InRange(k + 3) && this.tokens[k + 3].Kind == TimeTokenKind.Number)
        {
            return false;
        }

        var dayOfMonth = this.DayNumber(k + 1);
        if (dayOfMonth <= day.Day || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(day.Year, day.Month))
        {
            return false;
        }

        var end = k + 2;
        var year = day.Year;
        if (this.Is(end, ",") && this.IsYear(end + 1))
        {
            end += 2;
        }

        second = new FoundTime(k + 1, end, TimeType.Date, TimexValue.Day(new LocalDate(year, day.Month, dayOfMonth)), null);
        this.Remember(second.Value);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMatch(int i, out FoundTime found)
    {
        found = default;
        var j = i;
        var prefix = this.ParsePrefix(ref j);
        if (!this.TryCore(j, out var core))
        {
            return false;
        }

        if (prefix is { } p)
        {
            var fits = p.ForDuration ? core.Type == TimeType.Duration || core.IsShift : core.Type is TimeType.Date or TimeType.Time && core.IsCalendar;
            if (!fits)
            {
                return false;
            }
        }

        var end = core.End;
        var mod = prefix?.Mod ?? core.Mod;

        // Suffixes that widen the expression: "or so", "and beyond", "or later".
        if (this.Is(end, "or") && this.Is(end + 1, "so"))
        {
            mod ??= TimeMod.Approx;
            end += 2;
        }
        else if (core.IsCalendar && this.Is(end, "and") && this.Is(end + 1, "beyond"))
        {
            mod ??= TimeMod.OnOrAfter;
            end += 2;
        }

        // "before 1990" and "after May": the preposition is a signal outside the expression,
        // but the mod says which side of the date is meant.
        if (mod is null && core.IsCalendar && i > 0)
        {
            mod = this.Word(i - 1) switch
            {
                "before" => TimeMod.Before,
                "after" => TimeMod.After,
                _ => null,
            };
        }

        if (core.Value.Length == 0)
        {
            return false;
        }

        if (core.Type is TimeType.Date or TimeType.Time)
        {
            this.Remember(core.Value);
        }

        found = new FoundTime(i, end, core.Type, core.Value, mod);
        return true;
    }

    // Keeps the day, month and year a calendar value names as the story's latest reference.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Remember(string value)
    {
        if (value.Length < 4 || !IsDigits(value, 0, 4))
        {
            return;
        }

        this.lastYear = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (value.Length >= 7 && value[4] == '-' && IsDigits(value, 5, 2))
        {
            this.lastMonth = (this.lastYear.Value, int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture));
            if (value.Length >= 10 && value[7] == '-' && IsDigits(value, 8, 2))
            {
                this.lastDay = value[..10];
            }
        }
    }

    private readonly record struct Prefix(TimeMod Mod, bool ForDuration);

    // Modifiers that belong to the expression ("early next year", "more than three years").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Prefix? ParsePrefix(ref int j)
    {
        var w = this.Word(j);
        switch (w)
        {
            case "the" when this.Is(j + 2, "of") && this.Word(j + 1) is "end" or "beginning" or "start" or "middle":
                var mod = this.Word(j + 1) switch
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
                if (w is "earlier" or "later" && this.Word(j + 1) is not ("this" or "that" or "today" or "yesterday" or "tomorrow" or "tonight"))
                {
                    return null;
                }

                j += this.Is(j + 1, "-") ? 2 : 1;
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
            case "more" or "less" or "fewer" when this.Is(j + 1, "than"):
                j += 2;
                return new Prefix(w is "more" ? TimeMod.MoreThan : TimeMod.LessThan, true);
            case "at" when this.Word(j + 1) is "least" or "most":
                var atMod = this.Word(j + 1) is "least" ? TimeMod.EqualOrMore : TimeMod.EqualOrLess;
                j += 2;
                return new Prefix(atMod, true);
            case "up" when this.Is(j + 1, "to"):
                j += 2;
                return new Prefix(TimeMod.EqualOrLess, true);
            case "no" when this.Is(j + 1, "more") && this.Is(j + 2, "than"):
                j += 3;
                return new Prefix(TimeMod.EqualOrLess, true);
            default:
                return null;
        }
    }

    /// <summary>A core expression: its end token, type and value.</summary>
    private readonly record struct Core(int End, TimeType Type, string Value, bool IsCalendar, bool IsShift = false, TimeMod? Mod = null);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryCore(int j, out Core core)
    {
        var w = this.Word(j);
        if (w.Length == 0)
        {
            core = default;
            return false;
        }

        if (w is "the")
        {
            if (this.TryTheCore(j + 1, out core))
            {
                return true;
            }

            // "the third quarter", "the summer", "the 1990s", "the nine months".
            if (this.TryHoliday(j, out core) || this.TryQuarter(j + 1, out core) || this.TrySeason(j + 1, out core) || this.TryDecade(j + 1, out core)
                || this.TryDuration(j + 1, out core) || this.TryFiscal(j + 1, out core))
            {
                return true;
            }

            return false;
        }

        if (!this.MayStartMatch(j))
        {
            core = default;
            return false;
        }

        return this.TryDayRef(j, out core)
            || this.TryThat(j, out core)
            || this.TryHoliday(j, out core)
            || this.TryQuarter(j, out core)
            || this.TryRelative(j, out core)
            || this.TryTimeOfDay(j, out core)
            || this.TryWeekday(j, out core)
            || this.TryMonth(j, out core)
            || this.TryDayMonth(j, out core)
            || this.TryDecade(j, out core)
            || this.TryFiscal(j, out core)
            || this.TryYear(j, out core)
            || this.TrySeason(j, out core)
            || this.TryDuration(j, out core)
            || this.TryYearEnd(j, out core)
            || this.TryRef(j, out core)
            || this.TrySet(j, out core);
    }

    // Whether TryMatch could match at token i, and TryCore at token j: every construction (and
    // every prefix of ParsePrefix) starts with a vocabulary word, a capital, a digit, or one of
    // StartWords, which the tokenizer numbered with the vocabulary. Most tokens of a text are
    // none of these, and the whole chain is skipped for them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MayStartMatch(int i)
    {
        var token = this.tokens[i];
        return token.Entry >= 0 || token.Capitalized || token.Kind == TimeTokenKind.Number || char.IsDigit(this.lower[token.Start]);
    }

    // ---- constructions that need "the" ----------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryTheCore(int j, out Core core)
    {
        core = default;
        var w = this.Word(j);
        switch (w)
        {
            case "past" or "future" when !this.StartsDuration(j + 1) && !this.IsSingularUnit(j + 1):
                core = new Core(j + 1, TimeType.Date, w is "past" ? "PAST_REF" : "FUTURE_REF", false);
                return true;
            case "near" or "distant" or "foreseeable" when this.Is(j + 1, "future"):
                core = new Core(j + 2, TimeType.Date, "FUTURE_REF", false);
                return true;
            case "weekend":
                core = new Core(j + 1, TimeType.Date, this.Weekend(), true);
                return true;
            case "year" when !this.Is(j + 1, "-") && !this.Is(j + 1, "'"):
                // "for the year" is the year's length (results "for the year"); "in the year" the year itself.
                core = this.Word(j - 2) is "for" or "over" or "throughout"
                    ? new Core(j + 1, TimeType.Duration, "P1Y", false)
                    : new Core(j + 1, TimeType.Date, this.anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true);
                return true;
            case "full" or "whole" or "entire" when this.Is(j + 1, "year"):
                core = new Core(j + 2, TimeType.Date, this.anchor is { } b ? TimexValue.Year(b.Year) : "XXXX", true);
                return true;
            case "year" or "same" when this.Is(j + 1, "-") && this.Word(j + 2) is "earlier" or "ago" && this.Word(j + 3) is "period" or "quarter":
                core = new Core(j + 4, TimeType.Date, this.YearBeforeReference(), true);
                return true;
            case "latest" or "current" or "recent" or "most" or "previous" or "quarter" or "fiscal" or "same":
                return this.TryReferenceQuarter(j, out core);
            case "first" or "second" when this.Is(j + 1, "half"):
                core = new Core(j + 2, TimeType.Date, this.Half(w is "first" ? 1 : 2, j), true);
                return true;
            case "day" when this.Word(j + 1) is "before" or "after":
                return this.TryDayBeforeAfter(j, out core);
            case "week" when this.Is(j + 1, "of") && this.TryCore(j + 2, out var ofDay) && ofDay.IsCalendar && TryParseDay(ofDay.Value, out var inWeek):
                // "the week of March 6".
                core = new Core(ofDay.End, TimeType.Date, TimexValue.Week(inWeek), true);
                return true;
            case "past" or "last" or "next" or "coming" or "previous" or "first" or "latest" or "following":
                // "the next day", "the following year", "the previous month": one step from the
                // story's latest date. "The next year" in a clause about the future is rather a
                // duration (the coming twelve months), so it counts from the story only in the past.
                if (w is "next" or "following" or "previous" && this.TryStoryStep(j + 1, w is "previous" ? -1 : 1, w is not "next" || this.TenseAt(j) < 0, out core))
                {
                    return true;
                }

                // "the past two months", "the first nine months", "the last twenty four hours".
                if (this.TryDuration(j + 1, out core))
                {
                    return true;
                }

                // "the past decade", "the next year": one unit's length.
                if (w is not ("first" or "latest") && this.Lookup(TimeWordKind.Unit, j + 1, out var unit) && !this.Word(j + 1).EndsWith('s'))
                {
                    core = new Core(j + 2, TimeType.Duration, DurationValue("1", unit), false);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReferenceQuarter(int j, out Core core)
    {
        core = default;
        var k = j;
        if (this.Is(k, "most") && this.Is(k + 1, "recent"))
        {
            k += 2;
        }
        else if (this.Word(k) is "latest" or "current" or "recent" or "previous" or "same")
        {
            k++;
        }

        if (this.Is(k, "fiscal"))
        {
            k++;
        }

        if (this.Is(k, "quarter"))
        {
            core = new Core(k + 1, TimeType.Date, this.ReferenceQuarter(), true);
            return true;
        }

        if (this.Is(k, "period") && this.Word(j) is "latest" or "same")
        {
            core = new Core(k + 1, TimeType.Date, this.ReferenceQuarter(), true);
            return true;
        }

        return this.TryQuarter(k, out core) && core.End > k;
    }

    // ---- dates anchored to the story (TimeML's temporal functions) ---------------------------

    // "that day", "that same year", "later that month", "that morning": the day, month or year the
    // story last named. With nothing named before, the expression has no value and is left out.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryThat(int j, out Core core)
    {
        core = default;
        if (!this.Is(j, "that"))
        {
            return false;
        }

        var k = this.Is(j + 1, "same") ? j + 2 : j + 1;
        var w = this.Word(k);
        var value = w switch
        {
            "day" => this.lastDay,
            "week" => TryParseDay(this.lastDay, out var day) ? TimexValue.Week(day) : null,
            "month" => this.lastMonth is { } m ? TimexValue.Month(m.Year, m.Month) : null,
            "year" => this.lastYear is { } y ? TimexValue.Year(y) : null,
            _ => null,
        };
        if (value is not null)
        {
            core = new Core(k + 1, TimeType.Date, value, true);
            return true;
        }

        if (this.lastDay is { } last && this.Lookup(TimeWordKind.PartOfDay, k, out _))
        {
            return this.WithPartOfDay(k, last, out core);
        }

        return false;
    }

    // "the next day", "the following morning", "the previous year": one unit from the story's
    // latest day, month or year (from publication when the story has named none).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryStoryStep(int k, int step, bool longerUnits, out Core core)
    {
        core = default;
        var w = this.Word(k);
        if (this.Is(k + 1, "-") || this.Is(k + 1, "'"))
        {
            return false;
        }

        LocalDate? fromDay = TryParseDay(this.lastDay, out var last) ? last : this.anchor;
        if (w is "day" || this.Lookup(TimeWordKind.PartOfDay, k, out _))
        {
            if (fromDay is not { } d)
            {
                return false;
            }

            return this.WithPartOfDay(w is "day" ? k + 1 : k, TimexValue.Day(d.PlusDays(step)), out core);
        }

        if (!longerUnits)
        {
            return false;
        }

        (int Year, int Month)? fromMonth = this.lastMonth ?? (this.anchor is { } a ? (a.Year, a.Month) : null);
        var fromYear = this.lastYear ?? this.anchor?.Year;
        string? value = null;
        switch (w)
        {
            case "week" when fromDay is { } d:
                value = TimexValue.Week(d.PlusWeeks(step));
                break;
            case "month" when fromMonth is { } m:
                var month = new LocalDate(m.Year, m.Month, 1).PlusMonths(step);
                value = TimexValue.Month(month.Year, month.Month);
                break;
            case "year" when fromYear is { } y:
                value = TimexValue.Year(y + step);
                break;
        }

        if (value is null)
        {
            return false;
        }

        core = new Core(k + 1, TimeType.Date, value, true);
        return true;
    }

    // "the day before last Tuesday's hearing", "the day after Christmas": a day from the date
    // that follows; "the day before" alone counts from the story's latest day.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDayBeforeAfter(int j, out Core core)
    {
        core = default;
        var step = this.Is(j + 1, "before") ? -1 : 1;
        var k = j + 2;
        if (this.InRange(k) && this.tokens[k].Kind is TimeTokenKind.Word or TimeTokenKind.Number)
        {
            if (this.TryCore(k, out var dated) && dated.IsCalendar && TryParseDay(dated.Value, out var named))
            {
                core = new Core(dated.End, TimeType.Date, TimexValue.Day(named.PlusDays(step)), true);
                return true;
            }

            // "the day after his death": the event's day is not written.
            return false;
        }

        if (!TryParseDay(this.lastDay, out var last))
        {
            return false;
        }

        core = new Core(j + 2, TimeType.Date, TimexValue.Day(last.PlusDays(step)), true);
        return true;
    }

    // A "YYYY-MM-DD" value (with or without a time after it) as a date.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseDay(string? value, out LocalDate day)
    {
        day = default;
        if (value is null || value.Length < 10 || !IsDigits(value, 0, 4) || value[4] != '-' || !IsDigits(value, 5, 2) || value[7] != '-' || !IsDigits(value, 8, 2))
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

    private bool IsSingularUnit(int k) => this.Lookup(TimeWordKind.Unit, k, out _) && !this.Word(k).EndsWith('s');

    // ---- deictic days -----------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDayRef(int j, out Core core)
    {
        core = default;
        if (!this.Lookup(TimeWordKind.DayRef, j, out var offsetText))
        {
            return false;
        }

        var offset = int.Parse(offsetText, CultureInfo.InvariantCulture);
        var date = this.anchor?.PlusDays(offset);
        var day = date is { } d ? TimexValue.Day(d) : null;
        if (this.Is(j, "tonight"))
        {
            core = new Core(j + 1, TimeType.Time, day is null ? "XXXX-XX-XXTNI" : day + "TNI", true);
            return true;
        }

        // Without a publication date "yesterday" has no calendar value; TIMEX3 has no
        // unresolved form for it, so the expression is still found but left relative.
        var value = day ?? (offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
        if (this.Lookup(TimeWordKind.PartOfDay, j + 1, out var part) && day is not null)
        {
            core = new Core(j + 2, TimeType.Time, day + "T" + part, true);
            return true;
        }

        core = new Core(j + 1, TimeType.Date, value, day is not null);
        return true;
    }

    // ---- this / last / next ... -------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryRelative(int j, out Core core)
    {
        core = default;
        var w = this.Word(j);
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
        var next = this.Word(k);

        // "last two years", "next three months": a duration, not a date.
        if (step != 0 && this.StartsDuration(k))
        {
            return this.TryDuration(k, out core);
        }

        if (this.Lookup(TimeWordKind.PartOfDay, k, out var part) && w is "this" or "last")
        {
            // "this morning", "last night".
            var date = this.anchor?.PlusDays(w is "last" ? -1 : 0);
            core = new Core(k + 1, TimeType.Time, (date is { } d ? TimexValue.Day(d) : "XXXX-XX-XX") + "T" + part, true);
            return true;
        }

        if (this.Lookup(TimeWordKind.Unit, k, out var unit) && !next.EndsWith('s'))
        {
            var value = this.ShiftUnit(unit, step);
            if (value is null)
            {
                return false;
            }

            core = new Core(k + 1, TimeType.Date, value, true);
            return true;
        }

        if (this.Lookup(TimeWordKind.Weekday, k, out var weekday))
        {
            var dir = step switch { -1 => -2, 1 => 2, _ => 0 };
            var value = this.WeekdayValue(int.Parse(weekday, CultureInfo.InvariantCulture), dir, j);
            return this.WithPartOfDay(k + 1, value, out core);
        }

        if (this.Lookup(TimeWordKind.Month, k, out var month) && this.tokens[k].Capitalized && step != 0)
        {
            var m = int.Parse(month, CultureInfo.InvariantCulture);
            if (step < 0 && this.TryMonth(k, out var dated) && dated.Value.Length == 10)
            {
                // "last Oct. 23": the month-day resolver reads "last" as looking back.
                core = dated;
                return true;
            }

            core = new Core(k + 1, TimeType.Date, this.MonthValue(m, step < 0 ? -2 : 2, j), true);
            return true;
        }

        // "this September": the month of the publication year.
        if (step == 0 && w is "this" && this.Lookup(TimeWordKind.Month, k, out var thisMonth) && this.tokens[k].Capitalized && this.anchor is { } thisAnchor)
        {
            core = new Core(k + 1, TimeType.Date, TimexValue.Month(thisAnchor.Year, int.Parse(thisMonth, CultureInfo.InvariantCulture)), true);
            return true;
        }

        if (this.Lookup(TimeWordKind.Season, k, out var season))
        {
            core = new Core(k + 1, TimeType.Date, this.SeasonValue(season, step, j), true);
            return true;
        }

        return false;
    }

    // The calendar unit around the anchor moved by step units: "last year" 2018, "this week" 2019-W39.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ShiftUnit(string unit, int step)
    {
        if (this.anchor is not { } a)
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
                var quarter = QuarterOf(a) + step;
                var year = a.Year + ((quarter - 1 + 400) / 4) - 100;
                var q = ((quarter - 1 + 400) % 4) + 1;
                this.lastQuarter = (year, q);
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

    // ---- weekdays, months, days ---------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryWeekday(int j, out Core core)
    {
        core = default;
        if (!this.InRange(j) || !this.tokens[j].Capitalized || !this.Lookup(TimeWordKind.Weekday, j, out var weekday))
        {
            return false;
        }

        var k = j + 1;

        // "Friday, Feb. 13": the date names the day.
        if (this.Is(k, ",") && this.TryMonth(k + 1, out var dated) && dated.IsCalendar && dated.Value.Length >= 10)
        {
            core = dated;
            return true;
        }

        // "Wednesday's ruling", "Friday's close": news names a day by what already happened on it.
        var possessive = this.Is(k, "'") && this.Is(k + 1, "s");
        var value = this.WeekdayValue(int.Parse(weekday, CultureInfo.InvariantCulture), possessive ? -1 : 0, j);
        return this.WithPartOfDay(k, value, out core);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool WithPartOfDay(int k, string dayValue, out Core core)
    {
        if (this.Lookup(TimeWordKind.PartOfDay, k, out var part))
        {
            // "Friday night" runs past midnight and TimeBank dates it by the day alone.
            if (part == "NI")
            {
                core = new Core(k + 1, TimeType.Date, dayValue, true);
                return true;
            }

            core = new Core(k + 1, TimeType.Time, dayValue + "T" + part, true);
            return true;
        }

        core = new Core(k, TimeType.Date, dayValue, true);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMonth(int j, out Core core)
    {
        core = default;
        if (!this.InRange(j) || !this.tokens[j].Capitalized || !this.Lookup(TimeWordKind.Month, j, out var monthText))
        {
            return false;
        }

        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var abbreviated = this.Word(j).Length <= 4 && this.Word(j) is not ("june" or "july" or "may");
        var k = j + 1;
        if (this.Is(k, "."))
        {
            k++;
        }
        else if (abbreviated && this.Word(j) is not "sept")
        {
            // "Jan" without its full stop is rarely a month in running text.
            if (!this.IsDayNumber(k))
            {
                return false;
            }
        }

        // "Sept. 30", "Aug. 7, 1998", "March 30th".
        if (this.IsDayNumber(k))
        {
            var day = this.DayNumber(k);
            var end = k + 1;
            int? year = null;
            if (this.Is(end, ",") && this.IsYear(end + 1))
            {
                year = this.IntValue(end + 1);
                end += 2;
            }
            else if (this.IsYear(end))
            {
                year = this.IntValue(end);
                end++;
            }

            core = new Core(end, TimeType.Date, this.MonthDayValue(month, day, year, j), true);
            return true;
        }

        // "May 2018", "July, 1997", "September of 1998".
        var yearAt = this.IsYear(k) ? k : this.Word(k) is "," or "of" && this.IsYear(k + 1) ? k + 1 : -1;
        if (yearAt >= 0)
        {
            core = new Core(yearAt + 1, TimeType.Date, TimexValue.Month(this.IntValue(yearAt), month), true);
            return true;
        }

        // "July last year", "March next year".
        if (this.Word(k) is "last" or "this" or "next" && this.Is(k + 1, "year") && this.anchor is { } a)
        {
            var year = a.Year + this.Word(k) switch { "last" => -1, "next" => 1, _ => 0 };
            core = new Core(k + 2, TimeType.Date, TimexValue.Month(year, month), true);
            return true;
        }

        // A bare month: "May" and "March" are also verbs, so they need a temporal preposition.
        if (abbreviated && !this.Is(j + 1, "."))
        {
            return false;
        }

        if (this.Word(j) is "may" or "march" && j > 0 && this.Word(j - 1) is not ("in" or "since" or "by" or "until" or "of" or "early" or "late" or "mid" or "-" or "from" or "through" or "to" or "before" or "after" or "during" or "last" or "next" or "this" or "and"))
        {
            return false;
        }

        core = new Core(abbreviated ? j + 2 : j + 1, TimeType.Date, this.MonthValue(month, 0, j), true);
        return true;
    }

    // "30 March", "7 August 2019".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDayMonth(int j, out Core core)
    {
        core = default;
        if (!this.IsDayNumber(j))
        {
            return false;
        }

        var k = j + 1;
        if (this.Is(k, "of"))
        {
            k++;
        }

        if (!this.InRange(k) || !this.tokens[k].Capitalized || !this.Lookup(TimeWordKind.Month, k, out var monthText))
        {
            return false;
        }

        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var end = k + 1;
        if (this.Is(end, "."))
        {
            end++;
        }

        int? year = null;
        if (this.IsYear(end))
        {
            year = this.IntValue(end);
            end++;
        }

        core = new Core(end, TimeType.Date, this.MonthDayValue(month, this.DayNumber(j), year, j), true);
        return true;
    }

    // "Thanksgiving", "last Christmas", "Election Day": dated by the holiday calendar.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryHoliday(int j, out Core core)
    {
        core = default;
        var k = j;
        var dir = this.Word(k) switch { "last" => -1, "next" => 1, "this" => 0, _ => 2 };
        if (dir != 2)
        {
            k++;
        }
        else
        {
            dir = 0;
        }

        if (!this.InRange(k) || (!this.tokens[k].Capitalized && !this.Is(k, "the")))
        {
            return false;
        }

        foreach (var holiday in HolidayCalendar.Default.StartingWith(this.Word(k)))
        {
            var n = 0;
            while (n < holiday.Words.Length && this.Is(k + n, holiday.Words[n]))
            {
                n++;
            }

            if (n == holiday.Words.Length)
            {
                core = new Core(k + n, TimeType.Date, this.AnnualValue(holiday, dir, j), true);
                return true;
            }
        }

        return false;
    }

    // A day that comes once a year, in the year the clause points at (like a day and month).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string AnnualValue(Holiday holiday, int dir, int at)
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-XX-XX";
        }

        var thisYear = holiday.In(a.Year);
        var past = thisYear <= a ? thisYear : holiday.In(a.Year - 1);
        var future = thisYear >= a ? thisYear : holiday.In(a.Year + 1);
        var back = DaysBetween(past, a);
        var ahead = DaysBetween(a, future);
        var tense = dir != 0 ? dir : this.TenseAt(at);
        var chosen = tense switch
        {
            > 0 => future,
            < 0 => ahead <= 60 && back >= 240 ? future : past,
            _ => ahead < back ? future : past,
        };
        return TimexValue.Day(chosen);
    }

    // ---- years, decades, fiscal years, quarters, halves -------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryYear(int j, out Core core)
    {
        core = default;
        if (!this.IsYear(j) || !this.LooksLikeYearInContext(j))
        {
            return false;
        }

        var year = this.IntValue(j);
        core = new Core(j + 1, TimeType.Date, TimexValue.Year(year), true);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryFiscal(int j, out Core core)
    {
        core = default;
        if (!this.Is(j, "fiscal"))
        {
            return false;
        }

        var k = j + 1;
        if (this.Is(k, "year"))
        {
            k++;
        }

        if (this.IsYear(k))
        {
            core = new Core(k + 1, TimeType.Date, TimexValue.Year(this.IntValue(k)), true);
            return true;
        }

        if (this.InRange(k) && this.DigitCount(k) == 2)
        {
            var year = 1900 + this.IntValue(k);
            core = new Core(k + 1, TimeType.Date, TimexValue.Year(year < 1950 ? year + 100 : year), true);
            return true;
        }

        if (k == j + 2)
        {
            // "the fiscal year": the current one.
            core = new Core(k, TimeType.Date, this.anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true);
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDecade(int j, out Core core)
    {
        core = default;
        var k = j;
        if (this.Is(k, "'"))
        {
            k++;
        }

        if (!this.InRange(k) || this.tokens[k].Kind != TimeTokenKind.Word)
        {
            return false;
        }

        var w = this.Word(k);

        // "1990s" → 199; "'90s" → 199 (the twentieth century is assumed for two digits).
        if (w.Length == 5 && w[4] == 's' && IsDigits(w, 0, 3) && w[3] == '0')
        {
            core = new Core(k + 1, TimeType.Date, w[..3].ToString(), true);
            return true;
        }

        if (w.Length == 3 && w[2] == 's' && IsDigits(w, 0, 2) && w[1] == '0' && k > j)
        {
            core = new Core(k + 1, TimeType.Date, "19" + w[0], true);
            return true;
        }

        // "the 20th century", "the nineteenth century".
        if (this.Is(k + 1, "century") && k == j)
        {
            var ordinal = w.Length >= 3 && IsDigits(w, 0, w.Length - 2) ? int.Parse(w[..^2], CultureInfo.InvariantCulture) : 0;
            if (ordinal is > 0 and < 30)
            {
                core = new Core(k + 2, TimeType.Date, (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), true);
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryQuarter(int j, out Core core)
    {
        core = default;
        var k = j;
        int? year = null;

        // "this year's third quarter", "1998's first quarter".
        if (this.IsYear(k) && this.Is(k + 1, "'") && this.Is(k + 2, "s"))
        {
            year = this.IntValue(k);
            k += 3;
        }
        else if (this.Word(k) is "this" or "last" or "next" && this.Is(k + 1, "year") && this.Is(k + 2, "'") && this.Is(k + 3, "s") && this.anchor is { } a)
        {
            year = a.Year + this.Word(k) switch { "last" => -1, "next" => 1, _ => 0 };
            k += 4;
        }

        if (this.Is(k, "fiscal"))
        {
            k++;
        }

        if (!this.Lookup(TimeWordKind.Ordinal, k, out var ordinalText) || ordinalText == "L")
        {
            return false;
        }

        var ordinal = int.Parse(ordinalText, CultureInfo.InvariantCulture);
        var u = k + 1;
        if (this.Is(u, "-"))
        {
            u++;
        }

        if (this.Is(u, "fiscal"))
        {
            u++;
        }

        var unit = this.Word(u);
        if (unit is "quarter" or "quarters" && ordinal <= 4)
        {
            // "the third quarter of 1998", "first quarter 1999".
            var end = u + 1;
            if (year is null && this.Is(end, "of") && this.IsYear(end + 1))
            {
                year = this.IntValue(end + 1);
                end += 2;
            }
            else if (year is null && this.IsYear(end))
            {
                year = this.IntValue(end);
                end++;
            }

            var value = this.QuarterValue(ordinal, year, j);
            core = new Core(end, TimeType.Date, value, true);
            return true;
        }

        if (unit is "half" && ordinal <= 2)
        {
            var end = u + 1;
            if (year is null && this.Is(end, "of") && this.IsYear(end + 1))
            {
                year = this.IntValue(end + 1);
                end += 2;
            }

            var value = year is { } y ? TimexValue.Year(y) + "-H" + ordinal.ToString(CultureInfo.InvariantCulture) : this.Half(ordinal, j);
            core = new Core(end, TimeType.Date, value, true);
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TrySeason(int j, out Core core)
    {
        core = default;
        if (!this.Lookup(TimeWordKind.Season, j, out var season))
        {
            return false;
        }

        // "summer 2018", "the summer of 2018".
        var k = j + 1;
        if (this.Is(k, "of") && this.IsYear(k + 1))
        {
            k++;
        }

        if (this.IsYear(k))
        {
            core = new Core(k + 1, TimeType.Date, TimexValue.Year(this.IntValue(k)) + "-" + season, true);
            return true;
        }

        // A bare season needs a determiner or a temporal preposition: "fall" is also a verb.
        if (j == 0 || this.Word(j - 1) is not ("the" or "in" or "this" or "during" or "since" or "by" or "until" or "early" or "late" or "mid"))
        {
            return false;
        }

        core = new Core(j + 1, TimeType.Date, this.SeasonValue(season, 0, j), true);
        return true;
    }

    // "year end", "year-end", "year's end".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryYearEnd(int j, out Core core)
    {
        core = default;
        if (!this.Is(j, "year"))
        {
            return false;
        }

        var k = j + 1;
        if (this.Word(k) is "-" or "'")
        {
            k += this.Is(k, "'") && this.Is(k + 1, "s") ? 2 : 1;
        }

        if (this.Is(k, "end"))
        {
            core = new Core(k + 1, TimeType.Date, this.anchor is { } a ? TimexValue.Year(a.Year) : "XXXX", true, Mod: TimeMod.End);
            return true;
        }

        // "year-earlier" as an adjective: the reference period a year before.
        if (this.Is(j + 1, "-") && this.Word(j + 2) is "earlier" or "ago")
        {
            var end = this.Word(j + 3) is "period" or "quarter" or "results" ? j + 3 : j + 3;
            core = new Core(end, TimeType.Date, this.YearBeforeReference(), true);
            return true;
        }

        return false;
    }

    // ---- durations and shifts -----------------------------------------------------------------

    private bool StartsDuration(int k) => this.TryNumber(k, out var after, out _) && this.TryUnitAt(after, out _, out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryUnitAt(int k, out string unit, out int end)
    {
        end = k;
        if (this.Is(k, "-"))
        {
            k++;
        }

        // "two more weeks", "three straight years", "five trading days".
        if (this.Word(k) is "more" or "additional" or "straight" or "consecutive" or "full" or "trading" or "business" or "calendar")
        {
            k++;
        }

        if (this.Lookup(TimeWordKind.Unit, k, out unit))
        {
            end = k + 1;
            return true;
        }

        return false;
    }

    // A number in words or digits: "three", "twenty four", "twenty-four", "24", "a couple of", "several".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryNumber(int k, out int end, out string number)
    {
        end = k;
        number = string.Empty;
        if (!this.InRange(k))
        {
            return false;
        }

        var token = this.tokens[k];
        if (token.Kind == TimeTokenKind.Number)
        {
            var n = this.IntValue(k);
            if (n <= 0 || n > 10_000 || this.Text(k).Contains(','))
            {
                return false;
            }

            // "two to three weeks": the lower bound stands for the range.
            end = k + 1;
            number = n.ToString(CultureInfo.InvariantCulture);

            // "5 1/2 hours": a half on top of the whole number.
            if (this.InRange(end + 2) && this.Text(end) is "1" && this.Is(end + 1, "/") && this.Text(end + 2) is "2")
            {
                end += 3;
                number += HalfSuffix;
                return true;
            }
            if (this.Word(end) is "to" or "or" or "-" && this.InRange(end + 1) && this.tokens[end + 1].Kind == TimeTokenKind.Number)
            {
                end += 2;
            }

            return true;
        }

        var w = this.Text(k);
        if (w is "a" or "an")
        {
            if (this.Word(k + 1) is "couple" or "few" or "dozen" or "half")
            {
                return this.TryNumber(k + 1, out end, out number);
            }

            end = k + 1;
            number = "1";
            return true;
        }

        if (w is "couple" && this.Is(k + 1, "of"))
        {
            end = k + 2;
            number = "2";
            return true;
        }

        if (!this.Lookup(TimeWordKind.Number, k, out var value))
        {
            return false;
        }

        if (value == "X")
        {
            end = k + 1;
            number = "X";
            return true;
        }

        var total = 0;
        var current = int.Parse(value, CultureInfo.InvariantCulture);
        end = k + 1;
        while (true)
        {
            var next = end;
            if (this.Is(next, "-"))
            {
                next++;
            }

            if (!this.Lookup(TimeWordKind.Number, next, out var more) || more == "X" || this.Word(next) is "a" or "an")
            {
                break;
            }

            var m = int.Parse(more, CultureInfo.InvariantCulture);
            if (m is 100 or 1000)
            {
                current *= m;
                if (m == 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if (current % 10 == 0 && m < 10)
            {
                current += m;
            }
            else
            {
                break;
            }

            end = next + 1;
        }

        // "two to three weeks".
        if (this.Word(end) is "to" or "or" && this.Lookup(TimeWordKind.Number, end + 1, out var upper) && upper != "X" && this.Word(end + 1) is not ("a" or "an"))
        {
            end += 2;
        }

        number = (total + current).ToString(CultureInfo.InvariantCulture);

        // "two and a half years".
        if (this.Is(end, "and") && this.Word(end + 1) is "a" && this.Is(end + 2, "half"))
        {
            end += 3;
            number += HalfSuffix;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryDuration(int j, out Core core)
    {
        core = default;

        // "for weeks", "within days", "the coming months": an unknown number of units.
        if (j > 0 && this.Word(j - 1) is "for" or "within" or "coming" && this.Word(j) is "days" or "weeks" or "months" or "years" or "decades"
            && this.Lookup(TimeWordKind.Unit, j, out var vague))
        {
            core = new Core(j + 1, TimeType.Duration, DurationValue("X", vague), false);
            return true;
        }

        if (!this.TryNumber(j, out var after, out var number) || !this.TryUnitAt(after, out var unit, out var end))
        {
            return false;
        }

        // "some" and "many" are numbers only before a plural ("many years", not "some day").
        if (number == "X" && !this.Word(end - 1).EndsWith('s'))
        {
            return false;
        }

        // "a 6-year-old", "52 years old": an age, not a time.
        if (this.Is(end, "old") || (this.Is(end, "-") && this.Is(end + 1, "old")))
        {
            return false;
        }

        // "a year" alone is too often "a year of", "once a year"; it is kept only when it is
        // the whole duration ("for a year", "a year ago").
        var shift = this.Word(end) switch
        {
            "ago" or "earlier" or "before" or "previously" => -1,
            "later" or "after" or "hence" => 1,
            "from" when this.Is(end + 1, "now") => 2,
            _ => 0,
        };

        // "four flights a week", "$1 billion a year": a rate, TimeML's SET.
        if (shift == 0 && this.Word(j) is "a" or "an" && end == j + 2 && j > 0 && this.IsRateHead(j - 1))
        {
            core = new Core(end, TimeType.Set, DurationValue("1", unit), false);
            return true;
        }

        if (shift == 0 && this.Word(j) is "a" or "an" && j > 0 && this.Word(j - 1) is not ("for" or "in" or "within" or "than" or "about" or "nearly" or "almost" or "over" or "past" or "last" or "next" or "the" or "around" or "first"))
        {
            return false;
        }

        // "before" and "after" after a duration are shifts only when nothing follows that
        // they could govern ("two days after the vote" is a duration and a signal).
        if (shift != 0 && this.Word(end) is "before" or "after")
        {
            var following = this.InRange(end + 1) ? this.tokens[end + 1] : default;
            if (following.Kind is TimeTokenKind.Word or TimeTokenKind.Number)
            {
                shift = 0;
            }
        }

        if (shift != 0)
        {
            var n = number == "X" ? -1 : int.Parse(number.AsSpan(0, number.Length - (number.EndsWith(HalfSuffix, StringComparison.Ordinal) ? HalfSuffix.Length : 0)), CultureInfo.InvariantCulture);
            var value = this.Shift(unit, n, shift > 0 ? 1 : -1, this.Word(end) is "earlier" or "later" or "before" or "after");
            core = new Core(end + (shift == 2 ? 2 : 1), TimeType.Date, value, true, IsShift: true);
            return true;
        }

        core = new Core(end, TimeType.Duration, DurationValue(number, unit), false);
        return true;
    }

    // A counted noun or amount before "a day": "flights", "billion", "twice".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsRateHead(int k)
    {
        var token = this.tokens[k];
        if (token.Kind == TimeTokenKind.Number)
        {
            return true;
        }

        var w = this.Text(k);
        return w is "million" or "billion" or "trillion" or "once" or "twice" or "times" or "hours" or "percent"
            || (token.Kind == TimeTokenKind.Word && w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w is not ("was" or "has" or "this" or "his" or "years" or "months" or "weeks" or "days"));
    }

    // A number with a half: "5 1/2", "two and a half".
    private const string HalfSuffix = ".5";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string DurationValue(string number, string unit) => number.EndsWith(HalfSuffix, StringComparison.Ordinal)
        ? HalfDuration(number[..^HalfSuffix.Length], unit)
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
        "S" => "PT" + whole + HalfSuffix + "S",
        _ => "P" + whole + HalfSuffix + unit,
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
    private string Shift(string unit, int n, int sign, bool relativeToReference)
    {
        if (n < 0)
        {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        if (unit == "Y" && this.lastQuarter is { } lq && (relativeToReference || n == 1))
        {
            return TimexValue.Quarter(lq.Year + (sign * n), lq.Quarter);
        }

        if (this.anchor is not { } a)
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
                return TimexValue.Quarter(shifted.Year, QuarterOf(shifted));
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

    // ---- times of day -------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryTimeOfDay(int j, out Core core)
    {
        core = default;
        int hour;
        var minute = 0;
        int k;
        if (this.Word(j) is "noon" or "midday" or "midnight")
        {
            hour = this.Word(j) is "midnight" ? 0 : 12;
            k = j + 1;
        }
        else
        {
            if (!this.InRange(j))
            {
                return false;
            }

            var token = this.tokens[j];
            string? meridiem = null;
            var text = this.Text(j);
            if (token.Kind == TimeTokenKind.Number && this.DigitCount(j) is 1 or 2)
            {
                hour = this.IntValue(j);
                k = j + 1;
                if (this.Is(k, ":") && this.InRange(k + 1) && this.DigitCount(k + 1) == 2)
                {
                    minute = this.IntValue(k + 1);
                    k += 2;
                }
                else if (text.Contains('.'))
                {
                    return false;
                }
            }
            else if (token.Kind == TimeTokenKind.Word && text.Length >= 3 && text.EndsWith('m') && char.IsDigit(text[0]))
            {
                // "5pm".
                var digits = text[..^2];
                if (!IsDigits(digits, 0, digits.Length) || digits.Length > 2)
                {
                    return false;
                }

                hour = int.Parse(digits, CultureInfo.InvariantCulture);
                meridiem = text[^2..] is "am" ? "am" : text[^2..] is "pm" ? "pm" : text[^2..].ToString();
                k = j + 1;
            }
            else
            {
                return false;
            }

            if (meridiem is null)
            {
                // "a.m.", "p.m.", "am", "pm", "o'clock".
                if (this.Word(k) is "a" or "p" && this.Is(k + 1, ".") && this.Is(k + 2, "m"))
                {
                    meridiem = this.Word(k) is "a" ? "am" : "pm";
                    k += this.Is(k + 3, ".") ? 4 : 3;
                }
                else if (this.Word(k) is "am" or "pm")
                {
                    meridiem = this.Word(k) is "am" ? "am" : "pm";
                    k++;
                }
                else if (this.Is(k, "o") && this.Is(k + 1, "'") && this.Is(k + 2, "clock"))
                {
                    meridiem = string.Empty;
                    k += 3;
                }
                else if (!this.Is(j + 1, ":"))
                {
                    // A bare number is not a time; "15:00" is.
                    return false;
                }
            }

            if (hour > 23 || minute > 59 || (meridiem is "am" or "pm" && hour is 0 or > 12))
            {
                return false;
            }

            if (meridiem == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem == "am" && hour == 12)
            {
                hour = 0;
            }
        }

        // A time zone: "EST", "GMT".
        if (this.InRange(k) && this.tokens[k].Capitalized && this.Word(k) is "est" or "edt" or "cst" or "cdt" or "mst" or "mdt" or "pst" or "pdt" or "gmt" or "utc" or "bst" or "cet")
        {
            k++;
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

        // "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST Nov. 9", "3pm today".
        string? day = null;
        if (this.TryWeekday(k, out var dayCore) || this.TryDayRef(k, out dayCore) || this.TryMonth(k, out dayCore))
        {
            if (dayCore.Type == TimeType.Date && dayCore.Value.Length == 10)
            {
                day = dayCore.Value;
                k = dayCore.End;
            }
        }

        day ??= this.lastDay ?? (this.anchor is { } a ? TimexValue.Day(a) : "XXXX-XX-XX");
        core = new Core(k, TimeType.Time, day + clock, true);
        return true;
    }

    // ---- references and sets ------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryRef(int j, out Core core)
    {
        core = default;
        var w = this.Word(j);
        if (!this.Lookup(TimeWordKind.Ref, j, out var value))
        {
            return false;
        }

        if (w is "former" or "formerly" && !this.options.FormerIsPastRef)
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
        if (w is "recent" && this.Lookup(TimeWordKind.Unit, end, out _) && this.Word(end).EndsWith('s'))
        {
            end++;
        }

        core = new Core(end, TimeType.Date, value, false);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TrySet(int j, out Core core)
    {
        core = default;
        var w = this.Word(j);
        if (this.Lookup(TimeWordKind.Set, j, out var period))
        {
            core = new Core(j + 1, TimeType.Set, period, false);
            return true;
        }

        if (w is not ("every" or "each" or "per"))
        {
            return false;
        }

        var k = j + 1;
        var number = "1";
        if (this.Is(k, "other"))
        {
            number = "2";
            k++;
        }
        else if (this.TryNumber(k, out var after, out var n) && this.Word(k) is not ("a" or "an"))
        {
            number = n;
            k = after;
        }

        if (this.Lookup(TimeWordKind.Unit, k, out var unit))
        {
            core = new Core(k + 1, TimeType.Set, DurationValue(number, unit), false);
            return true;
        }

        if (this.Lookup(TimeWordKind.Weekday, k, out var weekday))
        {
            core = new Core(k + 1, TimeType.Set, "XXXX-WXX-" + weekday, false);
            return true;
        }

        return false;
    }

    // ---- anchoring ----------------------------------------------------------------------------

    // dir: 0 by tense, -2 strictly before the anchor ("last Friday"), 2 strictly after ("next Friday").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string WeekdayValue(int weekday, int dir, int at)
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
        }

        var today = (int)a.DayOfWeek;
        var future = dir == 2 || (dir == 0 && this.IsFuture(at));
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string MonthValue(int month, int dir, int at)
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-" + month.ToString("D2", CultureInfo.InvariantCulture);
        }

        // "since January": the latest January. With no tense cue, the nearest one.
        // "by August" is a deadline, which news sets ahead.
        var tense = dir != 0 ? dir : this.Word(at - 1) switch { "since" => -1, "by" => 1, _ => this.TenseAt(at) };
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string MonthDayValue(int month, int day, int? year, int at)
    {
        if (day > 31 || (month == 2 && day > 29) || (day == 31 && month is 4 or 6 or 9 or 11))
        {
            return string.Empty;
        }

        if (year is { } y)
        {
            return y >= 1 && (day != 29 || month != 2 || DateTime.IsLeapYear(y)) ? TimexValue.Day(new LocalDate(y, month, day)) : string.Empty;
        }

        if (this.anchor is not { } a)
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
        var tense = this.Word(at - 1) is "since" or "last" ? -1 : this.TenseAt(at);
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
    private string SeasonValue(string season, int step, int at)
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-" + season;
        }

        var startMonth = TimexValue.SeasonStartMonth(season);
        var begun = a.Month >= startMonth;
        var year = step switch
        {
            1 => begun ? a.Year + 1 : a.Year,
            -1 => begun ? a.Year : a.Year - 1,
            _ when this.Word(at) is "this" => a.Year,
            _ => this.IsFuture(at) ? (begun && a.Month >= startMonth + 3 ? a.Year + 1 : a.Year) : (begun ? a.Year : a.Year - 1),
        };
        return TimexValue.Year(year) + "-" + season;
    }

    // "the third quarter": of the anchor's year unless that quarter is still to come, in which
    // case a report means last year's (unless it speaks of the future).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string QuarterValue(int quarter, int? year, int at)
    {
        if (year is { } y)
        {
            this.lastQuarter = (y, quarter);
            return TimexValue.Quarter(y, quarter);
        }

        if (this.anchor is not { } a)
        {
            return "XXXX-Q" + quarter.ToString(CultureInfo.InvariantCulture);
        }

        var resolved = quarter <= QuarterOf(a) || this.IsFuture(at) ? a.Year : a.Year - 1;
        this.lastQuarter = (resolved, quarter);
        return TimexValue.Quarter(resolved, quarter);
    }

    // "the quarter", "the latest quarter": the one last named, else the last one completed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ReferenceQuarter()
    {
        if (this.lastQuarter is { } lq)
        {
            return TimexValue.Quarter(lq.Year, lq.Quarter);
        }

        if (this.anchor is not { } a)
        {
            return "XXXX-QX";
        }

        var previous = a.PlusMonths(-3);
        this.lastQuarter = (previous.Year, QuarterOf(previous));
        return TimexValue.Quarter(previous.Year, QuarterOf(previous));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string YearBeforeReference()
    {
        if (this.lastQuarter is { } lq)
        {
            return TimexValue.Quarter(lq.Year - 1, lq.Quarter);
        }

        return this.anchor is { } a ? TimexValue.Year(a.Year - 1) : "PAST_REF";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Half(int half, int at)
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-H" + half.ToString(CultureInfo.InvariantCulture);
        }

        var current = a.Month <= 6 ? 1 : 2;
        var year = half <= current || this.IsFuture(at) ? a.Year : a.Year - 1;
        return TimexValue.Year(year) + "-H" + half.ToString(CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Weekend()
    {
        if (this.anchor is not { } a)
        {
            return "XXXX-WXX-WE";
        }

        // On a weekday "the weekend" of a report is the one just past.
        var day = a.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? a : a.PlusWeeks(-1);
        return TimexValue.Week(day) + "-WE";
    }

    private static LocalDate SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static int QuarterOf(LocalDate date) => ((date.Month - 1) / 3) + 1;

    // ---- tense --------------------------------------------------------------------------------

    // Whether the clause around token `at` speaks of the future: the nearest tense cue decides,
    // past when there is none (news reports what happened).
    private bool IsFuture(int at) => this.TenseAt(at) > 0;

    // +1 when the clause speaks of the future, -1 when of the past, 0 when there is no cue. The
    // nearest cue on each side is found; a stronger cue beats a weaker one ("Until Thursday, they
    // had not called him": the past perfect outweighs "until"), and between cues of equal
    // strength the nearer one wins.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TenseAt(int at)
    {
        var (backCue, backStrength, backDistance) = this.NearestCue(at, -1);
        var (foreCue, foreStrength, foreDistance) = this.NearestCue(at, 1);
        if (backCue == 0 && foreCue == 0)
        {
            return 0;
        }

        if (backCue == 0 || foreCue == 0 || backCue == foreCue)
        {
            return backCue != 0 ? backCue : foreCue;
        }

        if (backStrength != foreStrength)
        {
            return backStrength > foreStrength ? backCue : foreCue;
        }

        // Equal strength: the nearer cue; at equal distance the past (news reports what happened).
        return foreDistance < backDistance ? foreCue : backDistance < foreDistance ? backCue : -1;
    }

    // The first tense cue from token `at` in direction `step` (-1 back, +1 ahead) within the
    // window and the sentence: its sign, strength and distance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Cue, int Strength, int Distance) NearestCue(int at, int step)
    {
        for (var d = 1; d <= TenseWindow; d++)
        {
            var k = at + (step * d);
            if (!this.InRange(k) || this.IsSentenceEnd(k))
            {
                break;
            }

            var (cue, strength) = this.TenseCue(k, d);
            if (cue != 0)
            {
                return (cue, strength, d);
            }
        }

        return (0, 0, int.MaxValue);
    }

    // The tense a word signals (+1 future, -1 past, 0 none) and how strongly (1 weak, 2 usual).
    // `distance` is how far the word is from the expression.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Cue, int Strength) TenseCue(int k, int distance)
    {
        var w = this.Word(k);
        switch (w)
        {
            case "will" or "shall" or "wo" or "scheduled" or "upcoming" or "would" or "plans" or "planning" or "expected" or "expects" or "slated" or "supposed":
                return (1, 2);

            // "planned to leave on Thursday", "did not plan to act": the plan is about the future;
            // "the plan Aug. 21" or "the previously planned attack" are not.
            case "plan" or "planned" when this.Word(k + 1) is "to" || (w is "planned" && this.Is(k + 1, "for")):
                return (1, 2);
            case "plan" or "planned":
                return (0, 0);

            // "might" and "until" also occur in past narrative ("until Thursday they had"); "could"
            // is as often the past of "can" ("could not be located Wednesday") as a conditional.
            case "might" or "until":
                return (1, 1);
            case "could":
                return (0, 0);
            case "soon" or "early" when this.Is(k - 1, "as") && this.Is(k + 1, "as"):
                return (1, 2);
            case "ll" when this.Is(k - 1, "'"):
                return (1, 2);
            case "going" when this.Is(k + 1, "to"):
                return (1, 2);

            // A reporting verb dates the expression only when the expression modifies it ("said
            // Friday", "told a news conference on Tuesday"); further away it belongs to the
            // reporting clause, and the reported clause may be about the future ("would be
            // admitted in March, an official said").
            case "said" or "says" or "say" or "told" or "added" or "stated":
                return distance <= 5 ? (-1, 2) : (0, 0);
            // A participle after "be" is a passive, whose tense is the auxiliary's ("would be held").
            case not ("been" or "was" or "were") when this.Is(k - 1, "be") && (w.EndsWith("ed", StringComparison.Ordinal) || w is "held" or "made" or "paid" or "sold" or "bought" or "led" or "lost" or "won" or "found" or "shot" or "struck" or "brought" or "left" or "met" or "spent"):
                return (0, 0);
            case "was" or "were" or "had" or "did" or "ago" or "last" or "earlier" or "been"
                or "brought" or "took" or "made" or "came" or "went" or "began" or "fell" or "rose" or "gave" or "got" or "left"
                or "met" or "paid" or "sold" or "bought" or "held" or "led" or "lost" or "won" or "saw" or "thought" or "found"
                or "became" or "grew" or "ran" or "spent" or "struck" or "shot" or "killed" or "since":
                return (-1, 2);
            default:
                // A past participle or past tense, but not a name ("United", "Ahmed").
                return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !this.tokens[k].Capitalized ? (-1, 2) : (0, 0);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsSentenceEnd(int k)
    {
        var token = this.tokens[k];
        if (token.Kind == TimeTokenKind.Break)
        {
            return true;
        }

        if (token.Kind != TimeTokenKind.Punct)
        {
            return false;
        }

        return this.Text(k) switch
        {
            "!" or "?" or ";" or "\"" or "\u201c" or "\u201d" => true,

            // A full stop after a short word ("Sept.", "p.m.", "U.S.") is an abbreviation.
            "." => k > 0 && this.Text(k - 1).Length > 3,
            _ => false,
        };
    }

    // ---- token helpers ------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool InRange(int k) => k >= 0 && k < this.count;

    // The token's lower-cased characters, empty out of range and for a break.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Word(int k) => this.InRange(k) && this.tokens[k].Kind != TimeTokenKind.Break ? this.Text(k) : default;

    // The token's lower-cased characters ("\n" for a break).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Text(int k)
    {
        var token = this.tokens[k];
        return this.lower.AsSpan(token.Start, token.End - token.Start);
    }

    private int IntValue(int k) => this.tokens[k].IntValue(this.Text(k));

    private int DigitCount(int k) => this.tokens[k].DigitCount(this.Text(k));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Is(int k, string word) => this.Word(k).SequenceEqual(word);

    // The token's value in the time vocabulary as a `kind`, by the number the tokenizer looked up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Lookup(TimeWordKind kind, int k, out string value)
    {
        if (this.InRange(k) && this.tokens[k].Kind != TimeTokenKind.Break)
        {
            return this.lexicon.TryGet(kind, this.tokens[k].Entry, out value);
        }

        value = string.Empty;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsYear(int k)
    {
        if (!this.InRange(k) || this.DigitCount(k) != 4)
        {
            return false;
        }

        var year = this.IntValue(k);
        return year is >= 1000 and <= 2099;
    }

    // A bare four-digit number is a year when it is plausible and nothing marks it as an amount.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool LooksLikeYearInContext(int k)
    {
        var year = this.IntValue(k);
        if (year > 2050 || (year < 1900 && (year < 1000 || k == 0 || this.Word(k - 1) is not ("in" or "since" or "of" or "until" or "by" or "from" or "during" or "before" or "after"))))
        {
            return false;
        }

        var before = k > 0 ? this.Text(k - 1) : default;
        if (before is "$" or "#" or "no" or "number" or "." or "," or "-" or "/" or "\u00a3" or "\u20ac")
        {
            // "July, 1997" and "mid-1996" are years; "1,990" and "$1990" are not.
            return (before is "," && k > 1 && this.tokens[k - 2].Kind == TimeTokenKind.Word)
                || (before is "-" && this.Word(k - 2) is "mid" or "early" or "late" or "post" or "pre");
        }

        var after = this.Word(k + 1);
        return after is not ("%" or "percent" or "shares" or "people" or "points" or "-" or "/" or "feet" or "metres" or "meters" or "miles" or "tons" or "units" or "yen" or "dollars" or ":");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsDayNumber(int k)
    {
        if (!this.InRange(k))
        {
            return false;
        }

        var token = this.tokens[k];
        if (token.Kind == TimeTokenKind.Number)
        {
            var clock = this.Is(k + 1, ":") && this.InRange(k + 2) && this.DigitCount(k + 2) == 2;
            return this.DigitCount(k) is 1 or 2 && this.IntValue(k) is >= 1 and <= 31 && !clock && !this.Is(k + 1, "%");
        }

        var w = this.Text(k);
        return w.Length is 3 or 4 && w[^2..] is "st" or "nd" or "rd" or "th" && IsDigits(w, 0, w.Length - 2) && int.Parse(w[..^2], CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DayNumber(int k)
    {
        var token = this.tokens[k];
        return token.Kind == TimeTokenKind.Number ? this.IntValue(k) : int.Parse(this.Text(k)[..^2], CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDigits(ReadOnlySpan<char> s, int start, int length)
    {
        if (length <= 0 || start + length > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
