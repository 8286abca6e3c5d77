using System.Diagnostics;

using NewsModel;
using NewsModel.Export;
using NewsModel.Model;

// The `ninjs` task: extracts the seed articles (shared/seeds, or the repository's seeds/ folder),
// writes OUT/<name>.ninjs.json and validates each against the IPTC ninjs 3.1 JSON Schema in
// shared/data/ninjs with Python's jsonschema (draft 2020-12, formats checked). Exit code 0 when
// every file is valid.
internal static class NinjsTask
{
    // Reads the schema and the files from argv; prints one line per file and exits 1 on any error.
    private const string Validator = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        bad = 0
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.path))
            for e in errors[:10]:
                print(f"{path}: {'/'.join(str(p) for p in e.path) or '(root)'}: {e.message}")
            print(f"{path}: {'valid' if not errors else str(len(errors)) + ' errors'}")
            bad += bool(errors)
        sys.exit(1 if bad else 0)
        """;

    public static int Run(string shared, string output)
    {
        var schema = Path.Combine(shared, "data", "ninjs", "ninjs-schema_3.1.json");
        var seeds = Path.Combine(shared, "seeds");
        if (!Directory.Exists(seeds))
        {
            seeds = RepositorySeeds() ?? seeds;
        }

        Directory.CreateDirectory(output);
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            // The reading beside a seed fixes its publication date; without one the date stays unknown.
            var reading = Path.Combine(seeds, name + ".reading.yaml");
            var published = File.Exists(reading) ? Evaluation.PublishedOf(reading) : null;
            var article = NewsPipeline.Default.Parse(File.ReadAllBytes(path), new ReadOptions { Id = new ArticleId(name), Published = published });
            if (!article.Success)
            {
                Console.Error.WriteLine($"{name}: {article.Error}");
                return 1;
            }

            var target = Path.Combine(output, name + ".ninjs.json");
            File.WriteAllBytes(target, NinjsExport.SerializeToUtf8Bytes(article.Value));
            files.Add(target);
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine($"ninjs: no seed articles in {seeds}");
            return 1;
        }

        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Validator);
        start.ArgumentList.Add(schema);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Console.WriteLine(process.ExitCode == 0 ? "ninjs: every seed's ninjs is valid against ninjs-schema_3.1.json" : "ninjs: INVALID");
        return process.ExitCode;
    }

    private static string? RepositorySeeds()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        return null;
    }
}
