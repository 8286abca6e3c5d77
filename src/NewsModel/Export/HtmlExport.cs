using System.Globalization;
using System.Net;
using System.Text;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Export;

/// <summary>
/// Writes an article as one self-contained HTML page for reading and review: the text with each
/// quote highlighted in its speaker's colour (cues in bold, speaker mentions underlined), the actors
/// with their mentions, the quotes by speaker, and a timeline of the events in date order.
/// </summary>
/// <remarks>
/// The page has its CSS inline and no script, font or image, so it opens offline and from an
/// e-mail. Every piece of the article is HTML-encoded. Quotes whose content overlaps an earlier
/// quote are listed but not highlighted, as highlights cannot overlap.
/// </remarks>
public static class HtmlExport
{
    // Pale backgrounds that stay readable under black text; the speaker's colour is its index in
    // order of first quote, cycling when there are more speakers than colours.
    private static readonly string[] Palette =
    [
        "#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fed7aa", "#a5f3fc", "#f5d0fe", "#d9f99d", "#e7e5e4",
    ];

    private const string UnknownColour = "#e5e7eb";

    private const string Style = """
        body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.55}
        h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
        .meta{color:#555;font-size:.9rem;margin-bottom:1rem}
        .text{white-space:pre-wrap;font-size:1.02rem;border:1px solid #ddd;padding:1rem;border-radius:.3rem;background:#fafafa}
        mark{padding:0 .1rem;border-radius:.2rem;color:inherit}
        .cue{font-weight:bold}.speaker{text-decoration:underline 2px}.heading{font-weight:bold;font-size:1.08rem}.who{white-space:nowrap}
        table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #e5e5e5;padding:.3rem .4rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;vertical-align:middle;margin-right:.3rem;border:1px solid #aaa}
        .kind{color:#666;font-size:.85rem}.date{white-space:nowrap;font-family:monospace}
        """;

    /// <summary>Writes the page as UTF-8 bytes (no byte-order mark, "\n" line ends).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The page.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article) => Encoding.UTF8.GetBytes(Serialize(article));

    /// <summary>Writes the page.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The HTML.</returns>
    public static string Serialize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var actors = ExportFacts.ActorsById(article);
        var colours = SpeakerColours(article);
        var html = new StringBuilder(article.Text.Length * 3);
        var title = article.Headline?.Text ?? article.Id.Value ?? "article";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        AppendMeta(html, article);

        html.Append("<h2>Text</h2>\n<div class=\"text\">");
        AppendText(html, article, actors, colours);
        html.Append("</div>\n");

        AppendQuotes(html, article, actors, colours);
        AppendActors(html, article, actors);
        AppendTimeline(html, article, actors);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the page (UTF-8, no byte-order mark, "\n" line ends) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(SerializeToUtf8Bytes(article));
    }

    private static void AppendMeta(StringBuilder html, Article article)
    {
        var parts = new List<string>();
        if (article.Published is { } published)
        {
            parts.Add("Published " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (ExportFacts.By(article) is { } by)
        {
            parts.Add("By " + by);
        }

        if (article.Source is { } source)
        {
            parts.Add("Source: " + source.Text);
        }

        parts.Add("Id: " + article.Id.Value);
        html.Append("<p class=\"meta\">").AppendJoin(" · ", parts.Select(Encode)).Append("</p>\n");
    }

    private static void AppendText(StringBuilder html, Article article, Dictionary<ActorId, Actor> actors, Dictionary<ActorId, string> colours)
    {
        // Decorations are made non-overlapping: quotes first, then cues and speaker mentions
        // outside them; the text is then written once, left to right.
        var marks = new List<(TextSpan Span, string Open, string Close)>();
        var end = -1;
        foreach (var quote in article.Quotes.OrderBy(q => q.Span))
        {
            if (quote.Span.Start < end || !quote.Span.FitsIn(article.Text.Length))
            {
                continue;
            }

            var colour = quote.Speaker is { } s && colours.TryGetValue(s, out var c) ? c : UnknownColour;
            var who = quote.Speaker is { } id && actors.TryGetValue(id, out var actor) ? actor.Name : "unknown speaker";
            marks.Add((quote.Span, $"<mark style=\"background:{colour}\" title=\"{Encode(quote.Id.Value + ": " + who)}\">", "</mark>"));
            end = quote.Span.End;
        }

        var extras = new List<(TextSpan Span, string Open, string Close)>();
        if (article.Headline is { } headline)
        {
            extras.Add((headline.Span, "<span class=\"heading\">", "</span>"));
        }

        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading)
            {
                extras.Add((heading.Span, "<span class=\"heading\">", "</span>"));
            }
        }

        foreach (var quote in article.Quotes)
        {
            if (quote.Cue is { } cue)
            {
                extras.Add((cue.Span, "<span class=\"cue\">", "</span>"));
            }

            if (quote.SpeakerMention is { } mention)
            {
                extras.Add((mention, "<span class=\"speaker\">", "</span>"));
            }
        }

        extras.Sort((a, b) => a.Span.CompareTo(b.Span));
        var accepted = new List<(TextSpan Span, string Open, string Close)>(marks.Count + extras.Count);
        var quoteIndex = 0;
        var lastEnd = -1;
        foreach (var extra in extras)
        {
            while (quoteIndex < marks.Count && marks[quoteIndex].Span.End <= extra.Span.Start)
            {
                quoteIndex++;
            }

            var hitsQuote = quoteIndex < marks.Count && marks[quoteIndex].Span.Overlaps(extra.Span);
            if (!hitsQuote && extra.Span.Start >= lastEnd && extra.Span.FitsIn(article.Text.Length) && !extra.Span.IsEmpty)
            {
                accepted.Add(extra);
                lastEnd = extra.Span.End;
            }
        }

        accepted.AddRange(marks);
        accepted.Sort((a, b) => a.Span.CompareTo(b.Span));
        var position = 0;
        foreach (var (span, open, close) in accepted)
        {
            html.Append(Encode(article.Text[position..span.Start])).Append(open).Append(Encode(article.Text.Substring(span.Start, span.Length))).Append(close);
            position = span.End;
        }

        html.Append(Encode(article.Text[position..]));
    }

    private static void AppendQuotes(StringBuilder html, Article article, Dictionary<ActorId, Actor> actors, Dictionary<ActorId, string> colours)
    {
        html.Append("<h2>Quotes</h2>\n");
        if (article.Quotes.IsEmpty)
        {
            html.Append("<p>No quotes.</p>\n");
            return;
        }

        html.Append("<table>\n<tr><th>Id</th><th>Speaker</th><th>Kind</th><th>Cue</th><th>Quote</th></tr>\n");
        foreach (var quote in article.Quotes)
        {
            var colour = quote.Speaker is { } s && colours.TryGetValue(s, out var c) ? c : UnknownColour;
            var who = quote.Speaker is { } id ? (actors.TryGetValue(id, out var actor) ? actor.Name : id.Value) : "(unknown)";
            html.Append("<tr><td>").Append(Encode(quote.Id.Value)).Append("</td><td class=\"who\"><span class=\"swatch\" style=\"background:").Append(colour).Append("\"></span>")
                .Append(Encode(who)).Append("</td><td class=\"kind\">").Append(EnumText<QuoteKind>.Get(quote.Kind).Text)
                .Append("</td><td>").Append(Encode(quote.Cue?.Text ?? string.Empty)).Append("</td><td>").Append(Encode(quote.Text)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendActors(StringBuilder html, Article article, Dictionary<ActorId, Actor> actors)
    {
        html.Append("<h2>Actors</h2>\n");
        if (article.Actors.IsEmpty)
        {
            html.Append("<p>No actors.</p>\n");
            return;
        }

        html.Append("<table>\n<tr><th>Actor</th><th>Kind</th><th>Roles</th><th>Mentions</th></tr>\n");
        foreach (var actor in article.Actors)
        {
            html.Append("<tr><td>").Append(Encode(actor.Name));
            if (actor.Affiliation is { } affiliation)
            {
                var of = actors.TryGetValue(affiliation, out var a) ? a.Name : affiliation.Value;
                html.Append("<br><span class=\"kind\">of ").Append(Encode(of)).Append("</span>");
            }

            html.Append("</td><td class=\"kind\">").Append(EnumText<ActorKind>.Get(actor.Kind).Text).Append("</td><td>")
                .AppendJoin(", ", actor.Roles.Select(Encode)).Append("</td><td>")
                .AppendJoin(", ", actor.Mentions.Select(m => Encode(m.Text) + " <span class=\"kind\">(" + EnumText<MentionKind>.Get(m.Kind).Text + ", " + m.Span.Start.ToString(CultureInfo.InvariantCulture) + ")</span>"))
                .Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendTimeline(StringBuilder html, Article article, Dictionary<ActorId, Actor> actors)
    {
        html.Append("<h2>Timeline</h2>\n");
        if (article.Events.IsEmpty)
        {
            html.Append("<p>No events.</p>\n");
            return;
        }

        var times = new Dictionary<TimeId, TimeExpression>();
        foreach (var time in article.Times)
        {
            times.TryAdd(time.Id, time);
        }

        // Dated events first, by start date; undated ones after, in text order (a stable sort keeps it).
        var ordered = article.Events
            .Select(e => (Event: e, Time: e.Time is { } t && times.TryGetValue(t, out var x) ? x : null))
            .OrderBy(x => x.Time?.Start is null ? 1 : 0)
            .ThenBy(x => x.Time?.Start)
            .ToList();
        html.Append("<table>\n<tr><th>When</th><th>Event</th><th>Trigger</th><th>Who</th><th>Where</th><th>Modality</th></tr>\n");
        foreach (var (e, time) in ordered)
        {
            // The TIMEX3 value keeps the precision the text gives ("2018" for "last year", "2019-SU"
            // for "the summer"); the start date, which orders the rows, is there for machines.
            var when = time is null ? "undated" : time.Value + " (" + time.Text + ")";
            var start = time?.Start is { } date ? " data-start=\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"" : string.Empty;
            var type = EnumText<EventType>.Get(e.Type).Text + (e.Cameo is { } cameo ? " (CAMEO " + cameo + ")" : string.Empty);
            var who = e.Participants.Select(p => (actors.TryGetValue(p.Actor, out var a) ? a.Name : p.Actor.Value) + " [" + EnumText<ParticipantRole>.Get(p.Role).Text + "]");
            var where = e.Place is { } place ? (actors.TryGetValue(place, out var p) ? p.Name : place.Value) : string.Empty;
            html.Append("<tr><td class=\"date\"").Append(start).Append('>').Append(Encode(when)).Append("</td><td>").Append(Encode(type)).Append("</td><td>").Append(Encode(e.Trigger.Text))
                .Append("</td><td>").AppendJoin(", ", who.Select(Encode)).Append("</td><td>").Append(Encode(where))
                .Append("</td><td class=\"kind\">").Append(EnumText<Modality>.Get(e.Modality).Text).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static Dictionary<ActorId, string> SpeakerColours(Article article)
    {
        var colours = new Dictionary<ActorId, string>();
        foreach (var quote in article.Quotes)
        {
            if (quote.Speaker is { } speaker && !colours.ContainsKey(speaker))
            {
                colours[speaker] = Palette[colours.Count % Palette.Length];
            }
        }

        return colours;
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
