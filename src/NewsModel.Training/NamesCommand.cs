using System.Diagnostics;
using System.Globalization;

using NewsModel.Lexicons;
using NewsModel.Tagging;

namespace NewsModel.Training;

/// <summary>
/// Trains the name model on Universal NER over EWT (train, dev and test) and GUM's named mentions
/// (every genre and the news), writes it where the library embeds it, and prints its figures:
/// UNER dev and test span F1 for a model trained without them, and GUM by document folds (each
/// document tagged by a model trained without its fold). The tokens' parts of speech, a feature,
/// come from the shipped part-of-speech model, in training as in use.
/// </summary>
internal static class NamesCommand
{
    /// <summary>The GUM document folds: fixed, by the documents' names in order.</summary>
    public const int GumFolds = 5;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The options.</param>
    /// <param name="log">Where the figures go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter log)
    {
        var root = PosCommand.RepositoryRoot();
        var shared = Path.Combine(root, "..", "shared");
        var output = Path.Combine(root, "src", "NewsModel", "Tagging", "Models", "names.nmtag");
        string? foldsOut = null;
        var check = false;
        var options = new TrainerOptions
        {
            Templates = NameTemplates.Instance,
            Lexicon = NameLexiconClasses.From(LexiconSet.Default, Path.Combine(root, "src", "NewsModel", "Lexicons", "Data", "people.txt")),
            Phrases = NameLexiconClasses.Phrases(LexiconSet.Default, Path.Combine(root, "src", "NewsModel", "Lexicons", "Data", "people.txt")),
            WeightFloor = 1,
            Epochs = 10,
        };
        var skipFolds = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--shared": shared = Value(); break;
                case "--out": output = Value(); break;
                case "--check": check = true; break;
                case "--folds-out": foldsOut = Value(); break;
                case "--no-folds": skipFolds = true; break;
                case "--epochs": options = options with { Epochs = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--floor": options = options with { WeightFloor = double.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--without": options = options with { Templates = new NameTemplates(((NameTemplates)options.Templates).Enabled & ~Enum.Parse<NameTemplates.Template>(Value())) }; break;
                case "--no-lexicon": options = options with { Lexicon = [], Phrases = [] }; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var data = Path.Combine(shared, "data");
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"{data}: no such folder (give the shared folder with --shared)");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var unerTrain = Uner(log, data, "train");
        var unerDev = Uner(log, data, "dev");
        var unerTest = Uner(log, data, "test");
        var gumFiles = Directory.GetFiles(Path.Combine(data, "gum-genres"), "*.conllu")
            .Concat(Directory.GetFiles(Path.Combine(data, "gum-news"), "*.conllu"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        var gum = gumFiles.Select(f => (Name: Path.GetFileNameWithoutExtension(f), Sentences: Aligned(NameCorpora.ReadGum(f), out _))).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GUM       : {gum.Count} documents, {gum.Sum(d => d.Sentences.Count):N0} sentences aligned, {gum.Sum(d => d.Sentences.Sum(Names)):N0} names; read and tagged in {watch.Elapsed.TotalSeconds:F1} s"));
        log.WriteLine();

        // UNER dev and test, by a model that saw neither.
        var heldOut = Train(log, "UNER model (UNER train + GUM)", options, [.. unerTrain, .. gum.SelectMany(d => d.Sentences)]);
        log.WriteLine($"  UNER dev : {Score(heldOut, unerDev)}");
        log.WriteLine($"  UNER test: {Score(heldOut, unerTest)}");
        log.WriteLine();

        if (!skipFolds)
        {
            Folds(log, options, [.. unerTrain, .. unerDev, .. unerTest], gum, foldsOut);
        }

        var shipped = Train(log, "shipped model (UNER train, dev, test + GUM)", options, [.. unerTrain, .. unerDev, .. unerTest, .. gum.SelectMany(d => d.Sentences)]);
        var bytes = ModelFile.Write(shipped);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes.Length:N0} bytes, {shipped.FeatureCount:N0} features, {shipped.WordCount:N0} words; the whole command took {watch.Elapsed.TotalSeconds:F1} s"));
        return check ? PosCommand.Check(log, output, bytes) : PosCommand.Write(log, output, bytes);
    }

    // Each GUM document is tagged by a model trained on UNER and the other folds' documents.
    private static void Folds(TextWriter log, TrainerOptions options, List<TaggedSentence> uner, List<(string Name, List<TaggedSentence> Sentences)> gum, string? foldsOut)
    {
        var byGenre = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        var map = new List<string>();
        if (foldsOut is not null)
        {
            Directory.CreateDirectory(foldsOut);
        }

        for (var fold = 0; fold < GumFolds; fold++)
        {
            var training = uner.Concat(gum.Where((_, d) => d % GumFolds != fold).SelectMany(d => d.Sentences)).ToList();
            var model = Train(log, $"fold {fold + 1} of {GumFolds}", options, training);
            var file = $"fold{fold + 1}.nmtag";
            if (foldsOut is not null)
            {
                File.WriteAllBytes(Path.Combine(foldsOut, file), ModelFile.Write(model));
            }

            foreach (var (name, sentences) in gum.Where((_, d) => d % GumFolds == fold))
            {
                var genre = name.Split('_')[1];
                if (!byGenre.TryGetValue(genre, out var score))
                {
                    byGenre[genre] = score = new SpanScore();
                }

                score.Add(model, sentences);
                map.Add($"{name}\t{file}");
            }
        }

        if (foldsOut is not null)
        {
            File.WriteAllLines(Path.Combine(foldsOut, "folds.tsv"), map.Order(StringComparer.Ordinal));
            log.WriteLine($"  wrote the fold models and folds.tsv to {foldsOut}");
        }

        log.WriteLine("GUM by document folds (exact spans of the names learned, not the scorer's head match):");
        foreach (var (genre, score) in byGenre)
        {
            log.WriteLine($"  {genre,-9}: {score}");
        }

        log.WriteLine();
    }

    private static List<TaggedSentence> Uner(TextWriter log, string data, string split)
    {
        var named = NameCorpora.ReadUner(Path.Combine(data, "ud-ewt", $"en_ewt-ud-{split}.conllu"), Path.Combine(data, "uner-ewt", $"en_ewt-ud-{split}.iob2"), out var differing);
        var aligned = Aligned(named, out var skipped);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UNER {split,-5}: {named.Count + differing,6:N0} sentences, {differing} whose words differ from EWT's, {skipped} where a token crosses a name's edge; {aligned.Count:N0} aligned, {aligned.Sum(Names):N0} names"));
        return aligned;
    }

    private static List<TaggedSentence> Aligned(List<NamedSentence> named, out int skipped)
    {
        var tagger = PartOfSpeechTagger.Default;
        var result = new List<TaggedSentence>(named.Count);
        skipped = 0;
        foreach (var sentence in named)
        {
            if (NameCorpora.Align(sentence) is not { } aligned)
            {
                skipped++;
                continue;
            }

            var given = new byte[aligned.Tokens.Length];
            tagger.Tag(aligned.Text, aligned.Tokens, given);
            result.Add(aligned with { Given = given });
        }

        return WithEvidence(result);
    }

    // Each sentence with what its document (its run of sentences of one document id: an EWT
    // document, a GUM file) says of its words elsewhere, as the actor stage gives it per article.
    private static List<TaggedSentence> WithEvidence(List<TaggedSentence> sentences)
    {
        var words = new DocumentWords();
        var result = new List<TaggedSentence>(sentences.Count);
        for (var start = 0; start < sentences.Count;)
        {
            var end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document)
            {
                end++;
            }

            words.Clear();
            for (var i = start; i < end; i++)
            {
                words.Add(sentences[i].Text, sentences[i].Tokens);
            }

            for (var i = start; i < end; i++)
            {
                var evidence = new byte[sentences[i].Tokens.Length];
                words.Evidence(sentences[i].Text, sentences[i].Tokens, evidence);
                result.Add(sentences[i] with { Evidence = evidence });
            }

            start = end;
        }

        return result;
    }

    private static int Names(TaggedSentence sentence) => sentence.Tags.Count(t => t[0] is 'B' or 'U');

    private static TaggerModel Train(TextWriter log, string name, TrainerOptions options, List<TaggedSentence> sentences)
    {
        var watch = Stopwatch.StartNew();
        var trainer = new PerceptronTrainer(options);
        var model = TaggerModel.Load(ModelFile.Write(trainer.Train(sentences))).Value;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {sentences.Count:N0} sentences, {options.Epochs} passes, {model.FeatureCount:N0} features, trained in {watch.Elapsed.TotalSeconds:F1} s"));
        return model;
    }

    private static string Score(TaggerModel model, List<TaggedSentence> sentences)
    {
        var score = new SpanScore();
        score.Add(model, sentences);
        return score.ToString();
    }

    /// <summary>Exact typed span precision, recall and F1, in all and per type.</summary>
    private sealed class SpanScore
    {
        private readonly Dictionary<string, (int Right, int Found, int Gold)> counts = new(StringComparer.Ordinal);

        public void Add(TaggerModel model, List<TaggedSentence> sentences)
        {
            var tagger = new NameTagger(model);
            foreach (var sentence in sentences)
            {
                var tags = new byte[sentence.Tokens.Length];
                tagger.Tag(sentence.Text, sentence.Tokens, sentence.Given, sentence.Evidence, tags);
                var found = Spans([.. tags.Select(t => model.Tags[t])]);
                var gold = Spans(sentence.Tags);
                foreach (var type in (string[])["PER", "ORG", "LOC"])
                {
                    var f = found.Where(s => s.Type == type).ToHashSet();
                    var g = gold.Where(s => s.Type == type).ToHashSet();
                    var c = this.counts.GetValueOrDefault(type);
                    this.counts[type] = (c.Right + f.Count(g.Contains), c.Found + f.Count, c.Gold + g.Count);
                }
            }
        }

        public override string ToString()
        {
            var all = this.counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Right, a.Item2 + c.Found, a.Item3 + c.Gold));
            var parts = new List<string> { $"F1 {F1(all.Item1, all.Item2, all.Item3)}" };
            foreach (var type in (string[])["PER", "ORG", "LOC"])
            {
                var c = this.counts.GetValueOrDefault(type);
                parts.Add($"{type} {F1(c.Right, c.Found, c.Gold)} ({c.Gold})");
            }

            return string.Join(", ", parts);
        }

        private static string F1(int right, int found, int gold)
        {
            var p = found == 0 ? 0 : (double)right / found;
            var r = gold == 0 ? 0 : (double)right / gold;
            return string.Create(CultureInfo.InvariantCulture, $"{(p + r == 0 ? 0 : 200 * p * r / (p + r)):F1} (P {100 * p:F1} R {100 * r:F1})");
        }

        private static List<(int Start, int End, string Type)> Spans(string[] tags)
        {
            var spans = new List<(int, int, string)>();
            var start = -1;
            for (var i = 0; i < tags.Length; i++)
            {
                var tag = tags[i];
                switch (tag[0])
                {
                    case 'U':
                        spans.Add((i, i + 1, tag[2..]));
                        break;
                    case 'B':
                        start = i;
                        break;
                    case 'L' when start >= 0:
                        spans.Add((start, i + 1, tag[2..]));
                        start = -1;
                        break;
                }
            }

            return spans;
        }
    }
}
