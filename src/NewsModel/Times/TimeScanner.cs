using System.Buffers;
using System.Runtime.CompilerServices;

using NewsModel.Model;
using NewsModel.Times.Constructions;

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
/// The temporal scanner: one left-to-right pass over the tokens. At each token it tries the
/// constructions (the classes of <see cref="NewsModel.Times.Constructions"/>) in a fixed order,
/// each reading a bounded window of tokens ahead (and the tense cues in a bounded window
/// around), so the whole scan is linear in the length of the text. It owns the article's
/// <see cref="StoryDates"/> and remembers there every date it finds.
/// </summary>
/// <remarks>
/// Every method of the scanner, the cursor and the constructions is marked to be compiled
/// optimized at once rather than tiered up: the scanner is many mid-sized methods, each reached
/// first at some article or other, and under tiering a short run (the CLI over a folder, a
/// benchmark pass) spent most of its time in their unoptimized forms, where the span helpers
/// are not inlined: three times slower than once compiled.
/// <para>
/// To add a construction: write it in the class of its family (or a new class) in
/// <c>Constructions/</c>, with the words it starts with in that class's <c>StartWords</c>; try
/// it in <see cref="TryCore"/> at its place in the order (an earlier construction wins); and,
/// for a new class, add its <c>StartWords</c> to <see cref="StartWords"/>.
/// </para>
/// </remarks>
internal struct TimeScanner
{
    /// <summary>
    /// The words a construction or a modifier starts with that it tests by spelling rather than
    /// by vocabulary kind (the apostrophe of "'90s" among them): each construction class declares
    /// its own, and these are all of them. <see cref="TimeLexicon"/> numbers them with the
    /// vocabulary, so that <see cref="TimeCursor.MayStart"/> reads a token's number alone.
    /// </summary>
    /// <remarks>A class tried in <see cref="TryCore"/> belongs in this list too.</remarks>
    internal static readonly string[] StartWords = Union(
        Modifiers.StartWords,
        TheConstructions.StartWords,
        DeicticDays.StartWords,
        StoryAnchoredDates.StartWords,
        HolidayDates.StartWords,
        YearsAndQuarters.StartWords,
        RelativeDates.StartWords,
        TimesOfDay.StartWords,
        CalendarDates.StartWords,
        Durations.StartWords,
        ReferencesAndSets.StartWords);

    private readonly TimeCursor cursor;

    // Made with the scanner, which is made for one article.
    private StoryDates story;

    public TimeScanner(TimeToken[] tokens, int count, char[] lower, LocalDate? anchor, TimeLexicon lexicon, TimeOptions options, HolidayCalendar? holidays = null)
    {
        this.cursor = new TimeCursor(tokens, count, lower, anchor, lexicon, options, holidays);
        this.story = default;
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
        while (i < this.cursor.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (this.cursor.Token(i).Kind != TimeTokenKind.Punct && this.cursor.MayStart(i) && this.TryMatch(i, out var time))
            {
                Add(ref found, ref count, time);
                i = time.EndToken;

                // "April 24 and 25", "March 3-5": the second day shares the first one's month.
                if (CalendarDates.TrySecondDay(in this.cursor, time, out var second))
                {
                    this.story.Remember(second.Value);
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

    /// <summary>
    /// Tries the constructions at token <paramref name="j"/> in their fixed order, the first that
    /// matches winning; after "the", those that need it.
    /// </summary>
    /// <param name="c">The article.</param>
    /// <param name="story">The story's latest dates, which some constructions read or change.</param>
    /// <param name="j">The token to start at.</param>
    /// <param name="core">What matched.</param>
    /// <returns>Whether one matched.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryCore(in TimeCursor c, ref StoryDates story, int j, out CoreTime core)
    {
        var w = c.Word(j);
        if (w.Length == 0)
        {
            core = default;
            return false;
        }

        if (w is "the")
        {
            if (TheConstructions.TryAfterThe(in c, ref story, j + 1, out core))
            {
                return true;
            }

            // "the third quarter", "the summer", "the 1990s", "the nine months".
            if (HolidayDates.TryHoliday(in c, j, out core) || YearsAndQuarters.TryQuarter(in c, ref story, j + 1, out core) || YearsAndQuarters.TrySeason(in c, j + 1, out core)
                || YearsAndQuarters.TryDecade(in c, j + 1, out core) || Durations.TryDuration(in c, in story, j + 1, out core) || YearsAndQuarters.TryFiscal(in c, j + 1, out core))
            {
                return true;
            }

            return false;
        }

        if (!c.MayStart(j))
        {
            core = default;
            return false;
        }

        return DeicticDays.TryDayRef(in c, j, out core)
            || StoryAnchoredDates.TryThat(in c, in story, j, out core)
            || HolidayDates.TryHoliday(in c, j, out core)
            || YearsAndQuarters.TryQuarter(in c, ref story, j, out core)
            || RelativeDates.TryRelative(in c, ref story, j, out core)
            || TimesOfDay.TryTimeOfDay(in c, in story, j, out core)
            || CalendarDates.TryWeekday(in c, j, out core)
            || CalendarDates.TryMonth(in c, j, out core)
            || CalendarDates.TryDayMonth(in c, j, out core)
            || YearsAndQuarters.TryDecade(in c, j, out core)
            || YearsAndQuarters.TryFiscal(in c, j, out core)
            || YearsAndQuarters.TryYear(in c, j, out core)
            || YearsAndQuarters.TrySeason(in c, j, out core)
            || Durations.TryDuration(in c, in story, j, out core)
            || YearsAndQuarters.TryYearEnd(in c, in story, j, out core)
            || ReferencesAndSets.TryRef(in c, j, out core)
            || ReferencesAndSets.TrySet(in c, j, out core);
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

    private static string[] Union(params string[][] lists)
    {
        var words = new List<string>();
        foreach (var list in lists)
        {
            foreach (var word in list)
            {
                if (!words.Contains(word, StringComparer.Ordinal))
                {
                    words.Add(word);
                }
            }
        }

        return [.. words];
    }

    // A modifier ("early", "more than"), a construction, then what widens it ("or so").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMatch(int i, out FoundTime found)
    {
        found = default;
        var j = i;
        var prefix = Modifiers.ParsePrefix(in this.cursor, ref j);
        if (!TryCore(in this.cursor, ref this.story, j, out var core))
        {
            return false;
        }

        if (prefix is { } p && !p.Fits(core))
        {
            return false;
        }

        var end = core.End;
        var mod = Modifiers.ParseSuffix(in this.cursor, i, core, prefix?.Mod ?? core.Mod, ref end);
        if (core.Value.Length == 0)
        {
            return false;
        }

        if (core.Type is TimeType.Date or TimeType.Time)
        {
            this.story.Remember(core.Value);
        }

        found = new FoundTime(i, end, core.Type, core.Value, mod);
        return true;
    }
}
