using System.Collections.Frozen;
using System.Collections.Immutable;
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

/// <summary>A line of <c>time-words.txt</c>: a word, one of its kinds, and its value as that kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Word">The word, lower-cased.</param>
/// <param name="Value">Its value ("1" for "january" as a month, "D" for "day" as a unit).</param>
internal sealed record TimeWordEntry(TimeWordKind Kind, string Word, string Value);

/// <summary>
/// The time vocabulary (the lexicon set's <see cref="LexiconKind.TimeWords"/>): immutable after
/// construction, so one instance serves every thread.
/// </summary>
internal sealed class TimeLexicon
{
    private static readonly int KindCount = Enum.GetValues<TimeWordKind>().Length;

    // The kinds as the file writes them, for an error.
    private static readonly string KindNames = string.Join(", ", Enum.GetNames<TimeWordKind>().Select(static n => n.ToLowerInvariant()));

    // Each word's number (its index in `byIndex`), looked up by a span of the lower-cased text:
    // the tokenizer looks a token up once and the scanner reads its kinds by number after that.
    // The words the constructions start with (TimeScanner.StartWords, gathered from each
    // construction's own list) are numbered too, with no kind, so that a number says "a match
    // may start here" as well. Each number has one slot per kind.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> indexBySpan;
    private readonly string?[][] byIndex;

    // Most tokens of a text fail it, and the map is then not hashed at all.
    private readonly WordFilter filter;

    internal TimeLexicon(ImmutableArray<TimeWordEntry> lines)
    {
        this.Entries = lines;

        // The first line of a word and kind wins, as a user's line comes before the embedded ones.
        var entries = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!entries.TryGetValue(line.Word, out var kinds))
            {
                kinds = new string?[KindCount];
                entries.Add(line.Word, kinds);
            }

            kinds[(int)line.Kind] ??= line.Value;
        }

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

    /// <summary>The vocabulary of the embedded lexicons.</summary>
    public static TimeLexicon Default => LexiconSet.Default.TimeWords;

    /// <summary>The lines it was made of, in priority order.</summary>
    public ImmutableArray<TimeWordEntry> Entries { get; }

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

    /// <summary>The key of a line: a user's line of the same word and kind replaces the embedded one.</summary>
    internal static string KeyOf(TimeWordEntry entry) => $"{entry.Kind}|{entry.Word}";

    internal static TimeWordEntry Parse(LexiconLine line)
    {
        var kindName = line.Required(0, "kind");
        if (!Enum.TryParse<TimeWordKind>(kindName, ignoreCase: true, out var kind) || char.IsAsciiDigit(kindName[0]) || kindName.Contains(',', StringComparison.Ordinal))
        {
            throw new LexiconFormatException($"unknown kind '{kindName}' (expected {KindNames})");
        }

        var word = line.Required(1, "word");
        if (word.Contains(' ', StringComparison.Ordinal) || !word.Equals(word.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new LexiconFormatException($"'{word}' is not one lower-case word");
        }

        return new TimeWordEntry(kind, word, line.Required(2, "value"));
    }
}
