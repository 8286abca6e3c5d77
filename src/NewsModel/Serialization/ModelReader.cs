using System.Collections.Immutable;
using System.Globalization;

using NewsModel.Model;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Serialization;

/// <summary>
/// The one mapping from <c>newsmodel/1</c> tokens to the model, for JSON and YAML alike. It is
/// strict: unknown and duplicate keys, wrong types, bad enum names and dates are errors where they
/// stand. Spans, segment texts and id references are checked once the whole file is read (keys may
/// come in any order), each error still pointing at the place it came from.
/// </summary>
/// <typeparam name="TSource">The token source (a ref struct for JSON, so no bytes are copied).</typeparam>
internal ref struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private const string TopLevel = "the top level";

    private readonly List<SpanCheck> spans = [];
    private readonly List<Reference> references = [];
    private readonly HashSet<string> actorIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> quoteIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> timeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventIds = new(StringComparer.Ordinal);
    // Not readonly: the JSON source is a struct that Read() advances in place; a readonly field
    // would hand every call a fresh copy and the reader would never move.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE0044:Add readonly modifier", Justification = "Mutable struct advanced in place.")]
    private TSource source;

    public ModelReader(TSource source) => this.source = source;

    private enum IdKind
    {
        Actor,
        Time,
    }

    private TokenKind Kind => this.source.Kind;

    private long Here => this.source.Mark;

    /// <summary>Reads the whole input: one model, then the end.</summary>
    /// <returns>The article.</returns>
    public Article Read()
    {
        this.Next();
        if (this.Kind == TokenKind.EndOfInput)
        {
            throw this.Error(this.Here, "the file holds no model (it is empty)");
        }

        if (this.Kind != TokenKind.StartObject)
        {
            throw this.Error(this.Here, $"the top level must be an object with \"schema\": \"{Keys.SchemaVersion}\", found {this.Describe()}");
        }

        var mark = this.Here;
        var seen = 0;
        var schema = false;
        Article? article = null;
        var actors = ImmutableArray<Actor>.Empty;
        var quotes = ImmutableArray<Quote>.Empty;
        var times = ImmutableArray<TimeExpression>.Empty;
        var events = ImmutableArray<Event>.Empty;
        var tokens = ImmutableArray<TaggedToken>.Empty;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "schema":
                    this.Once(ref seen, 0, key, keyMark, TopLevel);
                    this.Schema();
                    schema = true;
                    break;
                case "article":
                    this.Once(ref seen, 1, key, keyMark, TopLevel);
                    this.Next();
                    article = this.ArticleHere();
                    break;
                case "actors":
                    this.Once(ref seen, 2, key, keyMark, TopLevel);
                    actors = this.Actors();
                    break;
                case "quotes":
                    this.Once(ref seen, 3, key, keyMark, TopLevel);
                    quotes = this.Quotes();
                    break;
                case "times":
                    this.Once(ref seen, 4, key, keyMark, TopLevel);
                    times = this.Times();
                    break;
                case "events":
                    this.Once(ref seen, 5, key, keyMark, TopLevel);
                    events = this.Events();
                    break;
                case "tokens":
                    this.Once(ref seen, 6, key, keyMark, TopLevel);
                    tokens = this.Tokens();
                    break;
                default:
                    throw this.Unknown(key, keyMark, TopLevel);
            }
        }

        if (!schema)
        {
            throw this.Error(mark, $"missing \"schema\": expected \"{Keys.SchemaVersion}\"");
        }

        if (article is null)
        {
            throw this.Missing("article", TopLevel, mark);
        }

        this.Next();
        if (this.Kind != TokenKind.EndOfInput)
        {
            throw this.Error(this.Here, $"unexpected {this.Describe()} after the model");
        }

        this.Validate(article.Text);
        return article with { Actors = actors, Quotes = quotes, Times = times, Events = events, Tokens = tokens };
    }

    private void Schema()
    {
        this.Next();
        var found = this.Kind == TokenKind.String ? TextPosition.Excerpt(this.source.GetString()) : this.Describe();
        if (this.Kind != TokenKind.String || this.source.GetString() != Keys.SchemaVersion)
        {
            throw this.Error(this.Here, $"unsupported schema {found}: expected \"{Keys.SchemaVersion}\"");
        }
    }

    private Article ArticleHere()
    {
        const string What = "article";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? text = null;
        string? url = null;
        LocalDate? published = null;
        TextSegment? headline = null;
        TextSegment? standfirst = null;
        TextSegment? source = null;
        Dateline? dateline = null;
        var bylines = ImmutableArray<TextSegment>.Empty;
        var media = ImmutableArray<MediaItem>.Empty;
        var sections = ImmutableArray<Section>.Empty;
        var sentences = ImmutableArray<Sentence>.Empty;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.String("article id");
                    break;
                case "text":
                    this.Once(ref seen, 1, key, keyMark, What);
                    text = this.String("article text");
                    break;
                case "published":
                    this.Once(ref seen, 2, key, keyMark, What);
                    published = this.OptionalDate("article published date");
                    break;
                case "url":
                    this.Once(ref seen, 3, key, keyMark, What);
                    url = this.OptionalString("article url");
                    break;
                case "headline":
                    this.Once(ref seen, 4, key, keyMark, What);
                    headline = this.OptionalSegment("headline");
                    break;
                case "standfirst":
                    this.Once(ref seen, 5, key, keyMark, What);
                    standfirst = this.OptionalSegment("standfirst");
                    break;
                case "bylines":
                    this.Once(ref seen, 6, key, keyMark, What);
                    var bylineList = ImmutableArray.CreateBuilder<TextSegment>();
                    if (this.StartList("bylines"))
                    {
                        while (this.NextItem())
                        {
                            bylineList.Add(this.SegmentHere("byline"));
                        }
                    }

                    bylines = bylineList.DrainToImmutable();
                    break;
                case "dateline":
                    this.Once(ref seen, 7, key, keyMark, What);
                    this.Next();
                    dateline = this.Kind == TokenKind.Null ? null : this.DatelineHere();
                    break;
                case "source":
                    this.Once(ref seen, 8, key, keyMark, What);
                    source = this.OptionalSegment("source");
                    break;
                case "media":
                    this.Once(ref seen, 9, key, keyMark, What);
                    var mediaList = ImmutableArray.CreateBuilder<MediaItem>();
                    if (this.StartList("media"))
                    {
                        while (this.NextItem())
                        {
                            mediaList.Add(this.MediaHere());
                        }
                    }

                    media = mediaList.DrainToImmutable();
                    break;
                case "sections":
                    this.Once(ref seen, 10, key, keyMark, What);
                    var sectionList = ImmutableArray.CreateBuilder<Section>();
                    if (this.StartList("sections"))
                    {
                        while (this.NextItem())
                        {
                            sectionList.Add(this.SectionHere());
                        }
                    }

                    sections = sectionList.DrainToImmutable();
                    break;
                case "sentences":
                    this.Once(ref seen, 11, key, keyMark, What);
                    var sentenceList = ImmutableArray.CreateBuilder<Sentence>();
                    if (this.StartList("sentences"))
                    {
                        while (this.NextItem())
                        {
                            sentenceList.Add(new Sentence(this.SpanHolderHere("sentence")));
                        }
                    }

                    sentences = sentenceList.DrainToImmutable();
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Article(new ArticleId(id ?? throw this.Missing("id", What, mark)), text ?? throw this.Missing("text", What, mark))
        {
            Published = published,
            Url = url,
            Headline = headline,
            Standfirst = standfirst,
            Bylines = bylines,
            Dateline = dateline,
            Source = source,
            Media = media,
            Sections = sections,
            Sentences = sentences,
        };
    }

    private Dateline DatelineHere()
    {
        const string What = "dateline";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        TextSegment? place = null;
        TextSegment? agency = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("dateline text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "place":
                    this.Once(ref seen, 2, key, keyMark, What);
                    place = this.OptionalSegment("dateline place");
                    break;
                case "agency":
                    this.Once(ref seen, 3, key, keyMark, What);
                    agency = this.OptionalSegment("dateline agency");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new Dateline(checkedText, checkedSpan, place, agency);
    }

    private MediaItem MediaHere()
    {
        const string What = "media item";
        this.ExpectObject(What);
        var seen = 0;
        TextSegment? title = null;
        TextSegment? caption = null;
        TextSegment? credit = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "title":
                    this.Once(ref seen, 0, key, keyMark, What);
                    title = this.OptionalSegment("media title");
                    break;
                case "caption":
                    this.Once(ref seen, 1, key, keyMark, What);
                    caption = this.OptionalSegment("media caption");
                    break;
                case "credit":
                    this.Once(ref seen, 2, key, keyMark, What);
                    credit = this.OptionalSegment("media credit");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new MediaItem(title, caption, credit);
    }

    private Section SectionHere()
    {
        const string What = "section";
        this.ExpectObject(What);
        var seen = 0;
        TextSegment? heading = null;
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "heading":
                    this.Once(ref seen, 0, key, keyMark, What);
                    heading = this.OptionalSegment("section heading");
                    break;
                case "paragraphs":
                    this.Once(ref seen, 1, key, keyMark, What);
                    if (this.StartList("paragraphs"))
                    {
                        while (this.NextItem())
                        {
                            paragraphs.Add(new Paragraph(this.SpanHolderHere("paragraph")));
                        }
                    }

                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Section(heading, paragraphs.DrainToImmutable());
    }

    private ImmutableArray<Actor> Actors()
    {
        var items = ImmutableArray.CreateBuilder<Actor>();
        if (this.StartList("actors"))
        {
            while (this.NextItem())
            {
                items.Add(this.ActorHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Actor ActorHere()
    {
        const string What = "actor";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? name = null;
        ActorKind? kind = null;
        string? affiliation = null;
        var roles = ImmutableArray.CreateBuilder<string>();
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.actorIds, "actor");
                    break;
                case "name":
                    this.Once(ref seen, 1, key, keyMark, What);
                    name = this.String("actor name");
                    break;
                case "kind":
                    this.Once(ref seen, 2, key, keyMark, What);
                    kind = this.Enum<ActorKind>("actor kind");
                    break;
                case "roles":
                    this.Once(ref seen, 3, key, keyMark, What);
                    if (this.StartList("roles"))
                    {
                        while (this.NextItem())
                        {
                            roles.Add(this.StringHere("role"));
                        }
                    }

                    break;
                case "affiliation":
                    this.Once(ref seen, 4, key, keyMark, What);
                    affiliation = this.OptionalReference(IdKind.Actor, "actor affiliation");
                    break;
                case "mentions":
                    this.Once(ref seen, 5, key, keyMark, What);
                    if (this.StartList("mentions"))
                    {
                        while (this.NextItem())
                        {
                            mentions.Add(this.MentionHere());
                        }
                    }

                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Actor(
            new ActorId(id ?? throw this.Missing("id", What, mark)),
            name ?? throw this.Missing("name", What, mark),
            kind ?? throw this.Missing("kind", What, mark))
        {
            Roles = roles.DrainToImmutable(),
            Affiliation = affiliation is null ? null : new ActorId(affiliation),
            Mentions = mentions.DrainToImmutable(),
        };
    }

    private Mention MentionHere()
    {
        const string What = "mention";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        MentionKind? kind = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("mention text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "kind":
                    this.Once(ref seen, 2, key, keyMark, What);
                    kind = this.Enum<MentionKind>("mention kind");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new Mention(checkedText, checkedSpan, kind ?? throw this.Missing("kind", What, mark));
    }

    private ImmutableArray<Quote> Quotes()
    {
        var items = ImmutableArray.CreateBuilder<Quote>();
        if (this.StartList("quotes"))
        {
            while (this.NextItem())
            {
                items.Add(this.QuoteHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Quote QuoteHere()
    {
        const string What = "quote";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        QuoteKind? kind = null;
        string? text = null;
        TextSpan? span = null;
        string? speaker = null;
        TextSpan? speakerMention = null;
        TextSegment? cue = null;
        string? addressee = null;
        var parts = ImmutableArray<TextSpan>.Empty;
        var partsMark = 0L;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.quoteIds, "quote");
                    break;
                case "parts":
                    this.Once(ref seen, 8, key, keyMark, What);
                    partsMark = keyMark;
                    var partList = ImmutableArray.CreateBuilder<TextSpan>();
                    if (this.StartList("quote parts"))
                    {
                        while (this.NextItem())
                        {
                            partList.Add(this.SpanHere("quote part"));
                        }
                    }

                    parts = partList.DrainToImmutable();
                    break;
                case "kind":
                    this.Once(ref seen, 1, key, keyMark, What);
                    kind = this.Enum<QuoteKind>("quote kind");
                    break;
                case "text":
                    this.Once(ref seen, 2, key, keyMark, What);
                    text = this.String("quote text");
                    break;
                case "span":
                    this.Once(ref seen, 3, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "speaker":
                    this.Once(ref seen, 4, key, keyMark, What);
                    speaker = this.OptionalReference(IdKind.Actor, "quote speaker");
                    break;
                case "speakerMention":
                    this.Once(ref seen, 5, key, keyMark, What);
                    this.Next();
                    speakerMention = this.Kind == TokenKind.Null ? null : this.SpanHere("speaker mention");
                    break;
                case "cue":
                    this.Once(ref seen, 6, key, keyMark, What);
                    cue = this.OptionalSegment("cue");
                    break;
                case "addressee":
                    this.Once(ref seen, 7, key, keyMark, What);
                    addressee = this.OptionalReference(IdKind.Actor, "quote addressee");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var quoteId = id ?? throw this.Missing("id", What, mark);
        var quoteKind = kind ?? throw this.Missing("kind", What, mark);
        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        if (parts.Length == 1)
        {
            throw this.Error(partsMark, $"quote {quoteId} has one part: a quote in one piece has none, a split one two or more");
        }

        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p].Length == 0 || !checkedSpan.Contains(parts[p]) || (p > 0 && parts[p].Start < parts[p - 1].End))
            {
                throw this.Error(partsMark, $"the parts of quote {quoteId} must lie inside its span, in order and apart, none empty");
            }
        }

        return new Quote(new QuoteId(quoteId), quoteKind, checkedText, checkedSpan)
        {
            Parts = parts,
            Speaker = speaker is null ? null : new ActorId(speaker),
            SpeakerMention = speakerMention,
            Cue = cue,
            Addressee = addressee is null ? null : new ActorId(addressee),
        };
    }

    private ImmutableArray<TimeExpression> Times()
    {
        var items = ImmutableArray.CreateBuilder<TimeExpression>();
        if (this.StartList("times"))
        {
            while (this.NextItem())
            {
                items.Add(this.TimeHere());
            }
        }

        return items.DrainToImmutable();
    }

    private TimeExpression TimeHere()
    {
        const string What = "time";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? text = null;
        TextSpan? span = null;
        TimeType? type = null;
        string? value = null;
        TimePrecision? precision = null;
        LocalDate? start = null;
        LocalDate? end = null;
        TimeMod? mod = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.timeIds, "time");
                    break;
                case "text":
                    this.Once(ref seen, 1, key, keyMark, What);
                    text = this.String("time text");
                    break;
                case "span":
                    this.Once(ref seen, 2, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "type":
                    this.Once(ref seen, 3, key, keyMark, What);
                    type = this.Enum<TimeType>("time type");
                    break;
                case "value":
                    this.Once(ref seen, 4, key, keyMark, What);
                    value = this.String("time value");
                    break;
                case "precision":
                    this.Once(ref seen, 5, key, keyMark, What);
                    precision = this.OptionalEnum<TimePrecision>("time precision");
                    break;
                case "start":
                    this.Once(ref seen, 6, key, keyMark, What);
                    start = this.OptionalDate("time start");
                    break;
                case "end":
                    this.Once(ref seen, 7, key, keyMark, What);
                    end = this.OptionalDate("time end");
                    break;
                case "mod":
                    this.Once(ref seen, 8, key, keyMark, What);
                    mod = this.OptionalEnum<TimeMod>("time mod");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var timeId = id ?? throw this.Missing("id", What, mark);
        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new TimeExpression(
            new TimeId(timeId),
            checkedText,
            checkedSpan,
            type ?? throw this.Missing("type", What, mark),
            value ?? throw this.Missing("value", What, mark))
        {
            Precision = precision,
            Start = start,
            End = end,
            Mod = mod,
        };
    }

    private ImmutableArray<TaggedToken> Tokens()
    {
        const string What = "token";
        var items = ImmutableArray.CreateBuilder<TaggedToken>();

        // A model file holds thousands of tokens and a few dozen tags: one string per tag.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (this.StartList("tokens"))
        {
            while (this.NextItem())
            {
                var mark = this.ExpectObject(What);
                var seen = 0;
                TextSpan? span = null;
                string? tag = null;
                while (this.NextKey(out var key, out var keyMark))
                {
                    switch (key)
                    {
                        case "span":
                            this.Once(ref seen, 0, key, keyMark, What);
                            span = this.Span(What);
                            break;
                        case "tag":
                            this.Once(ref seen, 1, key, keyMark, What);
                            var text = this.String("token tag");
                            if (text.Length == 0)
                            {
                                throw this.Error(keyMark, "a token's tag is empty");
                            }

                            tag = tags.TryGetValue(text, out var kept) ? kept : tags[text] = text;
                            break;
                        default:
                            throw this.Unknown(key, keyMark, What);
                    }
                }

                items.Add(new TaggedToken(span ?? throw this.Missing("span", What, mark), tag ?? throw this.Missing("tag", What, mark)));
            }
        }

        return items.DrainToImmutable();
    }

    private ImmutableArray<Event> Events()
    {
        var items = ImmutableArray.CreateBuilder<Event>();
        if (this.StartList("events"))
        {
            while (this.NextItem())
            {
                items.Add(this.EventHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Event EventHere()
    {
        const string What = "event";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        EventType? type = null;
        string? cameo = null;
        TextSegment? trigger = null;
        var participants = ImmutableArray.CreateBuilder<Participant>();
        string? place = null;
        string? time = null;
        Modality? modality = null;
        MoneyAmount? amount = null;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.eventIds, "event");
                    break;
                case "type":
                    this.Once(ref seen, 1, key, keyMark, What);
                    type = this.Enum<EventType>("event type");
                    break;
                case "cameo":
                    this.Once(ref seen, 2, key, keyMark, What);
                    cameo = this.OptionalString("event cameo code");
                    break;
                case "trigger":
                    this.Once(ref seen, 3, key, keyMark, What);
                    trigger = this.Segment("event trigger");
                    break;
                case "participants":
                    this.Once(ref seen, 4, key, keyMark, What);
                    if (this.StartList("participants"))
                    {
                        while (this.NextItem())
                        {
                            participants.Add(this.ParticipantHere());
                        }
                    }

                    break;
                case "place":
                    this.Once(ref seen, 5, key, keyMark, What);
                    place = this.OptionalReference(IdKind.Actor, "event place");
                    break;
                case "time":
                    this.Once(ref seen, 6, key, keyMark, What);
                    time = this.OptionalReference(IdKind.Time, "event time");
                    break;
                case "modality":
                    this.Once(ref seen, 7, key, keyMark, What);
                    modality = this.Enum<Modality>("event modality");
                    break;
                case "amount":
                    this.Once(ref seen, 8, key, keyMark, What);
                    this.Next();
                    amount = this.Kind == TokenKind.Null ? null : this.AmountHere();
                    break;
                case "span":
                    this.Once(ref seen, 9, key, keyMark, What);
                    span = this.Span(What);
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Event(
            new EventId(id ?? throw this.Missing("id", What, mark)),
            type ?? throw this.Missing("type", What, mark),
            trigger ?? throw this.Missing("trigger", What, mark),
            span ?? throw this.Missing("span", What, mark))
        {
            Cameo = cameo,
            Participants = participants.DrainToImmutable(),
            Place = place is null ? null : new ActorId(place),
            Time = time is null ? null : new TimeId(time),
            Modality = modality ?? throw this.Missing("modality", What, mark),
            Amount = amount,
        };
    }

    private Participant ParticipantHere()
    {
        const string What = "participant";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? actor = null;
        ParticipantRole? role = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "actor":
                    this.Once(ref seen, 0, key, keyMark, What);
                    actor = this.String("participant actor");
                    this.references.Add(new Reference(IdKind.Actor, actor, this.Here, "participant actor"));
                    break;
                case "role":
                    this.Once(ref seen, 1, key, keyMark, What);
                    role = this.Enum<ParticipantRole>("participant role");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Participant(new ActorId(actor ?? throw this.Missing("actor", What, mark)), role ?? throw this.Missing("role", What, mark));
    }

    private MoneyAmount AmountHere()
    {
        const string What = "amount";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        decimal? value = null;
        string? currency = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("amount text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "value":
                    this.Once(ref seen, 2, key, keyMark, What);
                    value = this.OptionalDecimal("amount value");
                    break;
                case "currency":
                    this.Once(ref seen, 3, key, keyMark, What);
                    currency = this.OptionalString("amount currency");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new MoneyAmount(checkedText, checkedSpan, value, currency);
    }

    private TextSegment? OptionalSegment(string what)
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.SegmentHere(what);
    }

    private TextSegment Segment(string what)
    {
        this.Next();
        return this.SegmentHere(what);
    }

    private TextSegment SegmentHere(string what)
    {
        var mark = this.ExpectObject(what);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, what);
                    text = this.String(what + " text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, what);
                    span = this.Span(what);
                    break;
                default:
                    throw this.Unknown(key, keyMark, what);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, what);
        return new TextSegment(checkedText, checkedSpan);
    }

    private TextSpan SpanHolderHere(string what)
    {
        // A paragraph or a sentence: an object holding only a span.
        var mark = this.ExpectObject(what);
        var seen = 0;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            if (key != "span")
            {
                throw this.Unknown(key, keyMark, what);
            }

            this.Once(ref seen, 0, key, keyMark, what);
            span = this.Span(what);
        }

        return span ?? throw this.Missing("span", what, mark);
    }

    private TextSpan Span(string what)
    {
        this.Next();
        return this.SpanHere(what);
    }

    private TextSpan SpanHere(string what)
    {
        var context = what + " span";
        var mark = this.ExpectObject(context);
        var seen = 0;
        int? start = null;
        int? length = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "start":
                    this.Once(ref seen, 0, key, keyMark, context);
                    start = this.NonNegative(context + " start");
                    break;
                case "length":
                    this.Once(ref seen, 1, key, keyMark, context);
                    length = this.NonNegative(context + " length");
                    break;
                default:
                    throw this.Unknown(key, keyMark, context);
            }
        }

        var span = new TextSpan(start ?? throw this.Missing("start", context, mark), length ?? throw this.Missing("length", context, mark));
        this.spans.Add(new SpanCheck(span, null, mark, what));
        return span;
    }

    private (string Text, TextSpan Span) TextAtSpan(string? text, TextSpan? span, long mark, string what)
    {
        var checkedText = text ?? throw this.Missing("text", what, mark);
        var checkedSpan = span ?? throw this.Missing("span", what, mark);
        this.spans.Add(new SpanCheck(checkedSpan, checkedText, mark, what));
        return (checkedText, checkedSpan);
    }

    private void Validate(string text)
    {
        foreach (var check in this.spans)
        {
            var span = check.Span;
            if (!span.FitsIn(text.Length))
            {
                throw this.Error(check.Mark, $"the {check.What} span {{start: {span.Start}, length: {span.Length}}} is outside the article text ({text.Length} characters)");
            }

            if (SplitsPair(text, span.Start) || SplitsPair(text, span.End))
            {
                throw this.Error(check.Mark, $"the {check.What} span {{start: {span.Start}, length: {span.Length}}} splits a surrogate pair");
            }

            if (check.Text is { } expected && !text.AsSpan(span.Start, span.Length).SequenceEqual(expected))
            {
                throw this.Error(check.Mark, $"the {check.What} text {TextPosition.Excerpt(expected)} is not the text at its span, {TextPosition.Excerpt(text.Substring(span.Start, span.Length))}");
            }
        }

        foreach (var reference in this.references)
        {
            var (ids, kind) = reference.Kind == IdKind.Actor ? (this.actorIds, "an actor") : (this.timeIds, "a time");
            if (!ids.Contains(reference.Id))
            {
                throw this.Error(reference.Mark, $"the {reference.What} {TextPosition.Excerpt(reference.Id)} is not the id of {kind} in this file");
            }
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private void Next() => this.source.Read();

    private long ExpectObject(string what)
    {
        if (this.Kind != TokenKind.StartObject)
        {
            throw this.TypeError("an object", what);
        }

        return this.Here;
    }

    private bool NextKey(out string key, out long mark)
    {
        this.Next();
        mark = this.Here;
        if (this.Kind == TokenKind.EndObject)
        {
            key = string.Empty;
            return false;
        }

        key = this.source.GetString();
        return true;
    }

    private bool StartList(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return false;
        }

        if (this.Kind != TokenKind.StartArray)
        {
            throw this.TypeError("a list", what);
        }

        return true;
    }

    private bool NextItem()
    {
        this.Next();
        return this.Kind != TokenKind.EndArray;
    }

    private string String(string what)
    {
        this.Next();
        return this.StringHere(what);
    }

    private string StringHere(string what) => this.Kind == TokenKind.String ? this.source.GetString() : throw this.TypeError("a string", what);

    private string? OptionalString(string what)
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.StringHere(what);
    }

    private string NewId(HashSet<string> ids, string what)
    {
        var id = this.String(what + " id");
        if (id.Length == 0)
        {
            throw this.Error(this.Here, $"the {what} id is empty");
        }

        if (!ids.Add(id))
        {
            throw this.Error(this.Here, $"duplicate {what} id {TextPosition.Excerpt(id)}");
        }

        return id;
    }

    private string? OptionalReference(IdKind kind, string what)
    {
        var id = this.OptionalString(what);
        if (id is not null)
        {
            this.references.Add(new Reference(kind, id, this.Here, what));
        }

        return id;
    }

    private int NonNegative(string what)
    {
        this.Next();
        if (this.Kind != TokenKind.Number || !this.source.TryGetInt32(out var value))
        {
            throw this.TypeError("an integer", what);
        }

        return value >= 0 ? value : throw this.Error(this.Here, $"the {what} is negative ({value})");
    }

    private decimal? OptionalDecimal(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return null;
        }

        return this.Kind == TokenKind.Number && this.source.TryGetDecimal(out var value) ? value : throw this.TypeError("a number", what);
    }

    private T Enum<T>(string what)
        where T : struct, Enum
    {
        this.Next();
        return this.EnumHere<T>(what);
    }

    private T? OptionalEnum<T>(string what)
        where T : struct, Enum
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.EnumHere<T>(what);
    }

    private T EnumHere<T>(string what)
        where T : struct, Enum
    {
        var text = this.StringHere(what);
        return EnumText<T>.TryParse(text, out var value)
            ? value
            : throw this.Error(this.Here, $"bad {what} {TextPosition.Excerpt(text)}: expected one of {EnumText<T>.Expected}");
    }

    private LocalDate? OptionalDate(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return null;
        }

        var text = this.StringHere(what);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw this.Error(this.Here, $"bad {what} {TextPosition.Excerpt(text)}: expected an ISO date (yyyy-MM-dd)");
    }

    private void Once(ref int seen, int bit, string key, long mark, string context)
    {
        if ((seen & (1 << bit)) != 0)
        {
            throw this.Error(mark, $"duplicate key \"{key}\" in {context}");
        }

        seen |= 1 << bit;
    }

    private NewsModelException Unknown(string key, long mark, string context) =>
        this.Error(mark, $"unknown key {TextPosition.Excerpt(key)} in {context}");

    private NewsModelException Missing(string key, string context, long mark) =>
        this.Error(mark, $"missing key \"{key}\" in {context}");

    private NewsModelException TypeError(string expected, string what) =>
        this.Error(this.Here, $"the {what} must be {expected}, found {this.Describe()}");

    private NewsModelException Error(long mark, string message) => new(this.source.ErrorAt(mark, message));

    private string Describe() => this.Kind switch
    {
        TokenKind.StartObject => "an object",
        TokenKind.StartArray => "a list",
        TokenKind.String => "the string " + TextPosition.Excerpt(this.source.GetString()),
        TokenKind.Number => "the number " + this.source.GetString(),
        TokenKind.True => "true",
        TokenKind.False => "false",
        TokenKind.Null => "null",
        TokenKind.EndObject => "the end of an object",
        TokenKind.EndArray => "the end of a list",
        TokenKind.EndOfInput => "the end of the file",
        _ => this.Kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private readonly record struct SpanCheck(TextSpan Span, string? Text, long Mark, string What);

    private readonly record struct Reference(IdKind Kind, string Id, long Mark, string What);
}
