using NewsModel;
using NewsModel.Model;

using NodaTime;

// QuickStart: read an article (by default the seed) and print its layout and who said what.
//   dotnet run --project samples/NewsModel.Samples.QuickStart [-- path/to/article.txt [YYYY-MM-DD]]
var path = args.Length > 0 ? args[0] : FindSeed();
var published = args.Length > 1 ? NodaTime.Text.LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow() : new LocalDate(2019, 9, 25);

var result = NewsPipeline.Default.ParseFile(path, new ReadOptions { Published = published });
if (!result.Success)
{
    // A missing or unreadable file's error names it; an error in the text gives its place.
    Console.Error.WriteLine(result.Error);
    return 1;
}

var article = result.Value;
Console.WriteLine($"Headline:   {article.Headline?.Text}");
Console.WriteLine($"Standfirst: {article.Standfirst?.Text}");
Console.WriteLine($"Published:  {article.Published}");
Console.WriteLine($"Source:     {article.Source?.Text}");
foreach (var media in article.Media)
{
    Console.WriteLine($"Picture:    {media.Title?.Text} ({media.Credit?.Text})");
}

foreach (var section in article.Sections)
{
    Console.WriteLine($"Section {section.Heading?.Text ?? "(no heading)"}: {section.Paragraphs.Count} paragraphs");
}

Console.WriteLine($"{article.Sentences.Count} sentences, {article.Actors.Count} actors, {article.Quotes.Count} quotes, {article.Times.Count} times, {article.Events.Count} events");

foreach (var quote in article.Quotes)
{
    Console.WriteLine($"{article.SpeakerOf(quote)?.Name ?? "(unknown)"}: {quote.Text}");
}

return 0;

static string FindSeed()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var seed = Path.Combine(dir.FullName, "seeds", "000_ed9b2998fb345c7b.txt");
        if (File.Exists(seed))
        {
            return seed;
        }
    }

    throw new FileNotFoundException("Cannot find seeds/000_ed9b2998fb345c7b.txt; pass an article's path.");
}
