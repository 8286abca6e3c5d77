using System.Globalization;
using System.Text;

using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>Writes the <c>.ann</c> file of a <see cref="BratDocument"/>; the format is documented there.</summary>
internal sealed class BratWriter
{
    private readonly Article article;
    private readonly BratOffsets offsets;
    private readonly StringBuilder output = new();
    private int nextEntity = 1;
    private int nextEvent = 1;
    private int nextAttribute = 1;
    private int nextNote = 1;

    private BratWriter(Article article)
    {
        this.article = article;
        this.offsets = new BratOffsets(article.Text);
    }

    public static string Write(Article article)
    {
        var writer = new BratWriter(article);
        foreach (var quote in article.Quotes)
        {
            writer.WriteQuote(quote);
        }

        foreach (var actor in article.Actors)
        {
            writer.WriteActor(actor);
        }

        return writer.output.ToString();
    }

    private void WriteQuote(Quote quote)
    {
        var source = quote.SpeakerMention is { } mention ? this.Entity("Source", mention) : null;
        var cue = quote.Cue is { } c ? this.Entity("Cue", c.Span) : null;
        var content = this.Entity("Content", quote.Span);
        if (content is null)
        {
            return; // a content of blank lines only has nothing to show in brat
        }

        var trigger = this.Entity(source is null ? "Attribution-no-source" : "Attribution", cue is null ? quote.Span : quote.Cue!.Span)!;
        var eventId = "E" + this.nextEvent++.ToString(CultureInfo.InvariantCulture);
        this.output.Append(eventId).Append('\t').Append(source is null ? "Attribution-no-source" : "Attribution").Append(':').Append(trigger)
            .Append(" Content:").Append(content);
        if (cue is not null)
        {
            this.output.Append(" Cue:").Append(cue);
        }

        if (source is not null)
        {
            this.output.Append(" Source:").Append(source);
        }

        this.output.Append('\n');
        this.Attribute("QuoteKind", eventId, quote.Kind.ToString());

        var notes = new List<string>(2);
        // The reader finds the speaker as the actor with a mention at the source span; when that
        // would not find it, the note says who it is.
        if (quote.Speaker is { } speaker && (source is null || !this.HasMentionAt(speaker, quote.SpeakerMention!.Value)))
        {
            notes.Add("speaker: " + speaker.Value);
        }

        if (quote.Addressee is { } addressee)
        {
            notes.Add("addressee: " + addressee.Value);
        }

        this.Note(content, notes);
    }

    private bool HasMentionAt(ActorId id, TextSpan span)
    {
        foreach (var actor in this.article.Actors)
        {
            if (actor.Id == id)
            {
                foreach (var mention in actor.Mentions)
                {
                    if (mention.Span == span)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void WriteActor(Actor actor)
    {
        var ids = new List<string>(actor.Mentions.Count);
        foreach (var mention in actor.Mentions)
        {
            if (this.Entity(actor.Kind.ToString(), mention.Span) is { } id)
            {
                ids.Add(id);
                if (mention.Kind != MentionKind.Name)
                {
                    this.Attribute("MentionKind", id, mention.Kind.ToString());
                }
            }
        }

        if (ids.Count == 0)
        {
            return;
        }

        if (ids.Count > 1)
        {
            this.output.Append("*\tCoreference ").AppendJoin(' ', ids).Append('\n');
        }

        var notes = new List<string>(4) { "id: " + actor.Id.Value, "name: " + actor.Name };
        if (!actor.Roles.IsEmpty)
        {
            notes.Add("roles: " + string.Join(" | ", actor.Roles));
        }

        if (actor.Affiliation is { } affiliation)
        {
            notes.Add("affiliation: " + affiliation.Value);
        }

        this.Note(ids[0], notes);
    }

    /// <summary>Writes a text-bound annotation, split at line breaks as brat does; null when the span holds only line breaks.</summary>
    private string? Entity(string type, TextSpan span)
    {
        var text = this.article.Text;
        if (!span.FitsIn(text.Length))
        {
            return null;
        }

        var fragments = new StringBuilder();
        var surface = new StringBuilder(span.Length);
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            if (i > start)
            {
                if (fragments.Length > 0)
                {
                    fragments.Append(';');
                    surface.Append(' ');
                }

                fragments.Append(this.offsets.ToBrat(start).ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(this.offsets.ToBrat(i).ToString(CultureInfo.InvariantCulture));
                surface.Append(text, start, i - start);
            }

            start = i + 1;
        }

        if (fragments.Length == 0)
        {
            return null;
        }

        var id = "T" + this.nextEntity++.ToString(CultureInfo.InvariantCulture);
        this.output.Append(id).Append('\t').Append(type).Append(' ').Append(fragments).Append('\t')
            .Append(BratText.OneLine(surface.ToString())).Append('\n');
        return id;
    }

    private void Attribute(string name, string target, string value) =>
        this.output.Append('A').Append(this.nextAttribute++.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(name).Append(' ').Append(target).Append(' ').Append(value).Append('\n');

    private void Note(string target, List<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        this.output.Append('#').Append(this.nextNote++.ToString(CultureInfo.InvariantCulture)).Append("\tAnnotatorNotes ").Append(target).Append('\t')
            .Append(BratText.OneLine(string.Join("; ", notes))).Append('\n');
    }
}

/// <summary>Text helpers shared by the BRAT writer and reader.</summary>
internal static class BratText
{
    // Tabs separate fields; these are the characters that some line readers (.NET's, Python's
    // splitlines) take as line breaks.
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\t\n\r\f\v\u001C\u001D\u001E\u0085\u2028\u2029");

    /// <summary>The text with tabs and line breaks as spaces, so that it stays one field of one line.</summary>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny(Breaks) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Breaks.Contains(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
