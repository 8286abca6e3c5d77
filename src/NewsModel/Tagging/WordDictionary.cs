using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsModel.Tagging;

/// <summary>
/// What a model knows about one word from its training data: the tags it was seen with, the
/// one tag it (almost) always has when it is frequent, and the lexicon classes it belongs to.
/// </summary>
/// <param name="Tags">A bit per tag the word was seen with; 0 for a word the model never saw.</param>
/// <param name="Sure">The tag of a frequent word that nearly always has it; <see cref="NoTag"/> otherwise.</param>
/// <param name="Classes">Bits for the lexicon classes the word is in.</param>
internal readonly record struct WordInfo(ulong Tags, byte Sure, byte Classes)
{
    /// <summary>The tag value that stands for none.</summary>
    public const byte NoTag = byte.MaxValue;

    /// <summary>A word the model knows nothing about.</summary>
    public static readonly WordInfo Unknown = new(0, NoTag, 0);

    // Held plus one, so that a default entry is not cached.
    private readonly int cachedPlusOne;

    /// <summary>The word's index among the model's cached words (<see cref="ScoreCache"/>), or -1.</summary>
    public int Cached
    {
        get => this.cachedPlusOne - 1;
        init => this.cachedPlusOne = value + 1;
    }
}

/// <summary>
/// The model's word dictionary: word keys to <see cref="WordInfo"/>, in an open-addressing table
/// at most half full of 8-byte entries (the sets of tags stand as indexes into a table of the few
/// distinct sets), so that a look-up reads one cache line. Read-only once built, and so safe to
/// share between threads.
/// </summary>
internal sealed class WordDictionary
{
    private readonly Entry[] entries;
    private readonly ulong[] tagSets;
    private readonly int mask;

    /// <summary>Builds the dictionary from entries sorted by key, keys distinct and never 0.</summary>
    /// <param name="keys">The word keys (<see cref="KeyOf"/>, <see cref="LowerKeyOf"/>), ascending.</param>
    /// <param name="infos">What is known of each word.</param>
    /// <param name="cached">The <see cref="TokenAtoms.Word"/> atoms of the words whose scores are cached, in cache order; each must be in the dictionary.</param>
    public WordDictionary(ImmutableArray<uint> keys, ImmutableArray<WordInfo> infos, ReadOnlySpan<ulong> cached = default)
    {
        this.Keys = keys;
        this.Infos = infos;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        this.entries = new Entry[capacity];
        this.mask = capacity - 1;
        var sets = new Dictionary<ulong, ushort> { [0] = 0 };
        for (var i = 0; i < keys.Length; i++)
        {
            if (!sets.TryGetValue(infos[i].Tags, out var set))
            {
                set = checked((ushort)sets.Count);
                sets.Add(infos[i].Tags, set);
            }

            var slot = (int)(keys[i] & (uint)this.mask);
            while (this.entries[slot].Key != 0)
            {
                slot = (slot + 1) & this.mask;
            }

            this.entries[slot] = new Entry(keys[i], set, infos[i].Sure, infos[i].Classes);
        }

        this.tagSets = new ulong[sets.Count];
        foreach (var (tags, set) in sets)
        {
            this.tagSets[set] = tags;
        }

        for (var c = 0; c < cached.Length; c++)
        {
            var slot = this.SlotOf(KeyOf(cached[c]));
            if (slot < 0)
            {
                throw new ArgumentException("A cached word is not in the dictionary.", nameof(cached));
            }

            this.entries[slot] = this.entries[slot] with { Cached = c };
        }
    }

    /// <summary>The keys, ascending.</summary>
    public ImmutableArray<uint> Keys { get; }

    /// <summary>What is known of each word, in key order.</summary>
    public ImmutableArray<WordInfo> Infos { get; }

    /// <summary>The number of words.</summary>
    public int Count => this.Keys.Length;

    /// <summary>The key of a word as written, from its <see cref="TokenAtoms.Word"/> atom.</summary>
    public static uint KeyOf(ulong wordAtom) => FeatureHash.Key(0, wordAtom);

    /// <summary>The key of a word in any case, from its <see cref="TokenAtoms.Lower"/> atom.</summary>
    public static uint LowerKeyOf(ulong lowerAtom) => FeatureHash.Key(1, lowerAtom);

    /// <summary>The key of a lexicon name of one or more words, from its <see cref="NameGazetteer.Extend"/> hash.</summary>
    public static uint PhraseKeyOf(ulong phraseHash) => FeatureHash.Key(2, phraseHash);

    /// <summary>The classes of a lexicon name (<see cref="NameGazetteer"/>), from its hash.</summary>
    /// <param name="phraseHash">The hash of its words (<see cref="NameGazetteer.Extend"/>).</param>
    /// <returns>The entry, or <see cref="WordInfo.Unknown"/>.</returns>
    public WordInfo FindPhrase(ulong phraseHash) => this.Find(PhraseKeyOf(phraseHash));

    /// <summary>What the model knows of a word as written.</summary>
    /// <param name="wordAtom">The word's <see cref="TokenAtoms.Word"/> atom.</param>
    /// <returns>The entry, or <see cref="WordInfo.Unknown"/>.</returns>
    public WordInfo Find(ulong wordAtom) => this.Find(KeyOf(wordAtom));

    /// <summary>Starts fetching the entry of a word as written, to be found soon (<see cref="Prefetch"/>).</summary>
    /// <param name="wordAtom">The word's <see cref="TokenAtoms.Word"/> atom.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Fetch(ulong wordAtom) => Prefetch.Line(in this.entries[(int)(KeyOf(wordAtom) & (uint)this.mask)]);

    /// <summary>What the model knows of a word in any case (the tags only).</summary>
    /// <param name="lowerAtom">The word's <see cref="TokenAtoms.Lower"/> atom.</param>
    /// <returns>The entry, or <see cref="WordInfo.Unknown"/>.</returns>
    public WordInfo FindLower(ulong lowerAtom) => this.Find(LowerKeyOf(lowerAtom));

    /// <summary>Whether a word as written is in the dictionary.</summary>
    /// <param name="wordAtom">The word's <see cref="TokenAtoms.Word"/> atom.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(ulong wordAtom) => this.SlotOf(KeyOf(wordAtom)) >= 0;

    private WordInfo Find(uint key)
    {
        var slot = (int)(key & (uint)this.mask);
        while (true)
        {
            ref readonly var entry = ref this.entries[slot];
            if (entry.Key == key)
            {
                return new WordInfo(this.tagSets[entry.TagSet], entry.Sure, entry.Classes) { Cached = entry.Cached };
            }

            if (entry.Key == 0)
            {
                return WordInfo.Unknown;
            }

            slot = (slot + 1) & this.mask;
        }
    }

    private int SlotOf(uint key)
    {
        var slot = (int)(key & (uint)this.mask);
        while (this.entries[slot].Key != key)
        {
            if (this.entries[slot].Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & this.mask;
        }

        return slot;
    }

    private readonly record struct Entry(uint Key, ushort TagSet, byte Sure, byte Classes)
    {
        private readonly int cachedPlusOne;

        public int Cached
        {
            get => this.cachedPlusOne - 1;
            init => this.cachedPlusOne = value + 1;
        }
    }
}
