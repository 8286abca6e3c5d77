namespace NewsModel.Benchmarks;

/// <summary>The texts benchmarks run over: the seed, and a folder named by NEWSMODEL_BENCH_DIR.</summary>
public static class Corpus
{
    public static string SeedText() => File.ReadAllText(FindSeed());

    public static IReadOnlyList<string> FolderTexts()
    {
        var folder = Environment.GetEnvironmentVariable("NEWSMODEL_BENCH_DIR");
        return string.IsNullOrEmpty(folder) || !Directory.Exists(folder)
            ? [SeedText()]
            : [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "000_ed9b2998fb345c7b.txt");
            if (File.Exists(seed))
            {
                return seed;
            }
        }

        throw new FileNotFoundException("seeds/000_ed9b2998fb345c7b.txt not found above " + AppContext.BaseDirectory);
    }
}
