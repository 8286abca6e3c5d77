using NewsModel.Model;

using NodaTime.Text;

namespace NewsModel.Serialization;

/// <summary>
/// The one mapping from the model to the <c>newsmodel/1</c> tree. Keys come in the documented
/// order; null optional values are left out and lists are always written, even when empty.
/// </summary>
internal static class ModelWriter
{
    public static void Write(IModelWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        writer.StartObject();
        writer.Name(Keys.Schema);
        writer.String(Keys.SchemaVersion);
        writer.Name(Keys.Article);
        WriteArticle(writer, article);

        writer.Name(Keys.Actors);
        writer.StartArray();
        foreach (var actor in article.Actors)
        {
            WriteActor(writer, actor);
        }

        writer.EndArray();

        writer.Name(Keys.Quotes);
        writer.StartArray();
        foreach (var quote in article.Quotes)
        {
            WriteQuote(writer, quote);
        }

        writer.EndArray();

        writer.Name(Keys.Times);
        writer.StartArray();
        foreach (var time in article.Times)
        {
            WriteTime(writer, time);
        }

        writer.EndArray();

        // Only an article that kept its tokens writes them: most readers do not want them, and
        // they are most of a model's size.
        if (article.Tokens.Count > 0)
        {
            writer.Name(Keys.Tokens);
            writer.StartArray();
            foreach (var token in article.Tokens)
            {
                writer.StartObject(compact: true);
                WriteSpanProperty(writer, token.Span);
                writer.Name(Keys.Tag);
                writer.String(token.Tag);
                writer.EndObject();
            }

            writer.EndArray();
        }

        writer.Name(Keys.Events);
        writer.StartArray();
        foreach (var item in article.Events)
        {
            WriteEvent(writer, item);
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WriteArticle(IModelWriter writer, Article article)
    {
        writer.StartObject();
        writer.Name(Keys.Id);
        writer.String(article.Id.Value ?? string.Empty);
        writer.Name(Keys.Text);
        writer.String(article.Text ?? string.Empty);
        if (article.Published is { } published)
        {
            writer.Name(Keys.Published);
            writer.String(LocalDatePattern.Iso.Format(published));
        }

        OptionalString(writer, Keys.Url, article.Url);
        OptionalSegment(writer, Keys.Headline, article.Headline);
        OptionalSegment(writer, Keys.Standfirst, article.Standfirst);

        writer.Name(Keys.Bylines);
        writer.StartArray();
        foreach (var byline in article.Bylines)
        {
            WriteSegment(writer, byline);
        }

        writer.EndArray();

        if (article.Dateline is { } dateline)
        {
            writer.Name(Keys.Dateline);
            writer.StartObject();
            writer.Name(Keys.Text);
            writer.String(dateline.Text);
            WriteSpanProperty(writer, dateline.Span);
            OptionalSegment(writer, Keys.Place, dateline.Place);
            OptionalSegment(writer, Keys.Agency, dateline.Agency);
            writer.EndObject();
        }

        OptionalSegment(writer, Keys.Source, article.Source);

        writer.Name(Keys.Media);
        writer.StartArray();
        foreach (var media in article.Media)
        {
            writer.StartObject();
            OptionalSegment(writer, Keys.Title, media.Title);
            OptionalSegment(writer, Keys.Caption, media.Caption);
            OptionalSegment(writer, Keys.Credit, media.Credit);
            writer.EndObject();
        }

        writer.EndArray();

        writer.Name(Keys.Sections);
        writer.StartArray();
        foreach (var section in article.Sections)
        {
            writer.StartObject();
            OptionalSegment(writer, Keys.Heading, section.Heading);
            writer.Name(Keys.Paragraphs);
            writer.StartArray();
            foreach (var paragraph in section.Paragraphs)
            {
                writer.StartObject();
                WriteSpanProperty(writer, paragraph.Span);
                writer.EndObject();
            }

            writer.EndArray();
            writer.EndObject();
        }

        writer.EndArray();

        writer.Name(Keys.Sentences);
        writer.StartArray();
        foreach (var sentence in article.Sentences)
        {
            writer.StartObject();
            WriteSpanProperty(writer, sentence.Span);
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WriteActor(IModelWriter writer, Actor actor)
    {
        writer.StartObject();
        writer.Name(Keys.Id);
        writer.String(actor.Id.Value ?? string.Empty);
        writer.Name(Keys.Name);
        writer.String(actor.Name);
        writer.Name(Keys.Kind);
        writer.String(EnumText<ActorKind>.Get(actor.Kind));
        writer.Name(Keys.Roles);
        writer.StartArray();
        foreach (var role in actor.Roles)
        {
            writer.String(role);
        }

        writer.EndArray();
        OptionalId(writer, Keys.Affiliation, actor.Affiliation?.Value);
        writer.Name(Keys.Mentions);
        writer.StartArray();
        foreach (var mention in actor.Mentions)
        {
            writer.StartObject();
            writer.Name(Keys.Text);
            writer.String(mention.TextChars);
            WriteSpanProperty(writer, mention.Span);
            writer.Name(Keys.Kind);
            writer.String(EnumText<MentionKind>.Get(mention.Kind));
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WriteQuote(IModelWriter writer, Quote quote)
    {
        writer.StartObject();
        writer.Name(Keys.Id);
        writer.String(quote.Id.Value ?? string.Empty);
        writer.Name(Keys.Kind);
        writer.String(EnumText<QuoteKind>.Get(quote.Kind));
        writer.Name(Keys.Text);
        writer.String(quote.TextChars);
        WriteSpanProperty(writer, quote.Span);
        if (quote.Parts.Count > 0)
        {
            writer.Name(Keys.Parts);
            writer.StartArray();
            foreach (var part in quote.Parts)
            {
                WriteSpan(writer, part);
            }

            writer.EndArray();
        }

        OptionalId(writer, Keys.Speaker, quote.Speaker?.Value);
        if (quote.SpeakerMention is { } mention)
        {
            writer.Name(Keys.SpeakerMention);
            WriteSpan(writer, mention);
        }

        OptionalSegment(writer, Keys.Cue, quote.Cue);
        OptionalId(writer, Keys.Addressee, quote.Addressee?.Value);
        writer.EndObject();
    }

    private static void WriteTime(IModelWriter writer, TimeExpression time)
    {
        writer.StartObject();
        writer.Name(Keys.Id);
        writer.String(time.Id.Value ?? string.Empty);
        writer.Name(Keys.Text);
        writer.String(time.TextChars);
        WriteSpanProperty(writer, time.Span);
        writer.Name(Keys.Type);
        writer.String(EnumText<TimeType>.Get(time.Type));
        writer.Name(Keys.Value);
        writer.String(time.Value);
        if (time.Precision is { } precision)
        {
            writer.Name(Keys.Precision);
            writer.String(EnumText<TimePrecision>.Get(precision));
        }

        if (time.Start is { } start)
        {
            writer.Name(Keys.Start);
            writer.String(LocalDatePattern.Iso.Format(start));
        }

        if (time.End is { } end)
        {
            writer.Name(Keys.End);
            writer.String(LocalDatePattern.Iso.Format(end));
        }

        if (time.Mod is { } mod)
        {
            writer.Name(Keys.Mod);
            writer.String(EnumText<TimeMod>.Get(mod));
        }

        writer.EndObject();
    }

    private static void WriteEvent(IModelWriter writer, Event item)
    {
        writer.StartObject();
        writer.Name(Keys.Id);
        writer.String(item.Id.Value ?? string.Empty);
        writer.Name(Keys.Type);
        writer.String(EnumText<EventType>.Get(item.Type));
        OptionalString(writer, Keys.Cameo, item.Cameo);
        writer.Name(Keys.Trigger);
        WriteSegment(writer, item.Trigger);
        writer.Name(Keys.Participants);
        writer.StartArray();
        foreach (var participant in item.Participants)
        {
            writer.StartObject(compact: true);
            writer.Name(Keys.Actor);
            writer.String(participant.Actor.Value ?? string.Empty);
            writer.Name(Keys.Role);
            writer.String(EnumText<ParticipantRole>.Get(participant.Role));
            writer.EndObject();
        }

        writer.EndArray();
        OptionalId(writer, Keys.Place, item.Place?.Value);
        OptionalId(writer, Keys.Time, item.Time?.Value);
        writer.Name(Keys.Modality);
        writer.String(EnumText<Modality>.Get(item.Modality));
        if (item.Amount is { } amount)
        {
            writer.Name(Keys.Amount);
            writer.StartObject();
            writer.Name(Keys.Text);
            writer.String(amount.Text);
            WriteSpanProperty(writer, amount.Span);
            if (amount.Value is { } value)
            {
                writer.Name(Keys.Value);
                writer.Number(value);
            }

            OptionalString(writer, Keys.Currency, amount.Currency);
            writer.EndObject();
        }

        WriteSpanProperty(writer, item.Span);
        writer.EndObject();
    }

    private static void OptionalString(IModelWriter writer, Key key, string? value)
    {
        if (value is not null)
        {
            writer.Name(key);
            writer.String(value);
        }
    }

    private static void OptionalId(IModelWriter writer, Key key, string? id) => OptionalString(writer, key, id);

    private static void OptionalSegment(IModelWriter writer, Key key, TextSegment? segment)
    {
        if (segment is not null)
        {
            writer.Name(key);
            WriteSegment(writer, segment);
        }
    }

    private static void WriteSegment(IModelWriter writer, TextSegment segment)
    {
        writer.StartObject();
        writer.Name(Keys.Text);
        writer.String(segment.TextChars);
        WriteSpanProperty(writer, segment.Span);
        writer.EndObject();
    }

    private static void WriteSpanProperty(IModelWriter writer, TextSpan span)
    {
        writer.Name(Keys.Span);
        WriteSpan(writer, span);
    }

    private static void WriteSpan(IModelWriter writer, TextSpan span)
    {
        writer.StartObject(compact: true);
        writer.Name(Keys.Start);
        writer.Number(span.Start);
        writer.Name(Keys.Length);
        writer.Number(span.Length);
        writer.EndObject();
    }
}
