using System.Collections.Concurrent;

namespace NewsModel.Extraction;

/// <summary>
/// An object a stage keeps from one read to the next with its lists (a finder, a read's token
/// cache), so that a read does not make it anew.
/// </summary>
internal interface IReusable
{
    /// <summary>
    /// Forgets the read it served (the article, what it found), keeping its lists' room, and says
    /// whether it is worth keeping: one whose lists grew far past an ordinary article's is let go.
    /// </summary>
    /// <returns>Whether to keep it for the next read.</returns>
    bool Reset();
}

/// <summary>
/// Working objects kept from one read to the next. Each serves one read at a time: reads on
/// several threads take several. At most two per processor are kept; the rest are let go. A stage
/// takes one for a read with <see cref="Take"/> and gives it back by disposing the lease, which
/// resets it (the one way every stage pools its working objects).
/// </summary>
/// <typeparam name="T">The kept objects' type.</typeparam>
internal sealed class KeptObjects<T>
    where T : class, IReusable
{
    private static readonly int Limit = Environment.ProcessorCount * 2;

    private readonly ConcurrentBag<T> items = [];

    // How many the bag holds: ConcurrentBag.Count takes every thread's lock, once per read per stage.
    private int count;

    /// <summary>Takes a kept object, or makes one, for one read.</summary>
    /// <typeparam name="TState">What the maker reads (the stage), so that it need capture nothing.</typeparam>
    /// <param name="state">Passed to <paramref name="make"/>.</param>
    /// <param name="make">Makes an object when none is kept.</param>
    /// <returns>The lease: dispose it to reset the object and give it back.</returns>
    public Lease Take<TState>(TState state, Func<TState, T> make)
    {
        if (this.items.TryTake(out var item))
        {
            Interlocked.Decrement(ref this.count);
            return new Lease(this, item);
        }

        return new Lease(this, make(state));
    }

    /// <summary>Takes a kept object, if there is one (for an object whose read outlives a call, given back with <see cref="Give"/>).</summary>
    /// <param name="item">The object, or null.</param>
    /// <returns>Whether one was kept.</returns>
    public bool TryTake([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item)
    {
        if (this.items.TryTake(out item))
        {
            Interlocked.Decrement(ref this.count);
            return true;
        }

        return false;
    }

    /// <summary>Resets an object after its read and keeps it for a later one, unless it is not worth keeping or enough are kept already.</summary>
    /// <param name="item">The object.</param>
    public void Give(T item)
    {
        if (!item.Reset())
        {
            return;
        }

        if (Interlocked.Increment(ref this.count) <= Limit)
        {
            this.items.Add(item);
        }
        else
        {
            Interlocked.Decrement(ref this.count);
        }
    }

    /// <summary>A kept object taken for one read; disposing it gives the object back.</summary>
    public readonly ref struct Lease
    {
        private readonly KeptObjects<T> owner;

        internal Lease(KeptObjects<T> owner, T item)
        {
            this.owner = owner;
            this.Item = item;
        }

        /// <summary>The object.</summary>
        public T Item { get; }

        /// <summary>Resets the object and gives it back.</summary>
        public void Dispose() => this.owner.Give(this.Item);
    }
}
