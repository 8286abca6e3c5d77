using System.Runtime.CompilerServices;

namespace NewsModel.Tagging;

/// <summary>
/// The hash behind every feature: FNV-1a over UTF-16 code units for a token's strings (its
/// atoms), finished with MurmurHash3's 64-bit mixer; a feature's key is the upper half of the
/// mix of a template's id with one or two atoms. Keys are 32 bits and never 0 (the empty slot).
/// A model names this function in its header (<see cref="FunctionId"/>), because its keys are
/// meaningless under any other.
/// </summary>
internal static class FeatureHash
{
    /// <summary>The id a model's header gives this function.</summary>
    public const byte FunctionId = 1;

    /// <summary>The bits of a feature key.</summary>
    public const byte KeyBits = 32;

    /// <summary>The start of an FNV-1a hash.</summary>
    public const ulong Start = 14695981039346656037;

    private const ulong Prime = 1099511628211;
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>Adds a code unit to a running FNV-1a hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The atom of a string: its FNV-1a hash, mixed.</summary>
    public static ulong Atom(ReadOnlySpan<char> text)
    {
        var hash = Start;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return Mix(hash);
    }

    /// <summary>The atom of a small number (a tag, a class, a set of flags) in its own domain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Atom(ulong value, ulong domain) => Mix((value + 1) * Golden ^ domain);

    /// <summary>MurmurHash3's finaliser: every input bit reaches every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCD;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53;
        x ^= x >> 33;
        return x;
    }

    /// <summary>The key of a feature made of a template and one atom.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong atom) => Fold(Mix(atom + ((ulong)template * Golden)));

    /// <summary>The key of a feature made of a template and two atoms (in order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong first, ulong second) =>
        Fold(Mix(ulong.RotateLeft(first, 29) ^ second ^ ((ulong)template * Golden)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong mixed)
    {
        var key = (uint)(mixed >> 32);
        return key == 0 ? 1 : key;
    }
}
