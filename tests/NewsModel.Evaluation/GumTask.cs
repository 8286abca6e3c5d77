using System.Text.Json;

using NewsModel;
using NewsModel.Actors;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.Tagging;
using NewsModel.Text;
using NewsModel.Tokens;

// The `gum` task: rebuilds GUM documents as plain text and gold mentions with shared/eval/gum.py
// (`text`), extracts each text, writes OUT/<genre>/sys/<name>.json and scores the actors' named
// mentions and coreference (`gum.py score --match head`) and the pronouns (gum_pronouns.py).
// The news documents are in shared/data/gum-news; the other genres (academic, bio, court,
// interview, voyage) in shared/data/gum-genres. The bars apply to news only.
//
// With --names-folds DIR (written by the training command's `names --folds-out DIR`), each
// document is read with the name model of the fold that did not see it; --modes chooses what
// is scored: the name tagger alone (each name it finds an actor of its own), the rules alone
// (the actor stage without a tagger), the combination (the actor stage with the fold's model).
internal static class GumTask
{
    private static readonly string[] Genres = ["news", "academic", "bio", "court", "interview", "voyage"];
    private static readonly string[] Modes = ["tagger", "rules", "combined"];

    public static int Run(string shared, string genre, string output, string? namesFolds = null, string? modes = null)
    {
        if (genre != "all" && !Genres.Contains(genre))
        {
            Console.Error.WriteLine($"evaluation: --genre: '{genre}' is not a GUM genre; use {string.Join(", ", Genres)} or all");
            return 2;
        }

        var chosen = (modes ?? "combined").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (chosen.Length == 0 || chosen.Any(m => !Modes.Contains(m)))
        {
            Console.Error.WriteLine($"evaluation: --modes: use a comma-separated list of {string.Join(", ", Modes)}");
            return 2;
        }

        var folds = namesFolds is null ? null : new FoldModels(namesFolds);
        var status = 0;
        foreach (var name in genre == "all" ? Genres : [genre])
        {
            status |= RunGenre(shared, name, Path.Combine(output, name), folds, chosen);
        }

        return status;
    }

    private static int RunGenre(string shared, string genre, string output, FoldModels? folds, string[] modes)
    {
        // gum.py reads every *.conllu of a folder: give it a folder with this genre's documents only.
        var data = Path.Combine(shared, "data");
        var conllu = Path.Combine(output, "conllu");
        var gold = Path.Combine(output, "gold");
        foreach (var dir in new[] { conllu, gold })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            Directory.CreateDirectory(dir);
        }

        var sources = genre == "news"
            ? Directory.GetFiles(Path.Combine(data, "gum-news"), "*.conllu")
            : Directory.GetFiles(Path.Combine(data, "gum-genres"), $"GUM_{genre}_*.conllu");
        foreach (var source in sources)
        {
            File.Copy(source, Path.Combine(conllu, Path.GetFileName(source)));
        }

        var scripts = Path.Combine(shared, "eval");
        if (Scorer.Run(Path.Combine(scripts, "gum.py"), quiet: true, "text", conllu, gold) != 0)
        {
            Console.Error.WriteLine($"gum {genre}: gum.py text failed");
            return 1;
        }

        var status = 0;
        var texts = Directory.GetFiles(gold, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var mode in modes)
        {
            var system = Path.Combine(output, modes.Length == 1 && mode == "combined" ? "sys" : "sys-" + mode);
            if (Directory.Exists(system))
            {
                Directory.Delete(system, recursive: true);
            }

            Directory.CreateDirectory(system);
            foreach (var text in texts)
            {
                var name = Path.GetFileNameWithoutExtension(text);
                var model = folds?.For(name);
                var pipeline = mode switch
                {
                    "rules" => Pipeline(new ActorStage(LexiconSet.Default, PeopleLexicon.Default, null)),
                    "combined" when model is not null => Pipeline(new ActorStage(model)),
                    "combined" => NewsPipeline.Default,
                    _ => new NewsPipelineBuilder().UseLayout().UseSentences().Build(),
                };
                var article = pipeline.Parse(File.ReadAllBytes(text), new ReadOptions { Id = new ArticleId(name) });
                if (!article.Success)
                {
                    Console.Error.WriteLine($"{name}: {article.Error}");
                    status = 1;
                    continue;
                }

                var json = mode == "tagger"
                    ? TaggerAlone(article.Value, model is null ? NameTagger.Default : new NameTagger(model))
                    : ModelJson.SerializeToUtf8Bytes(article.Value);
                File.WriteAllBytes(Path.Combine(system, name + ".json"), json);
            }

            Console.WriteLine($"gum {genre} ({mode}{(folds is null ? string.Empty : ", fold models")}): {texts.Count} documents");
            string[] bars = genre == "news" && mode == "combined" ? ["--min-f1", "0.75", "--min-type-f1", "0.70", "--min-muc", "0.60"] : [];
            status |= Scorer.Run(Path.Combine(scripts, "gum.py"), ["score", gold, system, "--match", "head", .. bars]);
            if (mode != "tagger")
            {
                status |= Scorer.Run(Path.Combine(scripts, "gum_pronouns.py"), gold, system);
            }
        }

        return status;
    }

    private static NewsPipeline Pipeline(ActorStage actors)
        => new NewsPipelineBuilder().UseLayout().UseSentences().UsePartOfSpeech().Use(actors).UseTimes().UseQuotes().UseCoreference().UseEvents().Build();

    // The name tagger alone: each sentence tokenized and tagged as the pipeline does, each name
    // an actor of its own of the tagger's type.
    private static byte[] TaggerAlone(Article article, NameTagger tagger)
    {
        var actors = new List<object>();
        var text = article.Text;
        var sentences = new List<Token[]>();
        var words = new DocumentWords();
        foreach (var sentence in article.Sentences)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, sentence.Span, word => AbbreviationLexicon.Default.Contains(word), tokens);
            sentences.Add([.. tokens]);
            words.Add(text, sentences[^1]);
        }

        // The whole article is counted first, as the actor stage does, for the document features.
        foreach (var span in sentences)
        {
            var pos = new byte[span.Length];
            PartOfSpeechTagger.Default.Tag(text, span, pos);
            var evidence = new byte[span.Length];
            words.Evidence(text, span, evidence);
            var names = new NameSpan[span.Length];
            var found = tagger.Find(text, span, pos, evidence, names);
            foreach (var name in names.AsSpan(0, found))
            {
                var start = span[name.Start].Start;
                var end = span[name.End - 1].End;
                actors.Add(new
                {
                    id = $"t{actors.Count}",
                    kind = name.Type switch { NameType.Person => "person", NameType.Organization => "organization", _ => "place" },
                    mentions = new[] { new { span = new { start, length = end - start } } },
                });
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(new { actors });
    }

    // The fold models and which document each is for (folds.tsv: document, model file).
    private sealed class FoldModels(string folder)
    {
        private readonly Dictionary<string, string> files = File.ReadLines(Path.Combine(folder, "folds.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => Path.Combine(folder, columns[1]), StringComparer.Ordinal);

        private readonly Dictionary<string, TaggerModel> loaded = new(StringComparer.Ordinal);

        public TaggerModel For(string document)
        {
            var file = this.files.TryGetValue(document, out var found) ? found : throw new InvalidOperationException($"{document}: no fold model in folds.tsv");
            if (!this.loaded.TryGetValue(file, out var model))
            {
                this.loaded[file] = model = TaggerModel.LoadFile(file).Value;
            }

            return model;
        }
    }
}
