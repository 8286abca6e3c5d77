using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

using NewsModel.Lexicons;

namespace NewsModel.Times;

/// <summary>The kinds of word in the time vocabulary (<c>Lexicons/Data/time-words.txt</c>).</summary>
internal enum TimeWordKind
{
    Month,
    Weekday,
    Number,
    Ordinal,
    Unit,
    Season,
    PartOfDay,
    DayRef,
    Ref,
    Mod,
    Set,
}

/// <summary>
/// The time vocabulary, read once from the embedded <c>time-words.txt</c>: immutable after
/// construction, so one instance serves every thread.
/// </summary>
internal sealed class TimeLexicon
{
    private const string ResourceName = "NewsModel.Lexicons.time-words.txt";

    private static readonly int KindCount = Enum.GetValues<TimeWordKind>().Length;

    // Each word's number (its index in `byIndex`), looked up by a span of the lower-cased text:
    // the tokenizer looks a token up once and the scanner reads its kinds by number after that.
    // The words the constructions start with (TimeScanner.StartWords, gathered from each
    // construction's own list) are numbered too, with no kind, so that a number says "a match
    // may start here" as well. Each number has one slot per kind.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> indexBySpan;
    private readonly string?[][] byIndex;

    // Most tokens of a text fail it, and the map is then not hashed at all.
    private readonly WordFilter filter;

    private TimeLexicon(Dictionary<string, string?[]> entries)
    {
        var words = new List<string>(entries.Keys);
        foreach (var start in TimeScanner.StartWords)
        {
            if (!entries.ContainsKey(start))
            {
                words.Add(start);
            }
        }

        this.byIndex = new string?[words.Count][];
        var indexes = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            this.byIndex[i] = entries.TryGetValue(words[i], out var kinds) ? kinds : new string?[KindCount];
            indexes.Add(words[i], i);
        }

        this.filter = new WordFilter(words);
        this.indexBySpan = indexes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static TimeLexicon Default { get; } = Load();

    /// <summary>The number of a word of the vocabulary or of <see cref="TimeScanner.StartWords"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexOf(ReadOnlySpan<char> word)
    {
        if (!this.filter.MayHold(word))
        {
            return -1;
        }

        return this.indexBySpan.TryGetValue(word, out var index) ? index : -1;
    }

    /// <summary>The value of the word numbered <paramref name="index"/> (see <see cref="IndexOf"/>) as a <paramref name="kind"/>.</summary>
    public bool TryGet(TimeWordKind kind, int index, out string value)
    {
        if (index >= 0 && this.byIndex[index][(int)kind] is { } found)
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    internal static TimeLexicon Parse(TextReader reader)
    {
        var entries = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || !Enum.TryParse<TimeWordKind>(parts[0], ignoreCase: true, out var kind))
            {
                throw new InvalidDataException($"bad time-words line: '{line}'");
            }

            if (!entries.TryGetValue(parts[1], out var kinds))
            {
                kinds = new string?[KindCount];
                entries.Add(parts[1], kinds);
            }

            kinds[(int)kind] = parts[2];
        }

        return new TimeLexicon(entries);
    }

    private static TimeLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
