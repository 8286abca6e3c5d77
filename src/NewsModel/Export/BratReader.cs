using System.Globalization;

using NewsModel.Actors;
using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>Reads the <c>.ann</c> file of a <see cref="BratDocument"/> back into an article.</summary>
internal sealed class BratReader
{
    private readonly string text;
    private readonly BratOffsets offsets;
    private readonly Dictionary<string, Span> spans = new(StringComparer.Ordinal);
    private readonly List<Relation> events = [];
    private readonly List<Link> attributes = [];
    private readonly List<Link> notes = [];
    private readonly List<Link> equivalences = [];

    private BratReader(string text)
    {
        this.text = text;
        this.offsets = new BratOffsets(text);
    }

    public static ParseResult<Article> Read(string text, string annotations, ArticleId id)
    {
        var reader = new BratReader(text);
        var error = reader.ReadLines(annotations) ?? reader.CheckReferences();
        return error is not null ? ParseResult<Article>.ForError(error) : ParseResult<Article>.ForValue(reader.Build(id));
    }

    private static ParseError Error(int line, string message) => new(message) { Line = line };

    private ParseError? ReadLines(string annotations)
    {
        // Lines end at "\n" only (and a "\r" before it), as brat reads them: the text fields are
        // written without line breaks, but a stray U+2028 must not split a line.
        var line = 0;
        foreach (var range in annotations.Split('\n'))
        {
            line++;
            var content = range.EndsWith('\r') ? range[..^1] : range;
            if (content.Length == 0 || content.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            var fields = content.Split('\t');
            var id = fields[0];
            var error = id.Length == 0 ? Error(line, "a line must start with an annotation id such as T1") : id[0] switch
            {
                'T' => this.ReadTextBound(line, fields),
                'E' => this.ReadEvent(line, fields),
                'A' or 'M' => this.ReadAttribute(line, fields),
                '*' => this.ReadEquivalence(line, fields),
                '#' => this.ReadNote(line, fields),
                'R' or 'N' => null, // relations and normalisations carry nothing the model holds
                _ => Error(line, $"unknown annotation id '{Clip(id)}': brat ids start with T, E, R, A, M, N, * or #"),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private ParseError? ReadTextBound(int line, string[] fields)
    {
        if (fields.Length < 3)
        {
            return Error(line, $"{Clip(fields[0])}: a text-bound annotation needs three tab-separated fields: id, 'Type start end', text");
        }

        var typeEnd = fields[1].IndexOf(' ', StringComparison.Ordinal);
        if (typeEnd <= 0)
        {
            return Error(line, $"{fields[0]}: '{Clip(fields[1])}' is not 'Type start end'");
        }

        var type = fields[1][..typeEnd];
        var start = int.MaxValue;
        var end = -1;
        var surface = new List<string>();
        foreach (var fragment in fields[1][(typeEnd + 1)..].Split(';'))
        {
            var bounds = fragment.Trim().Split(' ');
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                return Error(line, $"{fields[0]}: '{Clip(fragment)}' is not a pair of offsets 'start end'");
            }

            if (from > to || to > this.offsets.CodePointLength)
            {
                return Error(line, $"{fields[0]}: offsets {from} {to} are outside the text of {this.offsets.CodePointLength} characters");
            }

            var utf16From = this.offsets.ToUtf16(from);
            var utf16To = this.offsets.ToUtf16(to);
            surface.Add(this.text[utf16From..utf16To]);
            start = Math.Min(start, utf16From);
            end = Math.Max(end, utf16To);
        }

        var expected = BratText.OneLine(string.Join(' ', surface));
        var written = string.Join('\t', fields, 2, fields.Length - 2);
        if (!string.Equals(BratText.OneLine(written), expected, StringComparison.Ordinal))
        {
            return Error(line, $"{fields[0]}: the text \"{Clip(written)}\" differs from the text at its offsets, \"{Clip(expected)}\" (is the .txt the one annotated?)");
        }

        if (!this.spans.TryAdd(fields[0], new Span(type, TextSpan.FromBounds(start, end), line)))
        {
            return Error(line, $"duplicate id {fields[0]}");
        }

        return null;
    }

    private ParseError? ReadEvent(int line, string[] fields)
    {
        if (fields.Length < 2)
        {
            return Error(line, $"{Clip(fields[0])}: an event needs two tab-separated fields: id and 'Type:T1 Role:T2...'");
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        string? type = null;
        foreach (var part in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                return Error(line, $"{fields[0]}: '{Clip(part)}' is not 'Role:Id'");
            }

            type ??= part[..colon];
            arguments[part[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')] = part[(colon + 1)..];
        }

        if (type is null)
        {
            return Error(line, $"{fields[0]}: the event has no trigger");
        }

        this.events.Add(new Relation(fields[0], type, arguments, line));
        return null;
    }

    private ParseError? ReadAttribute(int line, string[] fields)
    {
        var parts = fields.Length < 2 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3)
        {
            return Error(line, $"{Clip(fields[0])}: an attribute needs 'Name Target [Value]'");
        }

        this.attributes.Add(new Link(parts[0], [parts[1]], parts.Length == 3 ? parts[2] : string.Empty, line));
        return null;
    }

    private ParseError? ReadEquivalence(int line, string[] fields)
    {
        var parts = fields.Length < 2 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return Error(line, "an equivalence needs 'Type T1 T2...'");
        }

        this.equivalences.Add(new Link(parts[0], parts[1..], string.Empty, line));
        return null;
    }

    private ParseError? ReadNote(int line, string[] fields)
    {
        var parts = fields.Length < 3 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return Error(line, $"{Clip(fields[0])}: a note needs three tab-separated fields: id, 'AnnotatorNotes Target', text");
        }

        this.notes.Add(new Link(parts[0], [parts[1]], string.Join('\t', fields, 2, fields.Length - 2), line));
        return null;
    }

    private ParseError? CheckReferences()
    {
        foreach (var e in this.events)
        {
            foreach (var (role, target) in e.Arguments)
            {
                if (!this.spans.ContainsKey(target))
                {
                    return Error(e.Line, $"{e.Id}: {role} refers to {Clip(target)}, which is not a text-bound annotation of this file");
                }
            }
        }

        foreach (var link in this.equivalences)
        {
            foreach (var target in link.Targets)
            {
                if (!this.spans.ContainsKey(target))
                {
                    return Error(link.Line, $"{link.Type} refers to {Clip(target)}, which is not a text-bound annotation of this file");
                }
            }
        }

        foreach (var attribute in this.attributes)
        {
            var known = attribute.Name switch
            {
                "MentionKind" => Enum.TryParse<MentionKind>(attribute.Value, ignoreCase: true, out _) && !int.TryParse(attribute.Value, out _),
                "QuoteKind" => Enum.TryParse<QuoteKind>(attribute.Value, ignoreCase: true, out _) && !int.TryParse(attribute.Value, out _),
                _ => true,
            };
            if (!known)
            {
                return Error(attribute.Line, $"{attribute.Name} has no value '{Clip(attribute.Value)}'");
            }
        }

        return null;
    }

    private Article Build(ArticleId id)
    {
        var actors = this.BuildActors();
        var quotes = this.BuildQuotes(actors);
        return new Article(id, this.text) { Actors = [.. actors.Select(a => a.Actor)], Quotes = [.. quotes] };
    }

    private List<(Actor Actor, HashSet<string> Entities)> BuildActors()
    {
        // Union-find over the entity annotations, joined by equivalences.
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entity, span) in this.spans)
        {
            if (IsActorType(span.Type))
            {
                parent[entity] = entity;
            }
        }

        string Find(string x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var link in this.equivalences)
        {
            var first = link.Targets.FirstOrDefault(parent.ContainsKey);
            foreach (var target in link.Targets)
            {
                if (first is not null && parent.ContainsKey(target))
                {
                    parent[Find(target)] = Find(first);
                }
            }
        }

        var mentionKinds = this.AttributeValues("MentionKind");
        var actorNotes = this.NoteValues();
        var groups = parent.Keys.GroupBy(Find, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => this.spans[e].Value).ToList())
            .OrderBy(g => this.spans[g[0]].Value)
            .ToList();

        var used = new HashSet<string>(StringComparer.Ordinal);
        var actors = new List<(Actor, HashSet<string>)>(groups.Count);
        foreach (var group in groups)
        {
            var mentions = new List<Mention>(group.Count);
            Dictionary<string, string>? note = null;
            string? longestName = null;
            foreach (var entity in group)
            {
                var span = this.spans[entity].Value;
                var kind = mentionKinds.TryGetValue(entity, out var k) ? Enum.Parse<MentionKind>(k, ignoreCase: true) : MentionKind.Name;
                var mentionText = this.text.Substring(span.Start, span.Length);
                mentions.Add(new Mention(mentionText, span, kind));
                if (kind == MentionKind.Name && (longestName is null || mentionText.Length > longestName.Length))
                {
                    longestName = mentionText;
                }

                note ??= actorNotes.GetValueOrDefault(entity);
            }

            var name = note?.GetValueOrDefault("name") ?? longestName ?? mentions[0].Text;
            var baseId = note?.GetValueOrDefault("id") is { Length: > 0 } noted ? noted : Slug.Of(name);
            var actorId = baseId;
            for (var n = 2; !used.Add(actorId); n++)
            {
                actorId = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            var type = Enum.Parse<ActorKind>(this.spans[group[0]].Type);
            var roles = note?.GetValueOrDefault("roles") is { } r ? r.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var actor = new Actor(new ActorId(actorId), name, type)
            {
                Roles = [.. roles],
                Affiliation = note?.GetValueOrDefault("affiliation") is { Length: > 0 } affiliation ? new ActorId(affiliation) : null,
                Mentions = [.. mentions],
            };
            actors.Add((actor, new HashSet<string>(group, StringComparer.Ordinal)));
        }

        // An affiliation to an actor that is no longer in the file (deleted in brat) is dropped.
        var ids = actors.Select(a => a.Item1.Id).ToHashSet();
        return [.. actors.Select(a => a.Item1.Affiliation is { } aff && !ids.Contains(aff) ? (a.Item1 with { Affiliation = null }, a.Item2) : a)];
    }

    private List<Quote> BuildQuotes(List<(Actor Actor, HashSet<string> Entities)> actors)
    {
        var kinds = this.AttributeValues("QuoteKind");
        var quoteNotes = this.NoteValues();
        var ids = actors.Select(a => a.Actor.Id).ToHashSet();
        var drafts = new List<Quote>();
        foreach (var e in this.events)
        {
            if (!e.Arguments.TryGetValue("Content", out var contentId))
            {
                continue;
            }

            var content = this.spans[contentId].Value;
            var quoteText = this.text.Substring(content.Start, content.Length);
            var kind = kinds.TryGetValue(e.Id, out var k) ? Enum.Parse<QuoteKind>(k, ignoreCase: true) : GuessKind(quoteText);
            var quote = new Quote(new QuoteId("q"), kind, quoteText, content);
            if (e.Arguments.TryGetValue("Cue", out var cueId))
            {
                var cue = this.spans[cueId].Value;
                quote = quote with { Cue = new TextSegment(this.text.Substring(cue.Start, cue.Length), cue) };
            }

            if (e.Arguments.TryGetValue("Source", out var sourceId))
            {
                var source = this.spans[sourceId].Value;
                quote = quote with { SpeakerMention = source, Speaker = SpeakerAt(actors, source) };
            }

            var note = quoteNotes.GetValueOrDefault(contentId);
            if (note?.GetValueOrDefault("speaker") is { } speaker && ids.Contains(new ActorId(speaker)))
            {
                quote = quote with { Speaker = new ActorId(speaker) };
            }

            if (note?.GetValueOrDefault("addressee") is { } addressee && ids.Contains(new ActorId(addressee)))
            {
                quote = quote with { Addressee = new ActorId(addressee) };
            }

            drafts.Add(quote);
        }

        drafts.Sort((a, b) => a.Span.CompareTo(b.Span));
        return [.. drafts.Select((q, i) => q with { Id = new QuoteId("q" + (i + 1).ToString(CultureInfo.InvariantCulture)) })];
    }

    // The speaker is the actor with a mention at the source span; failing that, one overlapping it.
    private static ActorId? SpeakerAt(List<(Actor Actor, HashSet<string> Entities)> actors, TextSpan source)
    {
        ActorId? overlapping = null;
        foreach (var (actor, _) in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if (mention.Span == source)
                {
                    return actor.Id;
                }

                if (overlapping is null && mention.Span.Overlaps(source))
                {
                    overlapping = actor.Id;
                }
            }
        }

        return overlapping;
    }

    private static QuoteKind GuessKind(string quote)
    {
        var marks = "\"\u201C\u201D".AsSpan();
        if (quote.Length > 0 && marks.Contains(quote[0]))
        {
            return QuoteKind.Direct;
        }

        return quote.AsSpan().IndexOfAny(marks) >= 0 ? QuoteKind.Mixed : QuoteKind.Indirect;
    }

    private static bool IsActorType(string type) =>
        type is nameof(ActorKind.Person) or nameof(ActorKind.Organization) or nameof(ActorKind.Country) or nameof(ActorKind.City) or nameof(ActorKind.Place) or nameof(ActorKind.Group);

    private Dictionary<string, string> AttributeValues(string name)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in this.attributes)
        {
            if (attribute.Name == name)
            {
                values[attribute.Targets[0]] = attribute.Value;
            }
        }

        return values;
    }

    // Notes of the form "key: value; key: value" by their target; other notes are free text and ignored.
    private Dictionary<string, Dictionary<string, string>> NoteValues()
    {
        var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var note in this.notes)
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in note.Value.Split("; "))
            {
                var colon = part.IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0)
                {
                    pairs[part[..colon].Trim()] = part[(colon + 2)..].Trim();
                }
            }

            if (pairs.Count > 0)
            {
                values[note.Targets[0]] = pairs;
            }
        }

        return values;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private sealed record Span(string Type, TextSpan Value, int Line);

    private sealed record Relation(string Id, string Type, Dictionary<string, string> Arguments, int Line);

    private sealed record Link(string Name, string[] Targets, string Value, int Line)
    {
        public string Type => this.Name;
    }
}
