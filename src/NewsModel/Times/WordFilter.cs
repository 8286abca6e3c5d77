using System.Runtime.CompilerServices;

namespace NewsModel.Times;

/// <summary>
/// A conservative filter in front of a word map: for a hash of a word's first two characters, a
/// bit per word length. A word that fails it is certainly not in the map, so the map need not be
/// hashed for it; most tokens of a text fail it. Immutable after construction.
/// </summary>
internal sealed class WordFilter
{
    private const int Size = 1024;

    private readonly ulong[] lengthsByStart = new ulong[Size];

    /// <summary>Creates the filter of <paramref name="words"/>.</summary>
    /// <param name="words">The words of the map.</param>
    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                this.lengthsByStart[Slot(word)] |= Bit(word.Length);
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> may be in the map.</summary>
    /// <param name="word">The word.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayContain(ReadOnlySpan<char> word) => !word.IsEmpty && (this.lengthsByStart[Slot(word)] & Bit(word.Length)) != 0;

    private static int Slot(ReadOnlySpan<char> word) => ((word[0] * 31) + (word.Length > 1 ? word[1] : 0)) & (Size - 1);

    // Lengths from 63 on share the last bit.
    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
