using System.Diagnostics;

using NewsModel;
using NewsModel.Model;
using NewsModel.Serialization;

using NodaTime;

// The evaluation program: runs the library over the development data in ../shared/data (or the
// seed) and hands the outputs to the scorers in ../shared/eval, so that each figure is one command
// away. Nothing from ../shared is copied into the project.
//
//   dotnet run --project tests/NewsModel.Evaluation -c Release -- reading|timeml|events|polnear|gum|ninjs [--shared DIR] [--out DIR]
return Evaluation.Run(args);

internal static class Evaluation
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: NewsModel.Evaluation TASK [--shared DIR] [--out DIR] [--split dev|train] [--genre GENRE]");
            Console.WriteLine("  reading  extract the seed article and score it with shared/eval/reading.py");
            Console.WriteLine("  timeml   tag TimeBank and AQUAINT (shared/data/timebank) and score them with shared/eval/timeml.py");
            Console.WriteLine("  events   extract TimeBank and AQUAINT and score the events' triggers with shared/eval/timeml_events.py");
            Console.WriteLine("  polnear  extract a PolNeAR split (default dev) and score it with shared/eval/polnear.py and its bars");
            Console.WriteLine("  gum      extract GUM documents (--genre news (default), academic, bio, court, interview, voyage or all) and");
            Console.WriteLine("           score named mentions (shared/eval/gum.py, head match) and pronouns (shared/eval/gum_pronouns.py);");
            Console.WriteLine("           --names-folds DIR runs each document with the fold model that did not see it (names --folds-out DIR),");
            Console.WriteLine("           --modes tagger,rules,combined (default combined) scores the name tagger alone, the rules alone, both");
            Console.WriteLine("  ninjs    write the seed articles as ninjs and validate them against shared/data/ninjs/ninjs-schema_3.1.json");
            return args.Length == 0 ? 2 : 0;
        }

        var shared = Option(args, "--shared") ?? FindShared();
        if (shared is null || !Directory.Exists(shared))
        {
            Console.Error.WriteLine("evaluation: cannot find ../shared beside the repository; pass --shared DIR");
            return 2;
        }

        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "newsmodel-eval");
        return args[0] switch
        {
            "reading" => Reading(shared, Path.Combine(output, "reading")),
            "timeml" => TimeMLTask.Run(shared, Path.Combine(output, "timeml")),
            "events" => EventsTask.Run(shared, Path.Combine(output, "events")),
            "gum" => GumTask.Run(shared, Option(args, "--genre") ?? "news", Path.Combine(output, "gum"), Option(args, "--names-folds"), Option(args, "--modes")),
            "polnear" => PolNear(shared, Option(args, "--split") ?? "dev", Path.Combine(output, "polnear")),
            "ninjs" => NinjsTask.Run(shared, Path.Combine(output, "ninjs")),
            _ => Unknown(args[0]),
        };
    }

    private static int Reading(string shared, string output)
    {
        Directory.CreateDirectory(output);
        var seeds = Path.Combine(shared, "seeds");
        var status = 0;
        foreach (var reading in Directory.EnumerateFiles(seeds, "*.reading.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(reading)[..^".reading.yaml".Length];
            var published = PublishedOf(reading);
            var article = NewsPipeline.Default.Parse(File.ReadAllBytes(Path.Combine(seeds, name + ".txt")), new ReadOptions { Id = new ArticleId(name), Published = published });
            if (!article.Success)
            {
                Console.Error.WriteLine($"{name}: {article.Error}");
                status = 1;
                continue;
            }

            var json = Path.Combine(output, name + ".json");
            File.WriteAllBytes(json, ModelJson.SerializeToUtf8Bytes(article.Value));
            Console.WriteLine($"{name}:");
            status |= Scorer.Run(Path.Combine(shared, "eval", "reading.py"), reading, json);
        }

        return status;
    }

    private static int PolNear(string shared, string split, string output)
    {
        var root = Path.Combine(shared, "data", "polnear");
        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(root, "metadata.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 5 && NodaTime.Text.LocalDatePattern.Iso.Parse(columns[5]) is { Success: true } date)
            {
                dates[columns[1]] = date.Value;
            }
        }

        var target = Path.Combine(output, split);
        Directory.CreateDirectory(target);
        var files = Directory.GetFiles(Path.Combine(root, split, "text"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var content = File.ReadAllBytes(file);
            bytes += content.Length;
            var article = NewsPipeline.Default.Parse(content, new ReadOptions { Id = new ArticleId(name), Published = dates.TryGetValue(name, out var published) ? published : null });
            if (article.Success)
            {
                File.WriteAllBytes(Path.Combine(target, name + ".json"), ModelJson.SerializeToUtf8Bytes(article.Value));
            }
            else
            {
                Console.Error.WriteLine($"{name}: {article.Error}");
            }
        }

        Console.WriteLine($"{files.Count} articles, {bytes / 1e6:F1} MB, {clock.Elapsed.TotalSeconds:F1} s (with JSON writing)");
        return Scorer.Run(Path.Combine(shared, "eval", "polnear.py"), Path.Combine(root, split), target, "--min-f1", "0.88", "--min-speech-f1", "0.75", "--min-speaker", "0.88");
    }

    // The reading's own "published:" line: the date a careful reader fixed for the seed.
    internal static LocalDate? PublishedOf(string readingPath)
    {
        foreach (var line in File.ReadLines(readingPath))
        {
            if (line.StartsWith("published:", StringComparison.Ordinal))
            {
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(line["published:".Length..].Trim());
                return parsed.Success ? parsed.Value : null;
            }
        }

        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        return null;
    }

    private static int Unknown(string task)
    {
        Console.Error.WriteLine($"evaluation: unknown task '{task}'; see --help");
        return 2;
    }
}
