namespace NewsModel.Tests.Cli;

/// <summary>Small articles written for the CLI tests, different from one another so that mixed-up outputs would show.</summary>
internal static class SmallArticles
{
    private static readonly string[] Cities = ["Moscow", "Paris", "Nairobi", "Lima", "Hanoi", "Oslo"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static string Article(int index)
    {
        var city = Cities[index % Cities.Length];
        var day = Days[index % Days.Length];
        var length = 1 + (index % 4);
        var body = string.Concat(Enumerable.Repeat($"Officials met in {city} on {day} to discuss trade. ", length));
        return $"Story {index} from {city}\n\n{body}\n\n\"We made progress,\" the mayor of {city} said on {day}.\n";
    }

    /// <summary>Writes <paramref name="count"/> articles (some in a sub-folder) and two bad files into <paramref name="folder"/>.</summary>
    public static void WriteFolder(CliRun cli, string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cli.WriteFile(Path.Combine(folder, i % 3 == 0 ? "sub" : string.Empty, $"article{i:D2}.txt"), Article(i));
        }

        cli.WriteFile(Path.Combine(folder, "article05-bad.txt"), [0x48, 0x69, 0xC3, 0x28]);
        cli.WriteFile(Path.Combine(folder, "sub", "zz-binary.txt"), [0x41, 0x00, 0x42]);
    }
}
