using System.Collections.Immutable;

namespace NewsModel.Lexicons;

/// <summary>How strictly a lexicon key must match the case of the text.</summary>
internal enum KeyCase
{
    /// <summary>Any case: "president", "President", "PRESIDENT".</summary>
    Any,

    /// <summary>
    /// Every capital of the key must be a capital in the text, so "turkey" is not Turkey and "the
    /// agency" is not "the Agency", but "TURKEY" is Turkey (headlines).
    /// </summary>
    Capitalized,

    /// <summary>Exactly as written: acronyms, so "WHO" is not "who" and "US" is not "us".</summary>
    Exact,
}

/// <summary>
/// A frozen, case-insensitive map from names (single words or phrases) to values, with a
/// per-key case rule so acronyms and proper names do not match ordinary words. Lookups take a
/// span and allocate nothing.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NameIndex<T>
{
    private readonly IgnoreCaseMap<Slot> map;

    // For the first word of every key, when some key has several words, a bit for each number of
    // words of the keys it starts (bit n for n words): a phrase is looked up only when some key
    // starts with its first word and has as many words. Callers try phrases of every length at every
    // word ("said on", "said on Tuesday", ...), and almost all of them miss.
    private readonly IgnoreCaseMap<ulong>? firstWords;

    private NameIndex(IgnoreCaseMap<Slot> map, int maxWords)
    {
        this.map = map;
        this.MaxWords = maxWords;
        if (maxWords > 1)
        {
            var firsts = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in map.Map.Keys)
            {
                var space = key.IndexOf(' ', StringComparison.Ordinal);
                var first = space < 0 ? key : key[..space];
                firsts[first] = firsts.GetValueOrDefault(first) | WordCountBit(key);
            }

            this.firstWords = new IgnoreCaseMap<ulong>(firsts);
        }
    }

    /// <summary>The number of keys.</summary>
    public int Count => this.map.Count;

    /// <summary>The most words (space-separated) in any key; callers size their phrase window by it.</summary>
    public int MaxWords { get; }

    /// <summary>Finds the value for a name, honouring the key's case rule.</summary>
    public bool TryFind(ReadOnlySpan<char> text, out T value)
    {
        // Case-insensitive equality keeps every character in place, so a key equal to the text has
        // its spaces where the text has them: the same first word and as many words.
        if (this.firstWords is not null && text.IndexOf(' ') is > 0 and var space
            && (!this.firstWords.TryGetValue(text[..space], out var counts) || (counts & WordCountBit(text)) == 0))
        {
            value = default!;
            return false;
        }

        return this.TryFindUnfiltered(text, out value);
    }

    /// <summary>
    /// For a word, a bit for each number of words (bit n for n) of the keys that start with it; 0
    /// when none does. A caller trying phrases of several lengths after a word asks this once and
    /// then looks up only the phrases of those lengths, with <see cref="TryFindUnfiltered"/>.
    /// </summary>
    public ulong WordCountsStartingWith(ReadOnlySpan<char> word)
        => this.firstWords is not null
            ? (this.firstWords.TryGetValue(word, out var counts) ? counts : 0)
            : (this.map.TryGetValue(word, out _) ? WordCountBit(word) : 0);

    /// <summary>Every word some key starts with, and its <see cref="WordCountsStartingWith"/>.</summary>
    /// <returns>The words and their counts (a word may come more than once in another case).</returns>
    public IEnumerable<KeyValuePair<string, ulong>> FirstWordCounts()
        => this.firstWords is not null
            ? this.firstWords.Map
            : this.map.Map.Keys.Select(static key => KeyValuePair.Create(key, WordCountBit(key)));

    /// <summary>The bit of <see cref="WordCountsStartingWith"/> for the number of space-separated words of a phrase.</summary>
    public static ulong WordCountBit(ReadOnlySpan<char> phrase) => 1UL << Math.Min(phrase.Count(' ') + 1, 63);

    /// <summary>Finds the value for a name as <see cref="TryFind"/> does, without its first-word check.</summary>
    public bool TryFindUnfiltered(ReadOnlySpan<char> text, out T value)
    {
        if (this.map.TryGetValue(text, out var slot) && Matches(slot, text))
        {
            value = slot.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public static Builder CreateBuilder(bool caseSensitiveNames) => new(caseSensitiveNames);

    /// <summary>
    /// An index of entries by their names, and then by their other names: a word that is one
    /// entry's name is never taken as another's alias, and of two entries with one name the
    /// first (a user's before the embedded ones) wins.
    /// </summary>
    /// <param name="entries">The entries, in priority order.</param>
    /// <param name="caseSensitiveNames">Whether names with capitals match only as written (see <see cref="Builder"/>).</param>
    /// <param name="nameOf">An entry's name.</param>
    /// <param name="aliasesOf">An entry's other names, or null when entries have none.</param>
    /// <returns>The index.</returns>
    public static NameIndex<T> Of(ImmutableArray<T> entries, bool caseSensitiveNames, Func<T, string> nameOf, Func<T, IEnumerable<string>>? aliasesOf = null)
    {
        var builder = CreateBuilder(caseSensitiveNames);
        foreach (var entry in entries)
        {
            builder.TryAdd(nameOf(entry), entry);
        }

        if (aliasesOf is not null)
        {
            foreach (var entry in entries)
            {
                foreach (var alias in aliasesOf(entry))
                {
                    builder.TryAdd(alias, entry);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Classifies a key: all-capital acronyms match exactly, other keys with capitals keep them.</summary>
    internal static KeyCase CaseOf(string key)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return upper == 0 ? KeyCase.Any
            : letters >= 2 && upper == letters ? KeyCase.Exact
            : KeyCase.Capitalized;
    }

    private static bool Matches(Slot slot, ReadOnlySpan<char> text)
    {
        switch (slot.Case)
        {
            case KeyCase.Exact:
                return text.SequenceEqual(slot.Key);
            case KeyCase.Capitalized:
                // Ordinal case-insensitive equality maps char to char, so positions line up.
                var key = slot.Key.AsSpan();
                for (var i = 0; i < key.Length; i++)
                {
                    if (char.IsUpper(key[i]) && !char.IsUpper(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    // A class, not a struct: every NameIndex<T> then shares one JIT-compiled FrozenDictionary
    // instantiation over reference types, which keeps the first load fast.
    private sealed record Slot(string Key, T Value, KeyCase Case);

    /// <summary>Collects keys; the first value given for a key (ignoring case) wins.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);
        private readonly bool caseSensitiveNames;
        private int maxWords;

        public Builder(bool caseSensitiveNames) => this.caseSensitiveNames = caseSensitiveNames;

        public void TryAdd(string key, T value)
        {
            if (key.Length == 0)
            {
                return;
            }

            var keyCase = this.caseSensitiveNames ? CaseOf(key) : KeyCase.Any;
            if (this.slots.TryAdd(key, new Slot(key, value, keyCase)))
            {
                this.maxWords = Math.Max(this.maxWords, key.AsSpan().Count(' ') + 1);
            }
        }

        public NameIndex<T> Build() =>
            new(new IgnoreCaseMap<Slot>(this.slots), this.maxWords);
    }
}
