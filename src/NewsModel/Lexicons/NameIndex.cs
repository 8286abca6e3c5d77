using System.Collections.Frozen;

namespace NewsModel.Lexicons;

/// <summary>How strictly a lexicon key must match the case of the text.</summary>
internal enum KeyCase
{
    /// <summary>Any case: "president", "President", "PRESIDENT".</summary>
    Any,

    /// <summary>The text must start with a capital, so "turkey" is not Turkey but "TURKEY" is.</summary>
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
    private readonly FrozenDictionary<string, Slot> map;
    private readonly FrozenDictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> spans;

    private NameIndex(FrozenDictionary<string, Slot> map, int maxWords)
    {
        this.map = map;
        this.spans = map.GetAlternateLookup<ReadOnlySpan<char>>();
        this.MaxWords = maxWords;
    }

    /// <summary>The number of keys.</summary>
    public int Count => this.map.Count;

    /// <summary>The most words (space-separated) in any key; callers size their phrase window by it.</summary>
    public int MaxWords { get; }

    /// <summary>Finds the value for a name, honouring the key's case rule.</summary>
    public bool TryFind(ReadOnlySpan<char> text, out T value)
    {
        if (this.spans.TryGetValue(text, out var slot) && Matches(slot, text))
        {
            value = slot.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public static Builder CreateBuilder(bool caseSensitiveNames) => new(caseSensitiveNames);

    /// <summary>Classifies a key: all-capital acronyms match exactly, capitalised names need a capital.</summary>
    internal static KeyCase CaseOf(string key)
    {
        var letters = 0;
        var upper = 0;
        char? first = null;
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                first ??= c;
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        if (letters >= 2 && upper == letters)
        {
            return KeyCase.Exact;
        }

        return first is { } f && char.IsUpper(f) ? KeyCase.Capitalized : KeyCase.Any;
    }

    private static bool Matches(in Slot slot, ReadOnlySpan<char> text)
    {
        switch (slot.Case)
        {
            case KeyCase.Exact:
                return text.SequenceEqual(slot.Key);
            case KeyCase.Capitalized:
                foreach (var c in text)
                {
                    if (char.IsLetter(c))
                    {
                        return char.IsUpper(c);
                    }
                }

                return false;
            default:
                return true;
        }
    }

    private readonly record struct Slot(string Key, T Value, KeyCase Case);

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
            new(this.slots.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), this.maxWords);
    }
}
