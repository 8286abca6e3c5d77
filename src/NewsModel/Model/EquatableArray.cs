using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Model;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the
/// same order. The model's records use it so that two models read from the same file compare equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items; a default array is read as empty.</param>
    public EquatableArray(ImmutableArray<T> items) => this.items = items;

    /// <summary>The items as an immutable array (never default).</summary>
    public ImmutableArray<T> AsImmutableArray() => this.items.IsDefault ? [] : this.items;

    /// <inheritdoc />
    public int Count => this.items.IsDefault ? 0 : this.items.Length;

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => this.Count == 0;

    /// <inheritdoc />
    public T this[int index] => this.AsImmutableArray()[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => this.AsImmutableArray().AsSpan();

    /// <summary>Converts an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => this.AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && this.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in this.AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets an enumerator over the items.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => this.AsImmutableArray().GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)this.AsImmutableArray()).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)this.AsImmutableArray()).GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{this.Count} items]";
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values; used by collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Creates a list from a span of items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>The list.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Creates a list from a sequence of items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>The list.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);

        // A collection is copied once into an array of its size that the list then owns; a collection
        // expression over it would copy twice (into a temporary array, then into the list).
        if (items is ICollection<T> collection)
        {
            // Most actors have no role and many events no participant: share the one empty array.
            if (collection.Count == 0)
            {
                return new(ImmutableArray<T>.Empty);
            }

            var array = new T[collection.Count];
            collection.CopyTo(array, 0);
            return new(ImmutableCollectionsMarshal.AsImmutableArray(array));
        }

        return new([.. items]);
    }
}
