using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsModel.Lexicons;

/// <summary>
/// A frozen, ordinal case-insensitive map from strings to values, looked up by span, with the
/// same answers as one <see cref="FrozenDictionary{TKey, TValue}"/> over
/// <see cref="StringComparer.OrdinalIgnoreCase"/> but faster on ASCII text.
/// </summary>
/// <remarks>
/// <para>
/// Lexicon look-ups are the largest single cost of reading an article (a quarter of the actor
/// stage, more of the quote stage), and almost all of them miss: most words are no name, title or
/// cue. The ASCII keys therefore live in an open-addressing table of our own that answers in one
/// pass over the word: the pass folds the case, hashes, and notices a non-ASCII character; a word
/// of a length no key has is turned away before that. A frozen dictionary's span look-up checks
/// the text for ASCII, hashes it, and reaches its table through a delegate and a virtual call.
/// </para>
/// <para>
/// ASCII text can only equal an ASCII key, unless a non-ASCII key has a letter that folds to ASCII
/// (the dotless i, the long s, the Kelvin sign): then, and for all non-ASCII text, the full frozen
/// dictionary answers.
/// </para>
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class IgnoreCaseMap<TValue>
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> all;
    private readonly bool asciiNeedsAll;

    // Bit n is set when some key has n characters (bit 63: 63 or more); case folding keeps lengths.
    private readonly ulong lengths;

    // The ASCII keys: slots of (hash, entry + 1) with linear probing, at most half full.
    private readonly Slot[] slots;
    private readonly int mask;
    private readonly string[] keys;
    private readonly TValue[] values;

    public IgnoreCaseMap(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        var full = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>(full.Count);
        var values = new List<TValue>(full.Count);
        foreach (var pair in full)
        {
            this.lengths |= LengthBit(pair.Key.Length);
            if (Ascii.IsValid(pair.Key))
            {
                keys.Add(pair.Key);
                values.Add(pair.Value);
            }
            else if (FoldsToAscii(pair.Key))
            {
                this.asciiNeedsAll = true;
            }
        }

        this.Map = full;
        this.all = full.GetAlternateLookup<ReadOnlySpan<char>>();
        this.keys = [.. keys];
        this.values = [.. values];
        var size = 4;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        this.slots = new Slot[size];
        this.mask = size - 1;
        for (var entry = 0; entry < this.keys.Length; entry++)
        {
            var key = this.keys[entry];
            var hash = Finish(HashAscii(key, out _));
            var index = (int)hash & this.mask;
            while (this.slots[index].Entry != 0)
            {
                index = (index + 1) & this.mask;
            }

            this.slots[index] = new Slot(hash, entry + 1);
        }
    }

    /// <summary>The whole map.</summary>
    public FrozenDictionary<string, TValue> Map { get; }

    public int Count => this.Map.Count;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if ((this.lengths & LengthBit(key.Length)) == 0)
        {
            value = default!;
            return false;
        }

        if (this.asciiNeedsAll)
        {
            return this.all.TryGetValue(key, out value!);
        }

        var hash = HashAscii(key, out var isAscii);
        if (!isAscii)
        {
            return this.all.TryGetValue(key, out value!);
        }

        hash = Finish(hash);
        var slots = this.slots;
        var index = (int)hash & this.mask;
        while (true)
        {
            var slot = slots[index];
            if (slot.Entry == 0)
            {
                value = default!;
                return false;
            }

            if (slot.Hash == hash)
            {
                var candidate = this.keys[slot.Entry - 1];
                if (candidate.Length == key.Length && Ascii.EqualsIgnoreCase(key, candidate))
                {
                    value = this.values[slot.Entry - 1];
                    return true;
                }
            }

            index = (index + 1) & this.mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // FNV-1a over the characters with A-Z folded to a-z, as ordinal case-insensitive equality folds
    // ASCII; isAscii is false, and the hash meaningless, when a character is not ASCII.
    private static uint HashAscii(ReadOnlySpan<char> key, out bool isAscii)
    {
        var hash = OffsetBasis;
        foreach (var c in key)
        {
            uint code = c;
            if (code > 0x7F)
            {
                isAscii = false;
                return 0;
            }

            if (code - 'A' <= 'Z' - 'A')
            {
                code |= 0x20;
            }

            hash = (hash ^ code) * Prime;
        }

        isAscii = true;
        return hash;
    }

    // FNV's low bits, which pick the slot, mix poorly: fold the high bits in.
    private static uint Finish(uint hash) => hash ^ (hash >> 15);

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

    private readonly record struct Slot(uint Hash, int Entry);
}
