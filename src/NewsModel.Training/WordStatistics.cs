using System.Collections.Immutable;

using NewsModel.Tagging;

namespace NewsModel.Training;

/// <summary>
/// Counts the tags each word has in the training sentences, by fold, and makes the model's word
/// dictionary from them and the lexicons: the tags a word was seen with, the usual tag of a
/// frequent word that nearly always has it, and its lexicon classes.
/// </summary>
internal sealed class WordStatistics
{
    private readonly int tagCount;
    private readonly TrainerOptions options;
    // Counts of words as written and, apart, in any case: keyed by the dictionary's keys, so that
    // training sees the words as the model will.
    private readonly Dictionary<uint, int[]> total = [];
    private readonly Dictionary<(uint Word, int Fold), int[]> byFold = [];
    private readonly Dictionary<uint, byte> classes = [];

    public WordStatistics(int tagCount, TrainerOptions options)
    {
        this.tagCount = tagCount;
        this.options = options;
        foreach (var (word, wordClasses) in options.Lexicon)
        {
            var key = WordDictionary.KeyOf(TokenAtoms.Of(word, Tokens.TokenKind.Word).Word);
            this.classes[key] = (byte)(this.classes.GetValueOrDefault(key) | wordClasses);
        }

        // A name's key with its classes, and each shorter prefix's key marked as one.
        foreach (var (words, phraseClasses) in options.Phrases)
        {
            var hash = 0UL;
            for (var i = 0; i < words.Length; i++)
            {
                hash = NameGazetteer.Extend(hash, words[i]);
                var key = WordDictionary.PhraseKeyOf(hash);
                var bits = i == words.Length - 1 ? phraseClasses : NameGazetteer.Prefix;
                this.classes[key] = (byte)(this.classes.GetValueOrDefault(key) | bits);
            }
        }
    }

    /// <summary>Counts a sentence's words in a fold.</summary>
    public void Count(PerceptronTrainer.Example example, int fold)
    {
        for (var i = 0; i < example.Atoms.Length; i++)
        {
            foreach (var key in (ReadOnlySpan<uint>)[WordDictionary.KeyOf(example.Atoms[i].Word), WordDictionary.LowerKeyOf(example.Atoms[i].Lower)])
            {
                this.Counts(this.total, key)[example.Gold[i]]++;
                if (this.options.Folds > 1)
                {
                    this.Counts(this.byFold, (key, fold))[example.Gold[i]]++;
                }
            }
        }
    }

    /// <summary>What the dictionary of the other folds says of each word of a sentence, as written and in any case.</summary>
    public (WordInfo[] Words, WordInfo[] LowerWords) Jackknifed(PerceptronTrainer.Example example, int fold)
    {
        var words = new WordInfo[example.Atoms.Length];
        var lowerWords = new WordInfo[example.Atoms.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = this.Jackknifed(WordDictionary.KeyOf(example.Atoms[i].Word), fold);
            lowerWords[i] = this.Jackknifed(WordDictionary.LowerKeyOf(example.Atoms[i].Lower), fold);
        }

        return (words, lowerWords);
    }

    /// <summary>The model's dictionary: every word counted or in a lexicon, by key.</summary>
    /// <param name="cached">The word atoms of the cached words, in cache order.</param>
    public WordDictionary Build(ReadOnlySpan<ulong> cached)
    {
        var byKey = new SortedDictionary<uint, WordInfo>();
        var empty = new int[this.tagCount];
        foreach (var key in this.total.Keys.Concat(this.classes.Keys).Distinct())
        {
            var info = this.Info(this.total.GetValueOrDefault(key) ?? empty, this.classes.GetValueOrDefault(key));
            if (info != WordInfo.Unknown)
            {
                byKey[key] = info;
            }
        }

        return new WordDictionary([.. byKey.Keys], [.. byKey.Values], cached);
    }

    private WordInfo Jackknifed(uint key, int fold)
    {
        var counts = (int[])this.total[key].Clone();
        if (this.options.Folds > 1 && this.byFold.TryGetValue((key, fold), out var own))
        {
            for (var t = 0; t < counts.Length; t++)
            {
                counts[t] -= own[t];
            }
        }

        return this.Info(counts, this.classes.GetValueOrDefault(key));
    }

    private WordInfo Info(int[] counts, byte wordClasses)
    {
        var sum = 0;
        var best = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            sum += counts[t];
            best = counts[t] > counts[best] ? t : best;
        }

        if (sum == 0)
        {
            return new WordInfo(0, WordInfo.NoTag, wordClasses);
        }

        ulong seen = 0;
        var least = Math.Max(1, this.options.SeenMinShare * sum);
        for (var t = 0; t < counts.Length; t++)
        {
            seen |= counts[t] >= least ? 1UL << t : 0;
        }

        var sure = sum >= this.options.SureMinCount && counts[best] >= this.options.SureMinShare * sum ? (byte)best : WordInfo.NoTag;
        return new WordInfo(seen, sure, wordClasses);
    }

    private int[] Counts<TKey>(Dictionary<TKey, int[]> table, TKey key)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = new int[this.tagCount];
            table.Add(key, counts);
        }

        return counts;
    }
}
