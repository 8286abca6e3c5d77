using System.Collections.Frozen;
using System.Text;

namespace NewsModel.Lexicons;

/// <summary>
/// A frozen, ordinal case-insensitive map from strings to values, looked up by span, with the
/// same answers as one <see cref="FrozenDictionary{TKey, TValue}"/> over
/// <see cref="StringComparer.OrdinalIgnoreCase"/> but faster on ASCII text.
/// </summary>
/// <remarks>
/// One non-ASCII key ("Ciudad Bolívar", "’s") makes a frozen case-insensitive dictionary hash every
/// lookup with the full Unicode case folding, which dominated the lexicon lookups. The ASCII keys
/// get a dictionary of their own that hashes ASCII cheaply; ASCII text can only equal an ASCII key,
/// unless a non-ASCII key has a letter that folds to ASCII (the dotless i, the long s, the Kelvin
/// sign), in which case, and for all non-ASCII text, the full dictionary answers as before.
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class IgnoreCaseMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> all;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> ascii;
    private readonly bool asciiNeedsAll;

    public IgnoreCaseMap(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        var full = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var asciiPairs = new List<KeyValuePair<string, TValue>>(full.Count);
        foreach (var pair in full)
        {
            if (Ascii.IsValid(pair.Key))
            {
                asciiPairs.Add(pair);
            }
            else if (FoldsToAscii(pair.Key))
            {
                this.asciiNeedsAll = true;
            }
        }

        this.Map = full;
        this.all = full.GetAlternateLookup<ReadOnlySpan<char>>();
        this.ascii = asciiPairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The whole map.</summary>
    public FrozenDictionary<string, TValue> Map { get; }

    public int Count => this.Map.Count;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
        => !this.asciiNeedsAll && Ascii.IsValid(key)
            ? this.ascii.TryGetValue(key, out value!)
            : this.all.TryGetValue(key, out value!);

    // Whether a non-ASCII letter of the key has an ASCII upper or lower case.
    private static bool FoldsToAscii(string key)
    {
        foreach (var c in key)
        {
            if (c > '\x7F' && (char.ToUpperInvariant(c) <= '\x7F' || char.ToLowerInvariant(c) <= '\x7F'))
            {
                return true;
            }
        }

        return false;
    }
}
