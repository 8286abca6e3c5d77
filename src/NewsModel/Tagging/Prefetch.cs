using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace NewsModel.Tagging;

/// <summary>
/// Asks the processor to start fetching memory that is about to be read: the tagger reads rows
/// and table entries at random over megabytes, and a fetch started while other tokens are worked
/// on hides most of a miss's wait, where a load would stall when it reaches the head of the
/// queue. A hint only: it reads nothing, faults on nothing, and does nothing where the processor
/// has no such instruction.
/// </summary>
internal static class Prefetch
{
    /// <summary>Starts fetching the cache line that holds an item.</summary>
    /// <typeparam name="T">The item's type.</typeparam>
    /// <param name="item">The item (in an array on the pinned heap, or any other: a stale address is harmless).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref readonly T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in item)));
        }
    }
}
