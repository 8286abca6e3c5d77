using System.Text;

namespace NewsModel.Benchmarks;

/// <summary>
/// The texts benchmarks run over: the seed, a folder named on the command line or by
/// NEWSMODEL_BENCH_DIR, and generated worst cases for the linear-time bar.
/// </summary>
public static class Corpus
{
    /// <summary>The environment variable naming a folder of *.txt articles.</summary>
    public const string FolderVariable = "NEWSMODEL_BENCH_DIR";

    public static string SeedText() => File.ReadAllText(FindSeed());

    /// <summary>The folder's articles (the seed alone when no folder is set), in ordinal path order.</summary>
    public static IReadOnlyList<string> FolderTexts(string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable(FolderVariable);
        return string.IsNullOrEmpty(folder) || !Directory.Exists(folder)
            ? [SeedText()]
            : [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>A name for the folder in reports.</summary>
    public static string FolderName(string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable(FolderVariable);
        return string.IsNullOrEmpty(folder) || !Directory.Exists(folder) ? "seed" : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
    }

    /// <summary>
    /// About <paramref name="megabytes"/> MB of prose with no line break: the seed's sentences over
    /// and over, so every stage sees one huge paragraph.
    /// </summary>
    public static string OneParagraph(int megabytes)
    {
        var seed = SeedText();
        var prose = new StringBuilder(seed.Length);
        foreach (var line in seed.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                prose.Append(trimmed).Append(' ');
            }
        }

        var unit = prose.ToString();
        var target = megabytes * 1024 * 1024;
        var text = new StringBuilder(target + unit.Length);
        text.Append("A headline for one long paragraph\n\n");
        while (text.Length < target)
        {
            text.Append(unit);
        }

        return text.ToString(0, target);
    }

    /// <summary>
    /// About <paramref name="megabytes"/> MB of opening quote marks that never close, between short
    /// words: the input a quadratic quote matcher or backtracking pattern would choke on.
    /// </summary>
    public static string UnbalancedQuotes(int megabytes)
    {
        var target = megabytes * 1024 * 1024;
        var text = new StringBuilder(target + 64);
        text.Append("Quotes that never close\n\n");
        string[] pieces = ["\"He said ", "\u201cthe minister ", "'told ", "\u2018them ", "\" ", "\u201c said "];
        var i = 0;
        while (text.Length < target)
        {
            text.Append(pieces[i++ % pieces.Length]);
            if (i % 4000 == 0)
            {
                // Some paragraphs, so the layout reader sees more than one block.
                text.Append("\n\n");
            }
        }

        return text.ToString(0, target);
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
