using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Extraction;

/// <summary>
/// Working objects (a stage's finders, a read's token cache) kept from one read to the next with
/// their lists, so that a read does not make them anew. Each serves one read at a time: reads on
/// several threads take several. At most two per processor are kept; the rest are let go.
/// </summary>
/// <typeparam name="T">The kept objects' type.</typeparam>
internal sealed class KeptObjects<T>
    where T : class
{
    private static readonly int Limit = Environment.ProcessorCount * 2;

    private readonly ConcurrentBag<T> items = [];

    // How many the bag holds: ConcurrentBag.Count takes every thread's lock, once per read per stage.
    private int count;

    /// <summary>Takes a kept object, if there is one.</summary>
    public bool TryTake([NotNullWhen(true)] out T? item)
    {
        if (this.items.TryTake(out item))
        {
            Interlocked.Decrement(ref this.count);
            return true;
        }

        return false;
    }

    /// <summary>Keeps an object for a later read, unless enough are kept already.</summary>
    public void Keep(T item)
    {
        if (Interlocked.Increment(ref this.count) <= Limit)
        {
            this.items.Add(item);
        }
        else
        {
            Interlocked.Decrement(ref this.count);
        }
    }
}
