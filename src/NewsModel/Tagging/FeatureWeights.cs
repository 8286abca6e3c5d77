using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Tagging;

/// <summary>
/// A model's weights, feature-major, laid out for scoring from few cache lines. A feature's key
/// leads to a bucket of one 64-byte cache line: four keys, compared at once, and four entries.
/// Most features weigh only two or three tags (a perceptron update touches two), and their
/// weights live in the entry itself; a feature with more has a row of one 16-bit weight per tag,
/// padded to whole vectors, added with a few vector additions. Read-only once built, and so safe
/// to share between threads.
/// </summary>
internal sealed class FeatureWeights
{
    /// <summary>The most tags a model may have (a tag set is a 64-bit mask in places).</summary>
    public const int MaxTags = 64;

    /// <summary>The scratch <see cref="AddTo(ReadOnlySpan{uint}, Span{int}, Span{int})"/> needs.</summary>
    public const int WorkLength = 2 * MaxKeys;

    /// <summary>The most features one call of AddTo adds.</summary>
    public const int MaxKeys = 256;

    private const int InlineWeights = 3;
    private const int CacheLine = 64;
    private const int SlotsPerBucket = 4;

    // The batches of features whose buckets are prefetched.
    private const int PrefetchFrom = 8;

    // The buckets (and dense rows) start on a cache line: arrays on the pinned heap never move,
    // so the offset to the first line boundary is computed once.
    private readonly uint[] bucketMemory;
    private readonly int bucketBase;
    private readonly int bucketMask;
    private readonly short[] denseMemory;
    private readonly int denseBase;

    // Where each row (in key order) was put: bucket * 4 + slot.
    private readonly int[] slotOfRow;
    private readonly int zeroSlot;

    /// <summary>Builds the weights from rows sorted by key.</summary>
    /// <param name="tagCount">The number of tags.</param>
    /// <param name="keys">The features' keys, ascending, distinct, never 0.</param>
    /// <param name="weights">The rows one after the other, <paramref name="tagCount"/> weights each.</param>
    /// <param name="scale">What one unit of a weight is worth, for reports: the argmax does not need it.</param>
    public FeatureWeights(int tagCount, ImmutableArray<uint> keys, ReadOnlySpan<short> weights, float scale)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tagCount, MaxTags);
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length, keys.Length * tagCount);
        this.TagCount = tagCount;
        this.Keys = keys;
        this.Scale = scale;
        // At least one padding score past the tags, for unused inline weights; whole vectors of
        // the widest size the rows are added with.
        var vector = Vector512.IsHardwareAccelerated ? Vector512<short>.Count : Vector256<short>.Count;
        this.Stride = (tagCount + vector) / vector * vector;

        // Buckets at most about 60% full, so that a bucket that overflows into the next is rare.
        var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, ((keys.Length * 5) / 3 / SlotsPerBucket) + 1));
        this.bucketMask = buckets - 1;
        (this.bucketMemory, this.bucketBase) = AlignedArray<uint>((buckets + 1) * CacheLine / sizeof(uint));
        var denseRows = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            denseRows += NonZero(weights.Slice(r * tagCount, tagCount)) > InlineWeights ? 1 : 0;
        }

        (this.denseMemory, this.denseBase) = AlignedArray<short>(denseRows * this.Stride + CacheLine);
        // The bucket past the last holds the entry a missing feature points at: no weight, for
        // the padding score. No key reaches it, because keys are masked to the buckets before it.
        this.zeroSlot = buckets * SlotsPerBucket;
        ref var zero = ref this.EntryAt(this.zeroSlot);
        zero.Tags[0] = zero.Tags[1] = zero.Tags[2] = (byte)(this.Stride - 1);
        this.slotOfRow = new int[keys.Length];
        var dense = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            var row = weights.Slice(r * tagCount, tagCount);
            var (bucket, slot) = this.FreeSlot(keys[r]);
            ref var b = ref this.BucketAt(bucket);
            b.Keys[slot] = keys[r];
            ref var entry = ref b.Entries[slot];
            if (NonZero(row) > InlineWeights)
            {
                entry.IsDense = 1;
                entry.DenseRow = dense;
                row.CopyTo(this.denseMemory.AsSpan(this.denseBase + (dense * this.Stride)));
                dense++;
            }
            else
            {
                // An unused weight stays 0, for the last padding score, so that adding it
                // touches no real tag's score.
                entry.Tags[1] = entry.Tags[2] = (byte)(this.Stride - 1);
                var k = 0;
                for (var t = 0; t < tagCount; t++)
                {
                    if (row[t] != 0)
                    {
                        entry.Tags[k] = (byte)t;
                        entry.Weights[k] = row[t];
                        k++;
                    }
                }
            }

            this.slotOfRow[r] = (bucket * SlotsPerBucket) + slot;
        }
    }

    /// <summary>The number of tags.</summary>
    public int TagCount { get; }

    /// <summary>The scores a caller provides: <see cref="TagCount"/> rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>The features' keys, ascending.</summary>
    public ImmutableArray<uint> Keys { get; }

    /// <summary>The number of features (rows).</summary>
    public int Count => this.Keys.Length;

    /// <summary>What one unit of weight is worth.</summary>
    public float Scale { get; }

    /// <summary>Copies the weights of a row (in key order).</summary>
    /// <param name="row">The row.</param>
    /// <param name="into">Room for <see cref="TagCount"/> weights.</param>
    public void CopyRow(int row, Span<short> into)
    {
        into[..this.TagCount].Clear();
        var bucket = this.slotOfRow[row] / SlotsPerBucket;
        ref var entry = ref this.BucketAt(bucket).Entries[this.slotOfRow[row] % SlotsPerBucket];
        if (entry.IsDense != 0)
        {
            this.denseMemory.AsSpan(this.denseBase + (entry.DenseRow * this.Stride), this.TagCount).CopyTo(into);
            return;
        }

        for (var k = 0; k < InlineWeights; k++)
        {
            if (entry.Weights[k] != 0)
            {
                into[entry.Tags[k]] = entry.Weights[k];
            }
        }
    }

    /// <summary>Adds the weights of the features to the scores.</summary>
    /// <param name="keys">The features' keys, at most <see cref="MaxKeys"/>.</param>
    /// <param name="scores">One score per tag, <see cref="Stride"/> of them.</param>
    public void AddTo(ReadOnlySpan<uint> keys, Span<int> scores)
    {
        Span<int> work = stackalloc int[2 * MaxKeys];
        this.AddTo(keys, scores, work);
    }

    /// <summary>Adds the weights of the features to the scores, in the caller's scratch.</summary>
    /// <param name="keys">The features' keys, at most <see cref="MaxKeys"/>.</param>
    /// <param name="scores">One score per tag, <see cref="Stride"/> of them.</param>
    /// <param name="work">Scratch of <see cref="WorkLength"/> items (a stack buffer is zeroed when made: a caller scoring many tokens makes one).</param>
    public void AddTo(ReadOnlySpan<uint> keys, Span<int> scores, Span<int> work)
    {
        if (scores.Length < this.Stride || keys.Length > MaxKeys || work.Length < WorkLength)
        {
            throw new ArgumentException("The scores need one slot per padded tag, the keys are at most MaxKeys and the scratch WorkLength.", nameof(scores));
        }

        this.Add(keys, [], scores, work);
    }

    /// <summary>
    /// Adds the weights of each feature to the scores of its own token: a whole sentence's
    /// features in one batch, so that the cache misses of all of them overlap.
    /// </summary>
    /// <param name="keys">The features' keys.</param>
    /// <param name="targets">For each key, where its token's scores start in <paramref name="scores"/>.</param>
    /// <param name="scores">The scores of the tokens, <see cref="Stride"/> from each target on.</param>
    /// <param name="work">Scratch of twice as many items as there are keys.</param>
    public void AddEach(ReadOnlySpan<uint> keys, ReadOnlySpan<int> targets, Span<int> scores, Span<int> work)
    {
        if (targets.Length != keys.Length || work.Length < 2 * keys.Length)
        {
            throw new ArgumentException("Each key needs a target, and the scratch two items per key.", nameof(targets));
        }

        // Checked once here, so that the adds below need no bounds checks.
        foreach (var target in targets)
        {
            if ((uint)target > (uint)(scores.Length - this.Stride))
            {
                throw new ArgumentOutOfRangeException(nameof(targets), "A target's scores fall outside the scores.");
            }
        }

        this.Add(keys, targets, scores, work);
    }

    // The scores of key i start at targets[i], or at 0 when there are no targets; the caller has
    // checked that they fit.
    private void Add(ReadOnlySpan<uint> keys, ReadOnlySpan<int> targets, Span<int> scores, Span<int> work)
    {
        // First every key's bucket is read and compared, so that the cache misses of all the
        // features overlap; a missing feature points at an entry of no weight. Then the entries
        // are split, without a branch, into rows and inline weights; the rows are added first (a
        // vector load of a score just written by a scalar add would wait for the store to
        // retire), then the inline weights. Branches that depend on the weights' contents would
        // be mispredicted about every other feature.
        var slots = work[..keys.Length];
        if (keys.Length > PrefetchFrom)
        {
            // A batch: every bucket is asked for before any is read, so that the misses overlap
            // as far as the processor allows, not only as far as its queue of loads reaches.
            foreach (var key in keys)
            {
                Prefetch.Line(in this.BucketAt((int)key & this.bucketMask));
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            slots[i] = this.SlotOf(keys[i]);
        }

        var hasTargets = !targets.IsEmpty;
        var order = work.Slice(keys.Length, keys.Length);
        var dense = 0;
        var inline = keys.Length;
        for (var i = 0; i < keys.Length; i++)
        {
            // Dense entries are listed from the front, inline ones from the back.
            ref var entry = ref this.EntryAt(slots[i]);
            var isDense = entry.IsDense;
            if (isDense != 0 && hasTargets)
            {
                // A batch's rows are asked for before the first is added.
                ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.denseMemory), this.denseBase + ((nint)entry.DenseRow * this.Stride));
                for (var j = 0; j < this.Stride; j += CacheLine / sizeof(short))
                {
                    Prefetch.Line(in Unsafe.Add(ref row, j));
                }
            }

            inline -= 1 - isDense;
            order[isDense != 0 ? dense : inline] = i;
            dense += isDense;
        }

        ref var sums = ref MemoryMarshal.GetReference(scores);
        ref var denseRows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.denseMemory), this.denseBase);
        for (var k = 0; k < dense; k++)
        {
            var i = order[k];
            ref var into = ref Unsafe.Add(ref sums, hasTargets ? targets[i] : 0);
            AddRow(ref Unsafe.Add(ref denseRows, (nint)this.EntryAt(slots[i]).DenseRow * this.Stride), ref into, this.Stride);
        }

        for (var k = dense; k < keys.Length; k++)
        {
            var i = order[k];
            ref var entry = ref this.EntryAt(slots[i]);
            ref var into = ref Unsafe.Add(ref sums, hasTargets ? targets[i] : 0);
            Unsafe.Add(ref into, entry.Tags[0]) += entry.Weights[0];
            Unsafe.Add(ref into, entry.Tags[1]) += entry.Weights[1];
            Unsafe.Add(ref into, entry.Tags[2]) += entry.Weights[2];
        }
    }

    // The slot of a key's entry, or the slot of no weight when the model has no such feature.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(uint key)
    {
        var bucket = (int)key & this.bucketMask;
        var stored = Vector128.LoadUnsafe(ref this.BucketAt(bucket).Keys[0]);
        var match = Vector128.Equals(stored, Vector128.Create(key)).ExtractMostSignificantBits();
        if (match == 0 && Vector128.Equals(stored, Vector128<uint>.Zero) == Vector128<uint>.Zero)
        {
            // A full bucket: the key may have spilled into the buckets after it.
            (bucket, match) = this.Spilled(key, bucket);
        }

        return match != 0 ? (bucket * SlotsPerBucket) + BitOperations.TrailingZeroCount(match) : this.zeroSlot;
    }

    // Follows a key past its full bucket: the bucket and slot bits where it is, or a 0 mask.
    private (int Bucket, uint Match) Spilled(uint key, int bucket)
    {
        while (true)
        {
            bucket = (bucket + 1) & this.bucketMask;
            var stored = Vector128.LoadUnsafe(ref this.BucketAt(bucket).Keys[0]);
            var match = Vector128.Equals(stored, Vector128.Create(key)).ExtractMostSignificantBits();
            if (match != 0 || Vector128.Equals(stored, Vector128<uint>.Zero) != Vector128<uint>.Zero)
            {
                return (bucket, (uint)match);
            }
        }
    }

    private static int NonZero(ReadOnlySpan<short> row)
    {
        var n = 0;
        foreach (var w in row)
        {
            n += w != 0 ? 1 : 0;
        }

        return n;
    }

    /// <summary>An array on the pinned heap and the index of its first item on a cache line.</summary>
    internal static (T[] Array, int Base) AlignedArray<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateArray<T>(length + (CacheLine / Unsafe.SizeOf<T>()), pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var misalignment = (int)(address % CacheLine);
        return (array, misalignment == 0 ? 0 : (CacheLine - misalignment) / Unsafe.SizeOf<T>());
    }

    /// <summary>Adds a row of 16-bit weights to 32-bit scores, <paramref name="stride"/> of each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddRow(ref short row, ref int sums, int stride)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            for (var j = 0; j < stride; j += Vector512<short>.Count)
            {
                var (lower, upper) = Vector512.Widen(Vector512.LoadUnsafe(ref row, (nuint)j));
                (Vector512.LoadUnsafe(ref sums, (nuint)j) + lower).StoreUnsafe(ref sums, (nuint)j);
                (Vector512.LoadUnsafe(ref sums, (nuint)(j + Vector512<int>.Count)) + upper).StoreUnsafe(ref sums, (nuint)(j + Vector512<int>.Count));
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (var j = 0; j < stride; j += Vector256<short>.Count)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)j));
                (Vector256.LoadUnsafe(ref sums, (nuint)j) + lower).StoreUnsafe(ref sums, (nuint)j);
                (Vector256.LoadUnsafe(ref sums, (nuint)(j + Vector256<int>.Count)) + upper).StoreUnsafe(ref sums, (nuint)(j + Vector256<int>.Count));
            }
        }
        else
        {
            for (var j = 0; j < stride; j++)
            {
                Unsafe.Add(ref sums, j) += Unsafe.Add(ref row, j);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry EntryAt(int slot) => ref this.BucketAt(slot / SlotsPerBucket).Entries[slot % SlotsPerBucket];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Bucket BucketAt(int bucket) =>
        ref Unsafe.As<uint, Bucket>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.bucketMemory), this.bucketBase + (bucket * (CacheLine / sizeof(uint)))));

    private (int Bucket, int Slot) FreeSlot(uint key)
    {
        var bucket = (int)key & this.bucketMask;
        while (true)
        {
            ref var b = ref this.BucketAt(bucket);
            for (var slot = 0; slot < SlotsPerBucket; slot++)
            {
                if (b.Keys[slot] == 0)
                {
                    return (bucket, slot);
                }
            }

            bucket = (bucket + 1) & this.bucketMask;
        }
    }

    /// <summary>One cache line: four keys, then their four entries.</summary>
    [StructLayout(LayoutKind.Sequential, Size = CacheLine)]
    private struct Bucket
    {
        public KeyArray Keys;
        public EntryArray Entries;
    }

    /// <summary>
    /// A feature's weights: up to three (tag, weight) pairs, unused ones 0 for tag 0; or, when
    /// <see cref="IsDense"/>, the index of its row of weights.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 12)]
    private struct Entry
    {
        [FieldOffset(0)]
        public WeightArray Weights;

        [FieldOffset(0)]
        public int DenseRow;

        [FieldOffset(6)]
        public TagArray Tags;

        [FieldOffset(9)]
        public byte IsDense;
    }

    [InlineArray(SlotsPerBucket)]
    private struct KeyArray
    {
        private uint first;
    }

    [InlineArray(SlotsPerBucket)]
    private struct EntryArray
    {
        private Entry first;
    }

    [InlineArray(InlineWeights)]
    private struct WeightArray
    {
        private short first;
    }

    [InlineArray(InlineWeights)]
    private struct TagArray
    {
        private byte first;
    }
}
