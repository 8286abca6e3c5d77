using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Tagging;

/// <summary>
/// The summed weights, per tag, of the features each of a model's frequent words gives in each
/// role (itself, the word before, the word after...), of the roles that fall outside a sentence,
/// and of every pair of previous tags: computed once when the model is loaded, so that tagging a
/// frequent word's neighbourhood adds a few rows instead of hashing and finding some thirty
/// features. The sums are exact and kept in 16 bits, as the weights are (a model is trained with
/// a scale that lets them fit), so a cached word is tagged exactly as an uncached one would be.
/// Read-only once built.
/// </summary>
internal sealed class ScoreCache
{
    private const int CacheLine = 64;

    private readonly short[] memory;
    private readonly int offset;
    private readonly int roles;

    // What SumRows starts from: 0 for each tag, PaddingScore for the padding.
    private readonly int[] start;

    // The rows of the pairs of previous tags come after the words': one per pair of a tag or the
    // start (the last state).
    private readonly int tagStates;
    private readonly int tagBase;

    /// <summary>Adds up the rows.</summary>
    /// <param name="templates">The model's templates.</param>
    /// <param name="weights">The model's weights.</param>
    /// <param name="words">The model's dictionary.</param>
    /// <param name="cached">The atoms of the words to cache, in cache order.</param>
    /// <exception cref="OverflowException">A sum does not fit in 16 bits.</exception>
    public ScoreCache(FeatureTemplates templates, FeatureWeights weights, WordDictionary words, ImmutableArray<TokenAtoms> cached)
    {
        this.Stride = weights.Stride;
        this.roles = templates.RoleOffsets.Length;
        this.Words = cached;
        this.tagStates = weights.TagCount + 1;
        this.start = new int[this.Stride];
        this.start.AsSpan(weights.TagCount).Fill(PaddingScore);
        this.tagBase = (cached.Length + 1) * this.roles;
        (this.memory, this.offset) = FeatureWeights.AlignedArray<short>((this.tagBase + (this.tagStates * this.tagStates)) * this.Stride);
        Span<uint> keys = stackalloc uint[templates.MaxFeatures];
        Span<int> sums = stackalloc int[this.Stride];
        for (var second = 0; second < this.tagStates; second++)
        {
            for (var first = 0; first < this.tagStates; first++)
            {
                var n = templates.ExtractTags(TagOf(second, weights.TagCount), TagOf(first, weights.TagCount), keys);
                this.Store(this.tagBase + (second * this.tagStates) + first, weights, keys[..n], sums);
            }
        }

        for (var role = 0; role < this.roles; role++)
        {
            this.Store((cached.Length * this.roles) + role, weights, keys[..templates.ExtractBoundary(role, keys)], sums);
        }

        for (var c = 0; c < cached.Length; c++)
        {
            var atoms = cached[c];
            var word = words.Find(atoms.Word);
            var lower = words.FindLower(atoms.Lower);
            for (var role = 0; role < this.roles; role++)
            {
                this.Store((c * this.roles) + role, weights, keys[..templates.ExtractRole(role, atoms, word, lower, keys)], sums);
            }
        }
    }

    /// <summary>The atoms of the cached words, in cache order.</summary>
    public ImmutableArray<TokenAtoms> Words { get; }

    /// <summary>The scores per row: the weights' stride.</summary>
    public int Stride { get; }

    /// <summary>
    /// Where the padding scores past the tags start: so far below any tag's score (at most a few
    /// hundred 16-bit weights) that the best of a whole stride of scores is always a tag.
    /// </summary>
    public static int PaddingScore => -(1 << 30);

    /// <summary>The largest sum a cache row may hold.</summary>
    public static int Largest => short.MaxValue;

    /// <summary>The largest magnitude of any cache row's sums, were the weights as given: what a trainer checks before it settles on a scale.</summary>
    /// <param name="templates">The model's templates.</param>
    /// <param name="weights">The model's weights.</param>
    /// <param name="words">The model's dictionary.</param>
    /// <param name="cached">The atoms of the words to cache.</param>
    /// <returns>The largest magnitude.</returns>
    public static long LargestSum(FeatureTemplates templates, FeatureWeights weights, WordDictionary words, ImmutableArray<TokenAtoms> cached)
    {
        Span<uint> keys = stackalloc uint[templates.MaxFeatures];
        Span<int> sums = stackalloc int[weights.Stride];
        long largest = 0;
        void Measure(ReadOnlySpan<uint> features, Span<int> sums)
        {
            sums.Clear();
            weights.AddTo(features, sums);
            foreach (var sum in sums)
            {
                largest = Math.Max(largest, Math.Abs((long)sum));
            }
        }

        for (var second = 0; second <= weights.TagCount; second++)
        {
            for (var first = 0; first <= weights.TagCount; first++)
            {
                Measure(keys[..templates.ExtractTags(TagOf(second, weights.TagCount), TagOf(first, weights.TagCount), keys)], sums);
            }
        }

        for (var role = 0; role < templates.RoleOffsets.Length; role++)
        {
            Measure(keys[..templates.ExtractBoundary(role, keys)], sums);
            foreach (var atoms in cached)
            {
                Measure(keys[..templates.ExtractRole(role, atoms, words.Find(atoms.Word), words.FindLower(atoms.Lower), keys)], sums);
            }
        }

        return largest;
    }

    /// <summary>Where the row of a cached word in a role starts (for <see cref="SumRows"/>): a word's rows are side by side.</summary>
    /// <param name="cached">The word's cache index.</param>
    /// <param name="role">The role.</param>
    /// <returns>The row's offset.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint WordRow(int cached, int role) => this.offset + (((nint)cached * this.roles) + role) * this.Stride;

    /// <summary>Starts fetching the rows of a cached word in every role (<see cref="Prefetch"/>), to be summed soon.</summary>
    /// <param name="cached">The word's cache index.</param>
    public void Fetch(int cached)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.memory), this.WordRow(cached, 0));
        var length = this.roles * this.Stride;
        for (var j = 0; j < length; j += CacheLine / sizeof(short))
        {
            Prefetch.Line(in Unsafe.Add(ref first, j));
        }
    }

    /// <summary>Where the row of a role outside the sentence starts (for <see cref="SumRows"/>).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The row's offset.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint BoundaryRow(int role) => this.offset + (((nint)this.Words.Length * this.roles) + role) * this.Stride;

    /// <summary>The row of the two previous tags.</summary>
    /// <param name="secondPrevious">The tag two tokens before, or <see cref="FeatureTemplates.StartTag"/>.</param>
    /// <param name="previous">The tag of the token before, or <see cref="FeatureTemplates.StartTag"/>.</param>
    /// <returns>The first of its <see cref="Stride"/> sums.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref short TagsRow(byte secondPrevious, byte previous) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.memory), this.offset + ((nint)(this.tagBase + (this.StateOf(secondPrevious) * this.tagStates) + this.StateOf(previous)) * this.Stride));

    /// <summary>
    /// Writes into scores the sum of rows, starting from 0 for each tag and from
    /// <see cref="PaddingScore"/> for the padding past the tags: the rows are added in registers,
    /// a vector of every row at a time, and the scores written once (adding them one at a time
    /// into memory would read back each vector just stored).
    /// </summary>
    /// <param name="rows">The rows' offsets (<see cref="WordRow"/>, <see cref="BoundaryRow"/>); they are not checked.</param>
    /// <param name="scores">The scores, <see cref="Stride"/> of them.</param>
    public void SumRows(ReadOnlySpan<nint> rows, Span<int> scores)
    {
        if (scores.Length < this.Stride)
        {
            throw new ArgumentException("The scores need one item per padded tag.", nameof(scores));
        }

        ref var memoryStart = ref MemoryMarshal.GetArrayDataReference(this.memory);
        ref var from = ref MemoryMarshal.GetArrayDataReference(this.start);
        ref var into = ref MemoryMarshal.GetReference(scores);
        if (Vector256.IsHardwareAccelerated)
        {
            // The stride is whole 256-bit vectors of 16-bit sums.
            for (var j = 0; j < this.Stride; j += Vector256<short>.Count)
            {
                var lower = Vector256.LoadUnsafe(ref from, (nuint)j);
                var upper = Vector256.LoadUnsafe(ref from, (nuint)(j + Vector256<int>.Count));
                foreach (var row in rows)
                {
                    var (rowLower, rowUpper) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref memoryStart, row + j)));
                    lower += rowLower;
                    upper += rowUpper;
                }

                lower.StoreUnsafe(ref into, (nuint)j);
                upper.StoreUnsafe(ref into, (nuint)(j + Vector256<int>.Count));
            }

            return;
        }

        this.start.CopyTo(scores);
        foreach (var row in rows)
        {
            FeatureWeights.AddRow(ref Unsafe.Add(ref memoryStart, row), ref into, this.Stride);
        }
    }

    /// <summary>Adds the row of a cached word in a role to scores.</summary>
    /// <param name="cached">The word's cache index.</param>
    /// <param name="role">The role.</param>
    /// <param name="scores">The scores, <see cref="Stride"/> of them.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddWord(int cached, int role, ref int scores) => this.AddRow((cached * this.roles) + role, ref scores);

    /// <summary>Adds the row of a role outside the sentence to scores.</summary>
    /// <param name="role">The role.</param>
    /// <param name="scores">The scores, <see cref="Stride"/> of them.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddBoundary(int role, ref int scores) => this.AddRow((this.Words.Length * this.roles) + role, ref scores);

    /// <summary>Adds the row of the two previous tags to scores.</summary>
    /// <param name="secondPrevious">The tag two tokens before, or <see cref="FeatureTemplates.StartTag"/>.</param>
    /// <param name="previous">The tag of the token before, or <see cref="FeatureTemplates.StartTag"/>.</param>
    /// <param name="scores">The scores, <see cref="Stride"/> of them.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTags(byte secondPrevious, byte previous, ref int scores) =>
        this.AddRow(this.tagBase + (this.StateOf(secondPrevious) * this.tagStates) + this.StateOf(previous), ref scores);

    private static byte TagOf(int state, int tagCount) => state == tagCount ? FeatureTemplates.StartTag : (byte)state;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StateOf(byte tag) => tag == FeatureTemplates.StartTag ? this.tagStates - 1 : tag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int row, ref int scores) =>
        FeatureWeights.AddRow(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this.memory), this.offset + ((nint)row * this.Stride)), ref scores, this.Stride);

    private void Store(int row, FeatureWeights weights, ReadOnlySpan<uint> keys, Span<int> sums)
    {
        sums.Clear();
        weights.AddTo(keys, sums);
        var into = this.memory.AsSpan(this.offset + (row * this.Stride), this.Stride);
        for (var t = 0; t < sums.Length; t++)
        {
            into[t] = checked((short)sums[t]);
        }
    }
}
