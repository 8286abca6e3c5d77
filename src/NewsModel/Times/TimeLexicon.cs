using System.Collections.Frozen;
using System.Reflection;

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

    // Keyed by the word alone, with one slot per kind: a frozen string map hashes the word cheaply,
    // where a (kind, word) tuple key went through the randomized string hash on every look-up.
    private readonly FrozenDictionary<string, string?[]> entries;

    // The same map looked up by a span of the lower-cased text, without a string per token.
    private readonly FrozenDictionary<string, string?[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private TimeLexicon(FrozenDictionary<string, string?[]> entries)
    {
        this.entries = entries;
        this.bySpan = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vocabulary shipped with the library.</summary>
    public static TimeLexicon Default { get; } = Load();

    /// <summary>Every word of the vocabulary, of any kind.</summary>
    public IEnumerable<string> Words => this.entries.Keys;

    public bool TryGet(TimeWordKind kind, ReadOnlySpan<char> word, out string value)
    {
        if (this.bySpan.TryGetValue(word, out var kinds) && kinds[(int)kind] is { } found)
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public bool Has(TimeWordKind kind, ReadOnlySpan<char> word) => this.bySpan.TryGetValue(word, out var kinds) && kinds[(int)kind] is not null;

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

        return new TimeLexicon(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static TimeLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
