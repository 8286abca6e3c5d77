using NewsModel;
using NewsModel.Model;
using NewsModel.Serialization;

// The `gum` task: rebuilds GUM documents as plain text and gold mentions with shared/eval/gum.py
// (`text`), extracts each text, writes OUT/<genre>/sys/<name>.json and scores the actors' named
// mentions and coreference (`gum.py score --match head`) and the pronouns (gum_pronouns.py).
// The news documents are in shared/data/gum-news; the other genres (academic, bio, court,
// interview, voyage) in shared/data/gum-genres. The bars apply to news only.
internal static class GumTask
{
    private static readonly string[] Genres = ["news", "academic", "bio", "court", "interview", "voyage"];

    public static int Run(string shared, string genre, string output)
    {
        if (genre != "all" && !Genres.Contains(genre))
        {
            Console.Error.WriteLine($"evaluation: --genre: '{genre}' is not a GUM genre; use {string.Join(", ", Genres)} or all");
            return 2;
        }

        var status = 0;
        foreach (var name in genre == "all" ? Genres : [genre])
        {
            status |= RunGenre(shared, name, Path.Combine(output, name));
        }

        return status;
    }

    private static int RunGenre(string shared, string genre, string output)
    {
        // gum.py reads every *.conllu of a folder: give it a folder with this genre's documents only.
        var data = Path.Combine(shared, "data");
        var conllu = Path.Combine(output, "conllu");
        var gold = Path.Combine(output, "gold");
        var system = Path.Combine(output, "sys");
        foreach (var dir in new[] { conllu, gold, system })
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
        foreach (var text in texts)
        {
            var name = Path.GetFileNameWithoutExtension(text);
            var article = NewsPipeline.Default.Parse(File.ReadAllBytes(text), new ReadOptions { Id = new ArticleId(name) });
            if (!article.Success)
            {
                Console.Error.WriteLine($"{name}: {article.Error}");
                status = 1;
                continue;
            }

            File.WriteAllBytes(Path.Combine(system, name + ".json"), ModelJson.SerializeToUtf8Bytes(article.Value));
        }

        Console.WriteLine($"gum {genre}: {texts.Count} documents");
        string[] bars = genre == "news" ? ["--min-f1", "0.75", "--min-type-f1", "0.70", "--min-muc", "0.60"] : [];
        status |= Scorer.Run(Path.Combine(scripts, "gum.py"), ["score", gold, system, "--match", "head", .. bars]);
        status |= Scorer.Run(Path.Combine(scripts, "gum_pronouns.py"), gold, system);
        return status;
    }
}
