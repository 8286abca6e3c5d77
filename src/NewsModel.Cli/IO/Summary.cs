using System.Text;

using NewsModel.Model;

using Spectre.Console;

namespace NewsModel.Cli.IO;

/// <summary>
/// The readable summary <c>extract</c> prints on a terminal when no <c>--format</c> is given: who
/// said what, the actors, and the events in date order.
/// </summary>
internal static class Summary
{
    // Long quotes are cut so that a table row stays a few lines on an 80-column terminal.
    private const int QuoteLength = 100;

    public static IAnsiConsole CreateConsole(CliConsole console)
    {
        var writer = new StreamWriter(console.StandardOutput, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true) { AutoFlush = true };
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
    }

    public static void Write(IAnsiConsole output, Article article)
    {
        output.Write(new Rule(Markup.Escape(article.Headline?.Text ?? article.Id.Value)) { Justification = Justify.Left });
        output.WriteLine(
            $"{article.Id}: published {article.Published?.ToString("yyyy-MM-dd", null) ?? "(unknown)"}, " +
            $"{article.Actors.Count} actors, {article.Quotes.Count} quotes, {article.Times.Count} times, {article.Events.Count} events");
        output.Write(Quotes(article));
        output.Write(Actors(article));
        output.Write(Events(article));
        output.WriteLine();
    }

    private static Table Quotes(Article article)
    {
        var table = new Table { Title = new TableTitle("Who said what") }
            .AddColumn("Speaker").AddColumn("Kind").AddColumn("Quote");
        foreach (var quote in article.Quotes)
        {
            table.AddRow(Cell(NameOf(quote.Speaker, article) ?? "(unknown)"), Cell(Kebab(quote.Kind)), Cell(Shorten(quote.Text, QuoteLength)));
        }

        return table;
    }

    private static Table Actors(Article article)
    {
        var table = new Table { Title = new TableTitle("Actors") }
            .AddColumn("Actor").AddColumn("Kind").AddColumn("Roles").AddColumn("Of").AddColumn(new TableColumn("Mentions").RightAligned());
        foreach (var actor in article.Actors)
        {
            table.AddRow(
                Cell(actor.Name),
                Cell(Kebab(actor.Kind)),
                Cell(string.Join(", ", actor.Roles)),
                Cell(NameOf(actor.Affiliation, article) ?? string.Empty),
                Cell(actor.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return table;
    }

    private static Table Events(Article article)
    {
        // Date order; events without a resolved date keep their text order after the dated ones.
        var events = article.Events
            .Select((e, index) => (Event: e, Index: index, Time: article.FindTime(e.Time)))
            .OrderBy(e => e.Time?.Start is null ? 1 : 0)
            .ThenBy(e => e.Time?.Start)
            .ThenBy(e => e.Index);
        var table = new Table { Title = new TableTitle("Events") }
            .AddColumn("When").AddColumn("Type").AddColumn("Trigger").AddColumn("Who").AddColumn("To whom").AddColumn("Where");
        foreach (var (e, _, time) in events)
        {
            var when = time is null ? string.Empty : time.Start is { } start ? start.ToString("yyyy-MM-dd", null) : time.Value;
            var trigger = e.Modality == Modality.Asserted ? e.Trigger.Text : $"{e.Trigger.Text} ({Kebab(e.Modality)})";
            table.AddRow(
                Cell(when),
                Cell(Kebab(e.Type)),
                Cell(trigger),
                Cell(Participants(e, article, ParticipantRole.Agent)),
                Cell(Participants(e, article, role: null)),
                Cell(NameOf(e.Place, article) ?? string.Empty));
        }

        return table;
    }

    // The agents, or (role null) everyone else taking part.
    private static string Participants(Event e, Article article, ParticipantRole? role)
    {
        var names = new List<string>();
        foreach (var participant in e.Participants)
        {
            if (role is null ? participant.Role != ParticipantRole.Agent : participant.Role == role)
            {
                names.Add(NameOf(participant.Actor, article)!);
            }
        }

        return string.Join(", ", names);
    }

    private static string? NameOf(ActorId? id, Article article)
        => id is not { } value ? null : article.FindActor(value)?.Name ?? value.Value;

    private static Spectre.Console.Text Cell(string text) => new(text);

    private static string Shorten(string text, int length)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= length ? oneLine : string.Concat(oneLine.AsSpan(0, length - 1).TrimEnd(), "…");
    }

    // Enum names as the serialized form spells them: NotExpected -> not-expected.
    private static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
