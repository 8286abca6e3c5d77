using NewsModel;
using NewsModel.Model;

using NodaTime;

// Timeline: the events of an article (by default the seed) in date order: when, who did what to whom, where.
//   dotnet run --project samples/NewsModel.Samples.Timeline [-- path/to/article.txt [YYYY-MM-DD]]
var path = args.Length > 0 ? args[0] : FindSeed();
var published = args.Length > 1 ? NodaTime.Text.LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow() : new LocalDate(2019, 9, 25);

var result = NewsPipeline.Default.ParseFile(path, new ReadOptions { Published = published });
if (!result.TryGetValue(out var article))
{
    Console.Error.WriteLine(result.Error);
    return 1;
}

// Events, quotes and actors refer to actors and times by id; the article finds them.
string NameOf(ActorId id) => article.FindActor(id)?.Name ?? id.Value;
string Names(Event e, Func<ParticipantRole, bool> role) =>
    string.Join(" and ", e.Participants.Where(p => role(p.Role)).Select(p => NameOf(p.Actor)));

// Events with a resolved date first, in date order; the rest keep their order in the text.
var timeline = article.Events
    .Select(e => (Event: e, Time: article.FindTime(e.Time)))
    .OrderBy(x => x.Time?.Start ?? LocalDate.MaxIsoValue)
    .ThenBy(x => x.Event.Span.Start);

Console.WriteLine($"{article.Headline?.Text} ({article.Published})");
foreach (var (e, time) in timeline)
{
    var when = time?.Start?.ToString("yyyy-MM-dd", null) ?? time?.Value ?? "undated";
    var who = Names(e, role => role == ParticipantRole.Agent);
    var whom = Names(e, role => role != ParticipantRole.Agent);
    var where = e.Place is { } place ? $" in {NameOf(place)}" : string.Empty;
    var modality = e.Modality == Modality.Asserted ? string.Empty : $" [{e.Modality}]";
    Console.WriteLine($"{when,-10}  {(who.Length > 0 ? who : "someone")} {e.Trigger.Text}{(whom.Length > 0 ? " -> " + whom : string.Empty)}{where}  ({e.Type}){modality}");
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
