using NewsModel.Model;

namespace NewsModel.Tests.Events;

/// <summary>Reads a small article and finds an event by its trigger's words.</summary>
internal static class EventTestKit
{
    public static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Weekly news digest\n\n" + string.Join("\n\n", paragraphs) + "\n", new ReadOptions { Published = new NodaTime.LocalDate(2021, 3, 10) });

    public static Event EventAt(this Article article, string trigger)
    {
        var found = article.Events.FirstOrDefault(e => e.Trigger.Text == trigger);
        found.Should().NotBeNull($"an event triggered by \"{trigger}\" should be found among: {string.Join(" | ", article.Events.Select(e => e.Trigger.Text))}");
        return found!;
    }

    public static IEnumerable<string> ParticipantNames(this Article article, Event found)
        => found.Participants.Select(p => article.Actors.First(a => a.Id == p.Actor).Name);

    public static string? RoleOf(this Article article, Event found, string name)
    {
        var actor = article.Actors.FirstOrDefault(a => a.Name == name);
        return actor is null ? null : found.Participants.Where(p => p.Actor == actor.Id).Select(p => p.Role.ToString()).FirstOrDefault();
    }

    public static string? PlaceName(this Article article, Event found)
        => article.Actors.FirstOrDefault(a => a.Id == found.Place)?.Name;

    public static string? TimeValue(this Article article, Event found)
        => article.Times.FirstOrDefault(t => t.Id == found.Time)?.Value;
}
