using System.Buffers;

namespace NewsModel.Cli.IO;

/// <summary>
/// A buffer an output is serialised into, whose array is rented from a pool and given back once the
/// output is written (<see cref="Dispose"/>). A JSON model is about ten times the size of its article:
/// a new array for each was the largest part of a batch's allocation. Buffers kept and reused whole
/// (as before) each had to grow to the largest model they met, one after the other: with two threads
/// ten of them grew over the first part of a batch, several megabytes on the large-object heap,
/// which started a full collection inside it. Here growing rents a larger array and gives the
/// smaller one back, so every size is taken from and returned to the same pool.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>An array larger than this, rented for a huge input, is dropped rather than kept in the pool.</summary>
    internal const int MaxPooledLength = 4 << 20;

    private const int MinimumLength = 4 << 10;

    private readonly ArrayPool<byte> pool;
    private byte[] array;
    private int written;

    /// <param name="sizeHint">The size the output is expected to reach; it grows past it when needed.</param>
    /// <param name="pool">Where arrays are rented from and returned to (the shared pool by default).</param>
    public PooledBufferWriter(int sizeHint, ArrayPool<byte>? pool = null)
    {
        this.pool = pool ?? ArrayPool<byte>.Shared;
        this.array = this.pool.Rent(Math.Clamp(sizeHint, MinimumLength, MaxPooledLength));
    }

    /// <summary>What was written; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => this.array.AsMemory(0, this.written);

    /// <summary>How many bytes were written.</summary>
    public int WrittenCount => this.written;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > this.array.Length - this.written)
        {
            throw new InvalidOperationException($"cannot advance past the end of the buffer ({count} bytes asked, {this.array.Length - this.written} free)");
        }

        this.written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        this.Reserve(sizeHint);
        return this.array.AsMemory(this.written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        this.Reserve(sizeHint);
        return this.array.AsSpan(this.written);
    }

    /// <summary>Gives the array back to the pool; what was written must no longer be used.</summary>
    public void Dispose()
    {
        var rented = this.array;
        this.array = [];
        this.written = 0;
        this.Return(rented);
    }

    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        ObjectDisposedException.ThrowIf(this.array.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (this.array.Length - this.written >= needed)
        {
            return;
        }

        // At least double, as a list grows, so that a large output costs few copies.
        var length = (int)Math.Min(Array.MaxLength, Math.Max((long)this.written + needed, 2L * this.array.Length));
        if (length - this.written < needed)
        {
            throw new InvalidOperationException($"an output cannot pass {Array.MaxLength} bytes");
        }

        var larger = this.pool.Rent(length);
        this.array.AsSpan(0, this.written).CopyTo(larger);
        this.Return(this.array);
        this.array = larger;
    }

    private void Return(byte[] rented)
    {
        if (rented.Length is > 0 and <= MaxPooledLength)
        {
            this.pool.Return(rented);
        }
    }
}
