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
        var scratch = Scratch.ForThread(this.Model.Weights.Stride, tokens.Length);
        var atoms = scratch.Atoms.AsSpan(0, tokens.Length);
        TokenAtoms.ReadHeads(text, tokens, atoms);
        this.Tag(text, tokens, atoms, [], [], [], tags, scratch);
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
        this.Tag(text, tokens, atoms, given, [], [], tags, Scratch.ForThread(this.Model.Weights.Stride, tokens.Length));
    }

    /// <summary>Tags one sentence's tokens over atoms the caller keeps, with what the document says of each token elsewhere.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="atoms">One per token, at least their heads (<see cref="TokenAtoms.ReadHeads"/>).</param>
    /// <param name="given">Tags another tagger gave the tokens, or empty.</param>
    /// <param name="document">One per token (<see cref="DocumentWords.Evidence"/>), or empty.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms, ReadOnlySpan<byte> given, ReadOnlySpan<byte> document, Span<byte> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.Tag(text, tokens, atoms, given, document, [], tags, Scratch.ForThread(this.Model.Weights.Stride, tokens.Length));
    }

    /// <summary>
    /// Tags one sentence's tokens where the caller has settled some of them already: a settled
    /// token takes its tag without being scored, and its tag is the previous tag of the token
    /// after it, as if the model had chosen it. Tokens further than <see cref="Reach"/> from any
    /// unsettled one are not looked up either.
    /// </summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="atoms">One per token, at least their heads (<see cref="TokenAtoms.ReadHeads"/>).</param>
    /// <param name="given">Tags another tagger gave the tokens, or empty.</param>
    /// <param name="document">One per token (<see cref="DocumentWords.Evidence"/>), or empty.</param>
    /// <param name="settled">One per token: its tag, or <see cref="Unsettled"/> to score it.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms, ReadOnlySpan<byte> given, ReadOnlySpan<byte> document, ReadOnlySpan<byte> settled, Span<byte> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.Tag(text, tokens, atoms, given, document, settled, tags, Scratch.ForThread(this.Model.Weights.Stride, tokens.Length));
    }

    /// <summary>What <see cref="Tag(string, ReadOnlySpan{Token}, Span{TokenAtoms}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, Span{byte})"/> reads as a token to score.</summary>
    public const byte Unsettled = 255;

    /// <summary>How far from a token its features look: the templates read no word further away.</summary>
    public const int Reach = 2;

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

    private void Tag(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms, ReadOnlySpan<byte> given, ReadOnlySpan<byte> document, ReadOnlySpan<byte> settled, Span<byte> tags, Scratch scratch)
    {
        var n = tokens.Length;
        if (atoms.Length < n || tags.Length < n || (!given.IsEmpty && given.Length < n) || (!document.IsEmpty && document.Length < n) || (!settled.IsEmpty && settled.Length < n))
        {
            throw new ArgumentException("The atoms and tags need one slot per token, and the given tags, document evidence and settled tags one per token or none.", nameof(tags));
        }

        if (!settled.IsEmpty && !MarkNeeded(settled[..n], scratch.Needed.AsSpan(0, n)))
        {
            settled[..n].CopyTo(tags);
            return;
        }

        // A word whose scores the model caches needs only its head atoms and its entry as
        // written; the others are completed and looked up in any case too.
        var dictionary = this.Model.Words;
        var words = scratch.Words.AsSpan(0, n);
        var lowerWords = scratch.Words.AsSpan(n, n);
        var cache = this.Model.Cache;
        var needed = settled.IsEmpty ? [] : scratch.Needed.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            if (needed.IsEmpty || needed[i])
            {
                dictionary.Fetch(atoms[i].Word);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (!needed.IsEmpty && !needed[i])
            {
                words[i] = WordInfo.Unknown;
                lowerWords[i] = WordInfo.Unknown;
                continue;
            }

            words[i] = dictionary.Find(atoms[i].Word);
            if (words[i].Cached >= 0)
            {
                // Its rows are summed once the whole sentence is looked up: fetched by then.
                cache.Fetch(words[i].Cached);
                lowerWords[i] = WordInfo.Unknown;
            }
            else
            {
                atoms[i].Complete(text.AsSpan(tokens[i].Start, tokens[i].Span.Length));
                lowerWords[i] = dictionary.FindLower(atoms[i].Lower);
            }
        }

        var phrases = Span<byte>.Empty;
        if (this.Model.Templates.ReadsPhrases)
        {
            phrases = scratch.Phrases.AsSpan(0, n);
            NameGazetteer.Match(dictionary, atoms[..n], phrases);
        }

        var sentence = new SentenceView(atoms[..n], words, lowerWords, given, document, phrases);
        for (var start = 0; start < n; start += Scratch.Window)
        {
            var end = Math.Min(n, start + Scratch.Window);
            this.AddStatic(sentence, start, end, settled, scratch);
            this.Choose(sentence, start, end, settled, scratch, tags);
        }
    }

    // Marks the tokens within reach of a token to score; false when every token is settled.
    private static bool MarkNeeded(ReadOnlySpan<byte> settled, Span<bool> needed)
    {
        needed.Clear();
        var any = false;
        for (var i = 0; i < settled.Length; i++)
        {
            if (settled[i] == Unsettled)
            {
                any = true;
                needed[Math.Max(0, i - Reach)..Math.Min(settled.Length, i + Reach + 1)].Fill(true);
            }
        }

        return any;
    }

    // The scores of the tokens [start, end) that do not depend on the tags chosen: each role is
    // a cached row when its word is frequent (or it falls outside the sentence), else features to
    // find; and the context's features when they read no tag. A token's rows are summed in
    // registers; the features of the whole window are found in one batch, so that their cache
    // misses overlap.
    private void AddStatic(in SentenceView sentence, int start, int end, ReadOnlySpan<byte> settled, Scratch scratch)
    {
        var templates = this.Model.Templates;
        var weights = this.Model.Weights;
        var cache = this.Model.Cache;
        var stride = weights.Stride;
        var offsets = templates.RoleOffsets.AsSpan();
        var rows = scratch.Rows.AsSpan(0, offsets.Length);
        var keys = scratch.Keys;
        var targets = scratch.Targets;
        var scores = scratch.WindowScores;
        var perToken = templates.MaxFeatures * (offsets.Length + 1);
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!settled.IsEmpty && settled[i] != Unsettled)
            {
                continue;
            }

            var r = 0;
            var first = n;
            for (var role = 0; role < offsets.Length; role++)
            {
                var at = i + offsets[role];
                if ((uint)at >= (uint)sentence.Length)
                {
                    rows[r++] = cache.BoundaryRow(role);
                }
                else if (sentence.Words[at].Cached >= 0)
                {
                    rows[r++] = cache.WordRow(sentence.Words[at].Cached, role);
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

            var target = (i - start) * stride;
            targets[first..n].Fill(target);
            cache.SumRows(rows[..r], scores.Slice(target, stride));
            if (n > keys.Length - perToken)
            {
                weights.AddEach(keys[..n], targets[..n], scores, scratch.Work);
                n = 0;
            }
        }

        weights.AddEach(keys[..n], targets[..n], scores, scratch.Work);
    }

    // Greedily from left to right: the row of the two previous tags (and the context's features
    // when they read tags), then the best tag the transitions allow.
    private void Choose(in SentenceView sentence, int start, int end, ReadOnlySpan<byte> settled, Scratch scratch, Span<byte> tags)
    {
        var templates = this.Model.Templates;
        var weights = this.Model.Weights;
        var cache = this.Model.Cache;
        var transitions = this.Model.Transitions;
        var stride = weights.Stride;
        if (transitions is null && !templates.ContextReadsTags && settled.IsEmpty && Vector256.IsHardwareAccelerated)
        {
            // The common case, on the chain from one tag to the next: the row is added as the
            // best is looked for, and the scores are not written back.
            ref var scores = ref MemoryMarshal.GetReference(scratch.WindowScores);
            for (var i = start; i < end; i++)
            {
                var previous = i > 0 ? tags[i - 1] : FeatureTemplates.StartTag;
                ref var row = ref cache.TagsRow(i > 1 ? tags[i - 2] : FeatureTemplates.StartTag, previous);
                tags[i] = BestWithRow(ref Unsafe.Add(ref scores, (i - start) * stride), ref row, stride);
            }

            return;
        }

        for (var i = start; i < end; i++)
        {
            if (!settled.IsEmpty && settled[i] != Unsettled)
            {
                tags[i] = settled[i];
                continue;
            }

            var scores = scratch.WindowScores.Slice((i - start) * stride, stride);
            var previous = i > 0 ? tags[i - 1] : FeatureTemplates.StartTag;
            FeatureWeights.AddRow(ref cache.TagsRow(i > 1 ? tags[i - 2] : FeatureTemplates.StartTag, previous), ref MemoryMarshal.GetReference(scores), stride);
            if (templates.ContextReadsTags)
            {
                var n = templates.ExtractContext(sentence, i, tags, scratch.Keys);
                weights.AddTo(scratch.Keys[..n], scores, scratch.Work);
            }

            tags[i] = Best(scores, weights.TagCount, transitions?.After(previous) ?? ulong.MaxValue);
        }
    }

    // The best of the scores plus a row of 16-bit sums, over the whole stride: the padding's
    // scores start far below any tag's (Scratch.Padding), so they never win. The largest first,
    // then the first lane that equals it (the lowest index on a tie); the second pass reloads
    // the scores, which does not wait for the largest, rather than keep a stride of registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte BestWithRow(ref int scores, ref short row, int stride)
    {
        var max = Vector256.Create(int.MinValue);
        for (var j = 0; j < stride; j += Vector256<short>.Count)
        {
            var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)j));
            max = Vector256.Max(max, Vector256.LoadUnsafe(ref scores, (nuint)j) + lower);
            max = Vector256.Max(max, Vector256.LoadUnsafe(ref scores, (nuint)(j + Vector256<int>.Count)) + upper);
        }

        var lanes = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        lanes = Vector256.Max(lanes, Vector256.Shuffle(lanes, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        lanes = Vector256.Max(lanes, Vector256.Shuffle(lanes, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
        for (var j = 0; ; j += Vector256<short>.Count)
        {
            var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)j));
            var equal = Vector256.Equals(Vector256.LoadUnsafe(ref scores, (nuint)j) + lower, lanes).ExtractMostSignificantBits()
                | (Vector256.Equals(Vector256.LoadUnsafe(ref scores, (nuint)(j + Vector256<int>.Count)) + upper, lanes).ExtractMostSignificantBits() << Vector256<int>.Count);
            if (equal != 0)
            {
                return (byte)(j + BitOperations.TrailingZeroCount(equal));
            }
        }
    }

    /// <summary>
    /// A thread's working memory for tagging, made once per thread and grown, never shrunk, for
    /// longer sentences: the tokens' atoms and dictionary entries; the scores of a window of
    /// tokens, each starting on a cache line (a vector split over two lines is read and written
    /// at about half the speed), and nothing zeroed per sentence as a stack buffer would be; the
    /// keys of a batch of features.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>The tokens whose static scores are added up before their tags are chosen.</summary>
        public const int Window = 256;

        /// <summary>The most keys of one batch: room for several tokens' worth of features.</summary>
        private const int BatchKeys = 4 * FeatureWeights.MaxKeys;

        [ThreadStatic]
        private static Scratch? current;

        private readonly int[] scores;
        private readonly int scoresBase;
        private readonly int stride;

        private Scratch(int stride, int tokens)
        {
            this.stride = stride;
            (this.scores, this.scoresBase) = FeatureWeights.AlignedArray<int>(Window * stride);
            this.Atoms = new TokenAtoms[tokens];
            this.Words = new WordInfo[2 * tokens];
            this.Phrases = new byte[tokens];
            this.Needed = new bool[tokens];
        }

        /// <summary>Room for the atoms of a sentence's tokens.</summary>
        public TokenAtoms[] Atoms { get; private set; }

        /// <summary>Room for the dictionary entries of a sentence's tokens: as written, then in any case.</summary>
        public WordInfo[] Words { get; private set; }

        /// <summary>Room for the lexicon names covering a sentence's tokens.</summary>
        public byte[] Phrases { get; private set; }

        /// <summary>Room for whether each of a sentence's tokens is within reach of one to score.</summary>
        public bool[] Needed { get; private set; }

        /// <summary>The offsets of a token's cached rows, one per role at most.</summary>
        public nint[] Rows { get; } = new nint[FeatureWeights.MaxKeys];

        /// <summary>The keys of a batch of features.</summary>
        public Span<uint> Keys => this.KeyMemory;

        /// <summary>For each key of the batch, where its token's scores start.</summary>
        public Span<int> Targets => this.TargetMemory;

        /// <summary>The scratch a batch of features needs.</summary>
        public Span<int> Work => this.WorkMemory;

        /// <summary>The scores of the window's tokens, a stride each.</summary>
        public Span<int> WindowScores => this.scores.AsSpan(this.scoresBase, Window * this.stride);

        private uint[] KeyMemory { get; } = new uint[BatchKeys];

        private int[] TargetMemory { get; } = new int[BatchKeys];

        private int[] WorkMemory { get; } = new int[2 * BatchKeys];

        /// <summary>The thread's scratch, with room for a sentence of so many tokens.</summary>
        /// <param name="stride">The scores per token.</param>
        /// <param name="tokens">The sentence's tokens.</param>
        /// <returns>The scratch.</returns>
        public static Scratch ForThread(int stride, int tokens)
        {
            var scratch = current;
            if (scratch is null || scratch.stride < stride)
            {
                current = scratch = new Scratch(Math.Max(stride, scratch?.stride ?? 0), Math.Max(64, tokens));
            }

            if (scratch.Atoms.Length < tokens)
            {
                scratch.Atoms = new TokenAtoms[(int)BitOperations.RoundUpToPowerOf2((uint)tokens)];
                scratch.Words = new WordInfo[2 * scratch.Atoms.Length];
                scratch.Phrases = new byte[scratch.Atoms.Length];
                scratch.Needed = new bool[scratch.Atoms.Length];
            }

            return scratch;
        }
    }
}
