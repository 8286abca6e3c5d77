using System.Diagnostics;

using NewsModel;
using NewsModel.Model;
using NewsModel.Serialization;

using NodaTime;

// The evaluation program: runs the library over the development data in ../shared/data (or the
// seed) and hands the outputs to the scorers in ../shared/eval, so that each figure is one command
// away. Nothing from ../shared is copied into the project.
//
//   dotnet run --project tests/NewsModel.Evaluation -- reading [--shared DIR] [--out DIR]
return Evaluation.Run(args);

internal static class Evaluation
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: NewsModel.Evaluation reading [--shared DIR] [--out DIR]");
            Console.WriteLine("  reading  extract the seed article and score it with shared/eval/reading.py");
            Console.WriteLine("  timeml   tag TimeBank and AQUAINT (shared/data/timebank) and score them with shared/eval/timeml.py");
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
            status |= Python(Path.Combine(shared, "eval", "reading.py"), reading, json);
        }

        return status;
    }

    // The reading's own "published:" line: the date a careful reader fixed for the seed.
    private static LocalDate? PublishedOf(string readingPath)
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

    private static int Python(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
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
