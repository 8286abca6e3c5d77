using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;

using NewsModel.Tagging;

namespace NewsModel.Training;

/// <summary>How a model is trained.</summary>
internal sealed record TrainerOptions
{
    /// <summary>The feature templates.</summary>
    public FeatureTemplates Templates { get; init; } = PartOfSpeechTemplates.Instance;

    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>The seed of the order of the sentences in each pass.</summary>
    public ulong Seed { get; init; } = 0x5EED_2026;

    /// <summary>A word this frequent that has one tag this often gets it as its usual tag.</summary>
    public int SureMinCount { get; init; } = 20;

    /// <summary>See <see cref="SureMinCount"/>.</summary>
    public double SureMinShare { get; init; } = 0.97;

    /// <summary>A tag counts as seen with a word when it has at least this share of the word's tokens.</summary>
    public double SeenMinShare { get; init; } = 0.01;

    /// <summary>
    /// The folds of the training sentences for the dictionary features: a sentence sees the
    /// dictionary of the other folds, as a test sentence sees one made without it; 1 for none.
    /// </summary>
    public int Folds { get; init; } = 10;

    /// <summary>
    /// A feature is kept when one of its averaged weights reaches this (1 is one update that stood
    /// all through training); 0 keeps every feature that has a weight.
    /// </summary>
    public double WeightFloor { get; init; }

    /// <summary>How many of the most frequent words the model caches the scores of (more is faster and larger).</summary>
    public int CachedWords { get; init; } = 16384;

    /// <summary>Words with lexicon classes (bits), for the dictionary.</summary>
    public IReadOnlyList<(string Word, byte Classes)> Lexicon { get; init; } = [];

    /// <summary>Lexicon names as their words' atoms, with class bits (<see cref="NameGazetteer"/>), for the dictionary.</summary>
    public IReadOnlyList<(ulong[] Words, byte Classes)> Phrases { get; init; } = [];
}

/// <summary>
/// Trains an averaged perceptron (Collins 2002) for greedy left-to-right tagging, on the decoder's
/// own features and its own predicted previous tags. Deterministic: one thread, the sentences in a
/// fixed order shuffled by a seeded generator, integer updates, and rows written in key order, so
/// the same data and options give the same model bytes.
/// </summary>
internal sealed class PerceptronTrainer(TrainerOptions options)
{
    private readonly TrainerOptions options = options;
    private readonly Dictionary<uint, int> rowOf = [];
    private int tagCount;
    private int[] weights = [];
    private long[] totals = [];
    private int rows;

    /// <summary>Reports progress: one line per pass.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Trains a model.</summary>
    /// <param name="sentences">The training sentences, in their fixed order.</param>
    /// <returns>The model.</returns>
    public TaggerModel Train(IReadOnlyList<TaggedSentence> sentences)
    {
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (tags.Length > FeatureWeights.MaxTags)
        {
            throw new InvalidOperationException($"{tags.Length} tags; a model has at most {FeatureWeights.MaxTags}.");
        }

        this.tagCount = tags.Length;
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (byte)p.i, StringComparer.Ordinal);
        var examples = sentences.Select(s => new Example(Atoms(s), [.. s.Tags.Select(t => index[t])]) { Given = s.Given, Document = s.Evidence }).ToArray();
        var words = new WordStatistics(this.tagCount, this.options);
        for (var e = 0; e < examples.Length; e++)
        {
            words.Count(examples[e], e % this.options.Folds);
        }

        for (var e = 0; e < examples.Length; e++)
        {
            (examples[e].Words, examples[e].LowerWords) = words.Jackknifed(examples[e], e % this.options.Folds);
        }

        var cached = CachedWords(examples, this.options.CachedWords);
        var dictionary = words.Build(cached.Select(a => a.Word).ToArray());
        if (this.options.Templates.ReadsPhrases)
        {
            // Matched on the model's own dictionary, as the tagger will match them.
            foreach (var example in examples)
            {
                example.Phrases = new byte[example.Atoms.Length];
                NameGazetteer.Match(dictionary, example.Atoms, example.Phrases);
            }
        }

        var transitions = this.options.Templates.Transitions(tags);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new SplitMix64(this.options.Seed);
        long clock = 1;
        for (var epoch = 0; epoch < this.options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long wrong = 0;
            long total = 0;
            foreach (var e in order)
            {
                wrong += this.Learn(examples[e], transitions, ref clock);
                total += examples[e].Gold.Length;
            }

            this.Log?.Invoke($"  pass {epoch + 1}: {100.0 * (total - wrong) / total:F2} % of training tokens right, {this.rows} features");
        }

        // The weights' scale makes the largest fit in 16 bits, and then every sum the model
        // caches too: a larger scale until they do.
        var averaged = this.Averaged(clock);
        var scale = Math.Max(averaged.Max(a => a.Strongest), 1e-9) / short.MaxValue;
        while (true)
        {
            var weights = this.Quantised(averaged, scale);
            var largest = ScoreCache.LargestSum(this.options.Templates, weights, dictionary, cached);
            if (largest <= ScoreCache.Largest)
            {
                return new TaggerModel(this.options.Templates.Kind, ModelFile.FormatVersion, this.options.Templates, tags, weights, dictionary, cached);
            }

            scale *= (double)largest / ScoreCache.Largest * 1.01;
        }
    }

    // The most frequent words, most frequent first (ties by atom), whose scores the model caches.
    private static ImmutableArray<TokenAtoms> CachedWords(Example[] examples, int count)
    {
        var words = new Dictionary<ulong, (long Count, TokenAtoms Atoms)>();
        foreach (var example in examples)
        {
            foreach (var atoms in example.Atoms)
            {
                var (n, first) = words.GetValueOrDefault(atoms.Word, (0, atoms));
                words[atoms.Word] = (n + 1, first);
            }
        }

        return [.. words.OrderByDescending(w => w.Value.Count).ThenBy(w => w.Key).Take(count).Select(w => Cacheable(w.Value.Atoms))];
    }

    // What a model file keeps of a word's atoms: the kind and length are not features of a role.
    private static TokenAtoms Cacheable(TokenAtoms atoms)
    {
        atoms.Kind = default;
        atoms.Length = 0;
        return atoms;
    }

    private static TokenAtoms[] Atoms(TaggedSentence sentence)
    {
        var atoms = new TokenAtoms[sentence.Tokens.Length];
        TokenAtoms.Read(sentence.Text, sentence.Tokens, atoms);
        return atoms;
    }

    // Tags one sentence greedily with the current weights, updating them at each mistake.
    private int Learn(Example example, TagTransitions? transitions, ref long clock)
    {
        var templates = this.options.Templates;
        Span<uint> keys = stackalloc uint[templates.MaxFeatures * (templates.RoleOffsets.Length + 2)];
        Span<int> scores = stackalloc int[this.tagCount];
        var predicted = new byte[example.Gold.Length];
        var sentence = new SentenceView(example.Atoms, example.Words, example.LowerWords, example.Given, example.Document, example.Phrases);
        var wrong = 0;
        for (var i = 0; i < predicted.Length; i++, clock++)
        {
            var n = templates.ExtractAll(sentence, i, predicted, keys);
            scores.Clear();
            foreach (var key in keys[..n])
            {
                if (this.rowOf.TryGetValue(key, out var row))
                {
                    Add(this.weights.AsSpan(row * this.tagCount, this.tagCount), scores);
                }
            }

            var allowed = transitions?.After(i > 0 ? predicted[i - 1] : FeatureTemplates.StartTag) ?? ulong.MaxValue;
            var guess = SequenceTagger.Best(scores, this.tagCount, allowed);
            var gold = example.Gold[i];
            if (guess != gold)
            {
                wrong++;
                foreach (var key in keys[..n])
                {
                    var row = this.RowOf(key) * this.tagCount;
                    this.weights[row + gold]++;
                    this.totals[row + gold] += clock;
                    this.weights[row + guess]--;
                    this.totals[row + guess] -= clock;
                }
            }

            predicted[i] = guess;
        }

        return wrong;
    }

    private static void Add(ReadOnlySpan<int> row, Span<int> scores)
    {
        var i = 0;
        for (; i <= row.Length - Vector<int>.Count; i += Vector<int>.Count)
        {
            (new Vector<int>(scores[i..]) + new Vector<int>(row[i..])).CopyTo(scores[i..]);
        }

        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    private int RowOf(uint key)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(this.rowOf, key, out var exists);
        if (!exists)
        {
            row = this.rows++;
            if (this.rows * this.tagCount > this.weights.Length)
            {
                var size = Math.Max(1 << 16, this.weights.Length * 2);
                Array.Resize(ref this.weights, size);
                Array.Resize(ref this.totals, size);
            }
        }

        return row;
    }

    // The averaged weights (each weight's mean over every step of training: w - totals / clock)
    // of the features kept, in key order: a feature whose weights all stay below the floor
    // changes few decisions and costs a row.
    private List<(uint Key, double[] Row, double Strongest)> Averaged(long clock)
    {
        var kept = new List<(uint Key, double[] Row, double Strongest)>();
        foreach (var (key, row) in this.rowOf)
        {
            var averaged = new double[this.tagCount];
            var strongest = 0.0;
            for (var t = 0; t < this.tagCount; t++)
            {
                var i = (row * this.tagCount) + t;
                averaged[t] = this.weights[i] - ((double)this.totals[i] / clock);
                strongest = Math.Max(strongest, Math.Abs(averaged[t]));
            }

            if (strongest > 0 && strongest >= this.options.WeightFloor)
            {
                kept.Add((key, averaged, strongest));
            }
        }

        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        return kept;
    }

    // The weights in 16 bits at a scale; rows that round to nothing are dropped.
    private FeatureWeights Quantised(List<(uint Key, double[] Row, double Strongest)> averaged, double scale)
    {
        var keys = new List<uint>(averaged.Count);
        var dense = new List<short>(averaged.Count * this.tagCount);
        var row = new short[this.tagCount];
        foreach (var (key, weights, _) in averaged)
        {
            var any = false;
            for (var t = 0; t < this.tagCount; t++)
            {
                row[t] = (short)Math.Round(weights[t] / scale);
                any |= row[t] != 0;
            }

            if (any)
            {
                keys.Add(key);
                dense.AddRange(row);
            }
        }

        return new FeatureWeights(this.tagCount, [.. keys], [.. dense], (float)scale);
    }

    /// <summary>A training sentence as the trainer uses it.</summary>
    internal sealed class Example(TokenAtoms[] atoms, byte[] gold)
    {
        public TokenAtoms[] Atoms { get; } = atoms;

        public byte[] Gold { get; } = gold;

        public WordInfo[] Words { get; set; } = [];

        public WordInfo[] LowerWords { get; set; } = [];

        public byte[] Given { get; init; } = [];

        public byte[] Document { get; init; } = [];

        public byte[] Phrases { get; set; } = [];
    }
}
