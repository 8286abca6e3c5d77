using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>
/// A list of working items whose array is rented from <see cref="ArrayPool{T}.Shared"/> and
/// returned on <see cref="Dispose"/>: the drafts of a stage, which never leave it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class RentedList<T> : IDisposable
{
    private T[] items = [];

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    /// <summary>The item at an index.</summary>
    /// <param name="index">The index, below <see cref="Count"/>.</param>
    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)this.Count, nameof(index));
            return ref this.items[index];
        }
    }

    /// <summary>Adds an item at the end.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        if (this.Count == this.items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, this.items.Length * 2));
            this.items.AsSpan(0, this.Count).CopyTo(larger);
            this.Return();
            this.items = larger;
        }

        this.items[this.Count++] = item;
    }

    /// <summary>Inserts an item, moving those at and after the index one place on.</summary>
    /// <param name="index">The index, at most <see cref="Count"/>.</param>
    /// <param name="item">The item.</param>
    public void Insert(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, (uint)this.Count, nameof(index));
        this.Add(item);
        var items = this.items.AsSpan(0, this.Count);
        items[index..^1].CopyTo(items[(index + 1)..]);
        items[index] = item;
    }

    /// <summary>Empties the list, keeping its array for what is added next.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            this.AsSpan().Clear();
        }

        this.Count = 0;
    }

    /// <summary>The items.</summary>
    /// <returns>A span over the items, valid until the next <see cref="Add"/>.</returns>
    public Span<T> AsSpan() => this.items.AsSpan(0, this.Count);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        this.Return();
        this.items = [];
        this.Count = 0;
    }

    private void Return()
    {
        if (this.items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(this.items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
