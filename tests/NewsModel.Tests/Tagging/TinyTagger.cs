using NewsModel.Tagging;
using NewsModel.Training;

namespace NewsModel.Tests.Tagging;

/// <summary>A model trained on the thirty hand-written sentences of TestData/Tagging/tiny.conllu.</summary>
internal static class TinyTagger
{
    private static readonly Lazy<TaggerModel> Trained = new(() => Train(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fixture's sentences.</summary>
    public static List<GoldSentence> Gold => ConllU.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "Tagging", "tiny.conllu"));

    /// <summary>The fixture's sentences on our tokens.</summary>
    public static List<TaggedSentence> Aligned
    {
        get
        {
            var aligned = new List<TaggedSentence>();
            foreach (var sentence in Gold)
            {
                TokenAlignment.Align(sentence, out var one, out _).Should().BeNull(sentence.Text);
                aligned.Add(one!);
            }

            return aligned;
        }
    }

    /// <summary>The model trained once with the default options (but for a few cached words).</summary>
    public static TaggerModel Model => Trained.Value;

    /// <summary>
    /// Trains a model on the fixture: with one fold (every sentence sees the whole dictionary) it
    /// learns its thirty sentences by heart.
    /// </summary>
    /// <param name="cachedWords">How many frequent words it caches the scores of.</param>
    /// <param name="folds">The folds of the dictionary features.</param>
    /// <returns>The model.</returns>
    public static TaggerModel Train(int cachedWords = 24, int folds = 1) =>
        new PerceptronTrainer(new TrainerOptions { Folds = folds, CachedWords = cachedWords }).Train(Aligned);

    /// <summary>Tags every fixture sentence and gives the tag strings.</summary>
    public static List<string[]> TagAll(TaggerModel model)
    {
        var tagger = new SequenceTagger(model);
        var all = new List<string[]>();
        foreach (var sentence in Aligned)
        {
            var tags = new byte[sentence.Tokens.Length];
            tagger.Tag(sentence.Text, sentence.Tokens, tags);
            all.Add([.. tags.Select(t => model.Tags[t])]);
        }

        return all;
    }
}
