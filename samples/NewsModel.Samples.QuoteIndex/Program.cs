using NewsModel;
using NewsModel.Model;

using Spectre.Console;

// QuoteIndex: every quote in a folder of articles (by default the repository's seeds/), grouped by speaker.
//   dotnet run --project samples/NewsModel.Samples.QuoteIndex [-- path/to/folder]
var folder = args.Length > 0 ? args[0] : FindSeeds();
var quotes = new List<(string Speaker, string Article, Quote Quote)>();
foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    // The article's id is the file's name without its extension.
    var result = NewsPipeline.Default.ParseFile(file);
    if (!result.TryGetValue(out var article))
    {
        Console.Error.WriteLine($"{file}: {result.Error}");
        continue;
    }

    // Speakers are actor ids; the index shows the actor's fullest name.
    quotes.AddRange(article.Quotes.Select(q => (article.SpeakerOf(q)?.Name ?? q.Speaker?.Value ?? "(unattributed)", article.Id.Value, q)));
}

var table = new Table().Title($"Quotes in {folder}").AddColumn("Speaker").AddColumn("Article").AddColumn("Kind").AddColumn("Quote");
foreach (var speaker in quotes.GroupBy(q => q.Speaker).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
{
    var first = true;
    foreach (var (_, article, quote) in speaker)
    {
        table.AddRow(
            new Text(first ? $"{speaker.Key} ({speaker.Count()})" : string.Empty, new Style(decoration: Decoration.Bold)),
            new Text(article),
            new Text(quote.Kind.ToString()),
            new Text(quote.Text.Length > 120 ? quote.Text[..119] + "…" : quote.Text));
        first = false;
    }

    table.AddEmptyRow();
}

AnsiConsole.Write(table);
AnsiConsole.WriteLine($"{quotes.Count} quotes, {quotes.Select(q => q.Speaker).Distinct().Count()} speakers");
return 0;

static string FindSeeds()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var seeds = Path.Combine(dir.FullName, "seeds");
        if (Directory.Exists(seeds))
        {
            return seeds;
        }
    }

    throw new DirectoryNotFoundException("Cannot find the seeds/ folder; pass a folder of articles.");
}
