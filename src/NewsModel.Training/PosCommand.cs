using System.Diagnostics;
using System.Globalization;

using NewsModel.Tagging;

namespace NewsModel.Training;

/// <summary>
/// Trains the part-of-speech model on UD English EWT train and the GUM documents, writes it where
/// the library embeds it, and prints its accuracy: EWT dev and test for the shipped model, and
/// GUM news (and EWT test) for one trained the same way without GUM news.
/// </summary>
internal static class PosCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The options.</param>
    /// <param name="log">Where the figures go.</param>
    /// <returns>The exit code: 0, 1 when the data is missing or the check fails, 2 for bad options.</returns>
    public static int Run(string[] args, TextWriter log)
    {
        if (PosSettings.Parse(args, RepositoryRoot(), out var error) is not { } settings)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        var data = Path.Combine(settings.Shared, "data");
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"{data}: no such folder (give the shared folder with --shared)");
            return 1;
        }

        var ewtTrain = Corpus.Read(log, "EWT train", Path.Combine(data, "ud-ewt", "en_ewt-ud-train.conllu"));
        var ewtDev = Corpus.Read(log, "EWT dev", Path.Combine(data, "ud-ewt", "en_ewt-ud-dev.conllu"));
        var genres = Corpus.Read(log, "GUM genres", [.. Directory.GetFiles(Path.Combine(data, "gum-genres"), "*.conllu").Order(StringComparer.Ordinal)]);
        if (settings.Tune)
        {
            Tune(log, settings, ewtTrain, ewtDev, genres);
            return 0;
        }

        var news = Corpus.Read(log, "GUM news", [.. Directory.GetFiles(Path.Combine(data, "gum-news"), "*.conllu").Order(StringComparer.Ordinal)]);
        var ewtTest = Corpus.Read(log, "EWT test", Path.Combine(data, "ud-ewt", "en_ewt-ud-test.conllu"));
        log.WriteLine();
        var watch = Stopwatch.StartNew();
        var bytes = ModelFile.Write(Train(log, "shipped model (EWT train + GUM genres + GUM news)", settings.Options, ewtTrain, genres, news));
        var shipped = TaggerModel.Load(bytes).Value;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes.Length:N0} bytes, {shipped.FeatureCount:N0} features, {shipped.WordCount:N0} words, trained and written in {watch.Elapsed.TotalSeconds:F1} s"));
        Report(log, "EWT dev", shipped, ewtDev, ewtTrain, genres, news);
        Report(log, "EWT test", shipped, ewtTest, ewtTrain, genres, news);
        log.WriteLine();

        // GUM news is scored by a model that never saw it, trained the same way.
        var heldOut = TaggerModel.Load(ModelFile.Write(Train(log, "held-out model (EWT train + GUM genres; GUM news not trained on)", settings.Options, ewtTrain, genres))).Value;
        Report(log, "GUM news", heldOut, news, ewtTrain, genres);
        Report(log, "EWT test", heldOut, ewtTest, ewtTrain, genres);
        log.WriteLine();
        return settings.Check ? Check(log, settings.Output, bytes) : Write(log, settings.Output, bytes);
    }

    // Tuning sees EWT dev only: the model is trained without GUM news and not written.
    private static void Tune(TextWriter log, PosSettings settings, Corpus ewtTrain, Corpus ewtDev, Corpus genres)
    {
        log.WriteLine();
        var tuned = Train(log, "tuning model (EWT train + GUM genres)", settings.Options, ewtTrain, genres);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tuned.FeatureCount:N0} features, {ModelFile.Write(tuned).Length:N0} bytes"));
        Report(log, "EWT dev", tuned, ewtDev, ewtTrain, genres);
        if (settings.Errors > 0)
        {
            Evaluation.PrintErrors(log, tuned, ewtDev.Aligned, settings.Errors);
        }
    }

    internal static int Write(TextWriter log, string output, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, bytes);
        log.WriteLine($"wrote {output}");
        return 0;
    }

    // The same data and options give the same bytes on one runtime; another runtime's zlib may
    // deflate the same payload to other bytes, which the check tells apart from another model.
    internal static int Check(TextWriter log, string output, byte[] bytes)
    {
        var committed = File.Exists(output) ? File.ReadAllBytes(output) : [];
        if (committed.AsSpan().SequenceEqual(bytes))
        {
            log.WriteLine($"check: {output} is byte for byte the model trained now");
            return 0;
        }

        if (TaggerModel.Load(committed).TryGetValue(out var model)
            && ModelFile.Write(model, compress: false).AsSpan().SequenceEqual(ModelFile.Write(TaggerModel.Load(bytes).Value, compress: false)))
        {
            log.WriteLine($"check: {output} holds the model trained now, deflated to other bytes (another runtime's zlib)");
            return 0;
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check: {output} differs from the model trained now ({committed.Length:N0} bytes committed, {bytes.Length:N0} trained)"));
        return 1;
    }

    private static TaggerModel Train(TextWriter log, string name, TrainerOptions options, params Corpus[] corpora)
    {
        log.WriteLine($"{name}: {options.Epochs} passes");
        var watch = Stopwatch.StartNew();
        var trainer = new PerceptronTrainer(options) { Log = log.WriteLine };
        var model = trainer.Train([.. corpora.SelectMany(c => c.Aligned)]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  trained in {watch.Elapsed.TotalSeconds:F1} s"));
        return model;
    }

    private static void Report(TextWriter log, string name, TaggerModel model, Corpus test, params Corpus[] training)
    {
        var ours = Evaluation.OnOurTokens(model, test.Aligned, Evaluation.Vocabulary(training.SelectMany(c => c.Aligned)));
        var gold = Evaluation.OnGoldTokens(model, test.Gold, Evaluation.GoldVocabulary(training.SelectMany(c => c.Gold)));
        log.WriteLine($"  {name,-9} our tokens:  {ours}");
        log.WriteLine($"  {name,-9} gold tokens: {gold}");
    }

    internal static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("NewsModel.sln not found above the current folder.");
    }
}

/// <summary>A treebank's sentences, gold and aligned to our tokens.</summary>
/// <param name="Name">Its name in reports.</param>
/// <param name="Gold">The gold sentences.</param>
/// <param name="Aligned">Those that align to our tokens.</param>
internal sealed record Corpus(string Name, IReadOnlyList<GoldSentence> Gold, IReadOnlyList<TaggedSentence> Aligned)
{
    /// <summary>Reads and aligns CoNLL-U files, reporting what did not align.</summary>
    public static Corpus Read(TextWriter log, string name, params string[] paths)
    {
        var gold = paths.SelectMany(ConllU.ReadFile).ToList();
        var aligned = new List<TaggedSentence>(gold.Count);
        var failures = new Dictionary<AlignmentFailure, int>();
        var merged = 0;
        foreach (var sentence in gold)
        {
            if (TokenAlignment.Align(sentence, out var one, out var n) is { } failure)
            {
                failures[failure] = failures.GetValueOrDefault(failure) + 1;
                continue;
            }

            aligned.Add(one!);
            merged += n;
        }

        var goldTokens = gold.Sum(s => s.Words.Count);
        var ourTokens = aligned.Sum(s => s.Tokens.Length);
        var skipped = failures.Count == 0 ? "none skipped" : "skipped " + string.Join(", ", failures.OrderBy(f => f.Key).Select(f => $"{f.Value} ({f.Key})"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10}: {gold.Count,6:N0} sentences, {goldTokens,7:N0} gold tokens; {aligned.Count,6:N0} aligned ({skipped}), {ourTokens,7:N0} of our tokens, {merged:N0} covering several gold tokens"));
        return new Corpus(name, gold, aligned);
    }
}
