using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>
/// Tags a sentence's tokens with a model, greedily from left to right: each token takes the
/// best-scoring tag the transitions allow after the tag before it, and that tag is a feature of the
/// next. Safe to call from several threads at once: the model is immutable and each call works in
/// its own scratch (the stack, and arrays rented from the shared pool for long sentences).
/// </summary>
internal sealed class SequenceTagger
{
    /// <summary>Creates a tagger over a model.</summary>
    /// <param name="model">The model.</param>
    public SequenceTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Templates.MaxFeatures * (model.Templates.RoleOffsets.Length + 2) > FeatureWeights.MaxKeys)
        {
            throw new ArgumentException($"The templates extract more than {FeatureWeights.MaxKeys} features.", nameof(model));
        }

        this.Model = model;
    }

    /// <summary>The model.</summary>
    public TaggerModel Model { get; }

    /// <summary>Tags one sentence's tokens.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<byte> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = ArrayPool<TokenAtoms>.Shared.Rent(tokens.Length);
        try
        {
            TokenAtoms.ReadHeads(text, tokens, atoms);
            this.Tag(text, tokens, atoms.AsSpan(0, tokens.Length), [], tags);
        }
        finally
        {
            ArrayPool<TokenAtoms>.Shared.Return(atoms);
        }
    }

    /// <summary>
    /// Tags one sentence's tokens over atoms the caller keeps, to share them with another tagger:
    /// the atoms are completed in place where this model needs more than their heads, and a
    /// second tagger over the same atoms finds that work done.
    /// </summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="atoms">One per token, at least their heads (<see cref="TokenAtoms.ReadHeads"/>).</param>
    /// <param name="given">Tags another tagger gave the tokens, or empty.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms, ReadOnlySpan<byte> given, Span<byte> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = tokens.Length;
        if (atoms.Length < n || tags.Length < n || (!given.IsEmpty && given.Length < n))
        {
            throw new ArgumentException("The atoms and tags need one slot per token, and the given tags one per token or none.", nameof(tags));
        }

        var words = ArrayPool<WordInfo>.Shared.Rent(n * 2);
        try
        {
            // A word whose scores the model caches needs only its head atoms and its entry as
            // written; the others are completed and looked up in any case too.
            var dictionary = this.Model.Words;
            for (var i = 0; i < n; i++)
            {
                words[i] = dictionary.Find(atoms[i].Word);
                if (words[i].Cached < 0)
                {
                    atoms[i].Complete(text.AsSpan(tokens[i].Start, tokens[i].Span.Length));
                    words[n + i] = dictionary.FindLower(atoms[i].Lower);
                }
                else
                {
                    words[n + i] = WordInfo.Unknown;
                }
            }

            this.Decode(new SentenceView(atoms[..n], words.AsSpan(0, n), words.AsSpan(n, n), given), tags);
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(words);
        }
    }

    /// <summary>The best tag: the highest score among the allowed tags, the lowest index on a tie.</summary>
    /// <param name="scores">One score per tag.</param>
    /// <param name="tagCount">The number of tags.</param>
    /// <param name="allowed">A bit per tag allowed; when none is, every tag is.</param>
    /// <returns>The tag's index.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Best(ReadOnlySpan<int> scores, int tagCount, ulong allowed)
    {
        var all = tagCount == 64 ? ulong.MaxValue : (1UL << tagCount) - 1;
        allowed &= all;
        if (allowed == 0 || allowed == all)
        {
            if (Vector256.IsHardwareAccelerated && scores.Length >= (tagCount + 7) / 8 * 8)
            {
                return BestOfAll(scores, tagCount);
            }

            allowed = all;
        }

        var best = BitOperations.TrailingZeroCount(allowed);
        var bestScore = scores[best];
        for (var bits = allowed & (allowed - 1); bits != 0; bits &= bits - 1)
        {
            var t = BitOperations.TrailingZeroCount(bits);
            if (scores[t] > bestScore)
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return (byte)best;
    }

    // The highest of every tag's score, with vectors: the largest, then the first that equals it.
    private static byte BestOfAll(ReadOnlySpan<int> scores, int tagCount)
    {
        ref var first = ref MemoryMarshal.GetReference(scores);
        var last = (tagCount - 1) / Vector256<int>.Count * Vector256<int>.Count;
        var tail = Vector256.LessThan(Vector256.Create(last) + Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(tagCount));
        var max = Vector256.ConditionalSelect(tail, Vector256.LoadUnsafe(ref first, (nuint)last), Vector256.Create(int.MinValue));
        for (var j = 0; j < last; j += Vector256<int>.Count)
        {
            max = Vector256.Max(max, Vector256.LoadUnsafe(ref first, (nuint)j));
        }

        var lanes = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        lanes = Vector256.Max(lanes, Vector256.Shuffle(lanes, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        lanes = Vector256.Max(lanes, Vector256.Shuffle(lanes, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
        for (var j = 0; ; j += Vector256<int>.Count)
        {
            var equal = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)j), lanes).ExtractMostSignificantBits();
            if (equal != 0)
            {
                return (byte)(j + BitOperations.TrailingZeroCount(equal));
            }
        }
    }

    private void Decode(in SentenceView sentence, Span<byte> tags)
    {
        var scratch = Scratch.ForThread(this.Model.Weights.Stride);
        for (var start = 0; start < sentence.Length; start += Scratch.Window)
        {
            var end = Math.Min(sentence.Length, start + Scratch.Window);
            this.AddStatic(sentence, start, end, scratch);
            this.Choose(sentence, start, end, scratch, tags);
        }
    }

    // The scores of the tokens [start, end) that do not depend on the tags chosen: each role is
    // a cached row when its word is frequent (or it falls outside the sentence), else features to
    // find; and the context's features when they read no tag. The tokens are independent, so the
    // memory they read is fetched in parallel.
    private void AddStatic(in SentenceView sentence, int start, int end, Scratch scratch)
    {
        var templates = this.Model.Templates;
        var weights = this.Model.Weights;
        var cache = this.Model.Cache;
        var offsets = templates.RoleOffsets.AsSpan();
        var keys = scratch.Keys;
        for (var i = start; i < end; i++)
        {
            var scores = scratch.Scores(i - start, weights.Stride);
            scores.Clear();
            ref var sums = ref MemoryMarshal.GetReference(scores);
            var n = 0;
            for (var role = 0; role < offsets.Length; role++)
            {
                var at = i + offsets[role];
                if ((uint)at >= (uint)sentence.Length)
                {
                    cache.AddBoundary(role, ref sums);
                }
                else if (sentence.Words[at].Cached >= 0)
                {
                    cache.AddWord(sentence.Words[at].Cached, role, ref sums);
                }
                else
                {
                    n += templates.ExtractRole(role, sentence.Atoms[at], sentence.Words[at], sentence.LowerWords[at], keys[n..]);
                }
            }

            if (!templates.ContextReadsTags)
            {
                n += templates.ExtractContext(sentence, i, [], keys[n..]);
            }

            weights.AddTo(keys[..n], scores, scratch.Work);
        }
    }

    // Greedily from left to right: the row of the two previous tags (and the context's features
    // when they read tags), then the best tag the transitions allow.
    private void Choose(in SentenceView sentence, int start, int end, Scratch scratch, Span<byte> tags)
    {
        var templates = this.Model.Templates;
        var weights = this.Model.Weights;
        var transitions = this.Model.Transitions;
        for (var i = start; i < end; i++)
        {
            var scores = scratch.Scores(i - start, weights.Stride);
            var previous = i > 0 ? tags[i - 1] : FeatureTemplates.StartTag;
            this.Model.Cache.AddTags(i > 1 ? tags[i - 2] : FeatureTemplates.StartTag, previous, ref MemoryMarshal.GetReference(scores));
            if (templates.ContextReadsTags)
            {
                var n = templates.ExtractContext(sentence, i, tags, scratch.Keys);
                weights.AddTo(scratch.Keys[..n], scores, scratch.Work);
            }

            tags[i] = Best(scores, weights.TagCount, transitions?.After(previous) ?? ulong.MaxValue);
        }
    }

    /// <summary>
    /// A thread's working memory for decoding, made once per thread: the scores of a window of
    /// tokens, each starting on a cache line (a vector split over two lines is read and written
    /// at about half the speed), and nothing zeroed per sentence as a stack buffer would be.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>The tokens whose static scores are added up before their tags are chosen.</summary>
        public const int Window = 256;

        [ThreadStatic]
        private static Scratch? current;

        private readonly int[] scores;
        private readonly int scoresBase;
        private readonly int stride;
        private readonly uint[] keys = new uint[FeatureWeights.MaxKeys];
        private readonly int[] work = new int[FeatureWeights.WorkLength];

        private Scratch(int stride)
        {
            this.stride = stride;
            (this.scores, this.scoresBase) = FeatureWeights.AlignedArray<int>(Window * stride);
        }

        public Span<uint> Keys => this.keys;

        public Span<int> Work => this.work;

        /// <summary>The scores of a token of the window.</summary>
        public Span<int> Scores(int token, int length) => this.scores.AsSpan(this.scoresBase + (token * this.stride), length);

        public static Scratch ForThread(int stride)
        {
            var scratch = current;
            if (scratch is null || scratch.stride < stride)
            {
                current = scratch = new Scratch(Math.Max(stride, scratch?.stride ?? 0));
            }

            return scratch;
        }
    }
}
