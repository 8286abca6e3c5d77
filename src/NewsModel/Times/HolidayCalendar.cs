using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

using NewsModel.Lexicons;

using NodaTime;

namespace NewsModel.Times;

/// <summary>A named holiday: its name as lower-case tokens and the rule that dates it in a year.</summary>
/// <param name="Words">The name's tokens ("thanksgiving", "day").</param>
/// <param name="Rule">The rule (see <c>time-holidays.txt</c>).</param>
internal sealed record Holiday(string[] Words, string Rule)
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

/// <summary>The holidays of the embedded <c>time-holidays.txt</c>, indexed by the first word of their names.</summary>
internal sealed class HolidayCalendar
{
    private const string ResourceName = "NewsModel.Lexicons.time-holidays.txt";

    // Looked up by the scanner's span of a lower-cased word, without a string per look-up.
    private readonly FrozenDictionary<string, Holiday[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    // The scanner asks for every capitalized word; most fail this filter without a look-up.
    private readonly WordFilter filter;

    private HolidayCalendar(FrozenDictionary<string, Holiday[]> byFirstWord)
    {
        this.byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        this.filter = new WordFilter(byFirstWord.Keys);
    }

    public static HolidayCalendar Default { get; } = Load();

    /// <summary>The holidays whose names start with <paramref name="word"/>, longest name first.</summary>
    public ReadOnlySpan<Holiday> StartingWith(ReadOnlySpan<char> word) => this.filter.MayHold(word) && this.byFirstWord.TryGetValue(word, out var found) ? found : [];

    internal static HolidayCalendar Parse(TextReader reader)
    {
        var holidays = new Dictionary<string, List<Holiday>>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var bar = trimmed.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new InvalidDataException($"bad time-holidays line: '{line}'");
            }

            var words = trimmed[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var holiday = new Holiday(words, trimmed[..bar].Trim());
            if (!holidays.TryGetValue(words[0], out var list))
            {
                holidays[words[0]] = list = [];
            }

            list.Add(holiday);
        }

        return new HolidayCalendar(holidays.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(h => h.Words.Length).ToArray(), StringComparer.Ordinal));
    }

    private static HolidayCalendar Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
