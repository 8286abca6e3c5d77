using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using NewsModel.Lexicons;

using NodaTime;

namespace NewsModel.Times;

/// <summary>A named holiday: its name as lower-case tokens and the rule that dates it in a year.</summary>
/// <param name="Words">The name's tokens ("thanksgiving", "day").</param>
/// <param name="Rule">The rule (see <c>time-holidays.txt</c>).</param>
internal sealed partial record Holiday(string[] Words, string Rule)
{
    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public LocalDate In(int year)
    {
        if (this.Rule == "election")
        {
            // The Tuesday after the first Monday of November.
            var firstMonday = Nth(year, 11, IsoDayOfWeek.Monday, 1);
            return firstMonday.PlusDays(1);
        }

        if (this.Rule.StartsWith("easter:", StringComparison.Ordinal))
        {
            return Easter(year).PlusDays(int.Parse(this.Rule.AsSpan(7), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (this.Rule.StartsWith("nth:", StringComparison.Ordinal))
        {
            var parts = this.Rule.Split(':');
            var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var weekday = (IsoDayOfWeek)int.Parse(parts[2], CultureInfo.InvariantCulture);
            var n = int.Parse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return Nth(year, month, weekday, n);
        }

        return new LocalDate(year, int.Parse(this.Rule.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(this.Rule.AsSpan(3, 2), CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the rule is one <see cref="In"/> reads and it gives a date in every year: a leap day is refused, as most years have none.</summary>
    public bool IsValidRule()
    {
        if (!RuleFormat().IsMatch(this.Rule))
        {
            return false;
        }

        try
        {
            _ = this.In(2000);
            _ = this.In(2001);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(election|easter:[+-]?\d{1,3}|nth:(0[1-9]|1[0-2]):[1-7]:(-1|[1-5])|(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleFormat();

    private static LocalDate Nth(int year, int month, IsoDayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
            return last.DayOfWeek == weekday ? last : last.Previous(weekday);
        }

        var first = new LocalDate(year, month, 1);
        var day = first.DayOfWeek == weekday ? first : first.Next(weekday);
        return day.PlusWeeks(n - 1);
    }

    // The Gregorian computus (the anonymous algorithm published by Butcher, 1876).
    private static LocalDate Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}

/// <summary>The holidays (the lexicon set's <see cref="Lexicons.LexiconKind.Holidays"/>), indexed by the first word of their names.</summary>
internal sealed class HolidayCalendar
{
    // Looked up by the scanner's span of a lower-cased word, without a string per look-up.
    private readonly FrozenDictionary<string, Holiday[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    // The scanner asks for every capitalized word; most fail this filter without a look-up.
    private readonly WordFilter filter;

    internal HolidayCalendar(ImmutableArray<Holiday> holidays)
    {
        this.Entries = holidays;
        var byFirstWord = new Dictionary<string, List<Holiday>>();
        foreach (var holiday in holidays)
        {
            if (!byFirstWord.TryGetValue(holiday.Words[0], out var list))
            {
                byFirstWord[holiday.Words[0]] = list = [];
            }

            list.Add(holiday);
        }

        var frozen = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(h => h.Words.Length).ToArray(), StringComparer.Ordinal);
        this.byFirstWord = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        this.filter = new WordFilter(frozen.Keys);
    }

    /// <summary>The holidays of the embedded lexicons.</summary>
    public static HolidayCalendar Default => Lexicons.LexiconSet.Default.Holidays;

    /// <summary>The holidays, in priority order.</summary>
    public ImmutableArray<Holiday> Entries { get; }


    /// <summary>The holidays whose names start with <paramref name="word"/>, longest name first.</summary>
    public ReadOnlySpan<Holiday> StartingWith(ReadOnlySpan<char> word) => this.filter.MayHold(word) && this.byFirstWord.TryGetValue(word, out var found) ? found : [];

    /// <summary>The key of a holiday: its name, by which a user's line replaces the embedded one.</summary>
    internal static string KeyOf(Holiday holiday) => string.Join(' ', holiday.Words);

    internal static Holiday Parse(Lexicons.LexiconLine line)
    {
        var rule = line.Required(0, "rule");
        var words = line.Required(1, "name").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var holiday = new Holiday(words, rule);
        if (!holiday.IsValidRule())
        {
            throw new Lexicons.LexiconFormatException($"unknown rule '{rule}' (expected MM-DD, nth:MM:D:N, easter:+N or election)");
        }

        return holiday;
    }
}
