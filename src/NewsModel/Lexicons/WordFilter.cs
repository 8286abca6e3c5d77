namespace NewsModel.Lexicons;

/// <summary>
/// A quick test that a word is not one of a set of keys, ignoring case, before the dictionary
/// is asked: a bit per (first letter, last letter, length), which most words of a text miss. Only
/// a word whose bit is set goes on to the real lookup, so the answers are those of the dictionary.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 16;

    private readonly ulong[] bits = new ulong[Bits / 64];

    /// <summary>Sets the bits of the keys.</summary>
    /// <param name="keys">The keys, in any case.</param>
    public WordFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (Bit(key) is var bit and >= 0)
            {
                this.bits[bit >> 6] |= 1UL << (bit & 63);
            }
            else
            {
                // A key the filter cannot place: every word may be it.
                Array.Fill(this.bits, ulong.MaxValue);
                return;
            }
        }
    }

    /// <summary>Whether the word may be a key; false only when it is none.</summary>
    /// <param name="word">The word, in any case.</param>
    /// <returns>Whether to look it up.</returns>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        var bit = Bit(word);
        return bit < 0 || (this.bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // Ordinal equality ignoring case needs equal lengths, and an ASCII letter equals only itself
    // in either case (or a non-ASCII letter, such as the Kelvin sign): a word that starts or ends
    // with a character other than ASCII is not placed (-1), and always looked up.
    private static int Bit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
        {
            return -1;
        }

        var hash = ((uint)Upper(word[0]) * 31) + ((uint)Upper(word[^1]) * 961) + ((uint)word.Length * 7919);
        return (int)(hash & (Bits - 1));
    }

    private static char Upper(char c) => char.IsAsciiLetterLower(c) ? (char)(c - 32) : c;
}
