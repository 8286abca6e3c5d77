using NodaTime;

namespace NewsModel.Model;

/// <summary>
/// A news article: its exact text, its layout and what was extracted from it. Every part points
/// at <see cref="Text"/> with a <see cref="TextSpan"/>.
/// </summary>
/// <param name="Id">The article's id (by default its file name without extension).</param>
/// <param name="Text">The exact input text, without a byte-order mark.</param>
public sealed record Article(ArticleId Id, string Text)
{
    // Fields rather than auto-properties so that the built-in stages can set their results on an
    // article no one else holds yet, during a read, instead of copying it once per stage (see
    // ExtractionContext.Owns): a copy per stage was a fifth of what a short article's read
    // allocated. Once a read returns, an article is never changed.
    private LocalDate? published;
    private string? url;
    private TextSegment? headline;
    private TextSegment? standfirst;
    private EquatableArray<TextSegment> bylines;
    private Dateline? dateline;
    private TextSegment? source;
    private EquatableArray<MediaItem> media;
    private EquatableArray<Section> sections;
    private EquatableArray<Sentence> sentences;
    private EquatableArray<TaggedToken> tokens;
    private EquatableArray<Actor> actors;
    private EquatableArray<Quote> quotes;
    private EquatableArray<TimeExpression> times;
    private EquatableArray<Event> events;

    /// <summary>The publication date, from the caller, front matter or the text; null when unknown.</summary>
    public LocalDate? Published { get => this.published; init => this.published = value; }

    /// <summary>
    /// <see cref="Published"/> as a <see cref="DateOnly"/>, for code that does not use NodaTime.
    /// </summary>
    // Computed rather than kept, so that the record's equality and its fields stay as they are.
    public DateOnly? PublishedDate => this.published?.ToDateOnly();

    /// <summary>The article's URL, from the caller (<see cref="ReadOptions.Url"/>) or front matter.</summary>
    public string? Url { get => this.url; init => this.url = value; }

    /// <summary>The headline.</summary>
    public TextSegment? Headline { get => this.headline; init => this.headline = value; }

    /// <summary>The standfirst (dek, summary) under the headline.</summary>
    public TextSegment? Standfirst { get => this.standfirst; init => this.standfirst = value; }

    /// <summary>The bylines ("Jane Doe" from "By Jane Doe").</summary>
    public EquatableArray<TextSegment> Bylines { get => this.bylines; init => this.bylines = value; }

    /// <summary>The dateline that opens the body ("MOSCOW (Reuters) -").</summary>
    public Dateline? Dateline { get => this.dateline; init => this.dateline = value; }

    /// <summary>Who published it ("Al Jazeera" from "Source: Al Jazeera").</summary>
    public TextSegment? Source { get => this.source; init => this.source = value; }

    /// <summary>Pictures with their title, caption and credit.</summary>
    public EquatableArray<MediaItem> Media { get => this.media; init => this.media = value; }

    /// <summary>The body's sections.</summary>
    public EquatableArray<Section> Sections { get => this.sections; init => this.sections = value; }

    /// <summary>The sentences of the headline, standfirst and body, in text order.</summary>
    public EquatableArray<Sentence> Sentences { get => this.sentences; init => this.sentences = value; }

    /// <summary>
    /// The tokens with their part-of-speech tags, in text order, when the read was asked to keep
    /// them (<see cref="ReadOptions.KeepTokens"/>); empty otherwise.
    /// </summary>
    public EquatableArray<TaggedToken> Tokens { get => this.tokens; init => this.tokens = value; }

    /// <summary>People, organisations, countries, places and groups.</summary>
    public EquatableArray<Actor> Actors { get => this.actors; init => this.actors = value; }

    /// <summary>Quotes with their speakers.</summary>
    public EquatableArray<Quote> Quotes { get => this.quotes; init => this.quotes = value; }

    /// <summary>Temporal expressions.</summary>
    public EquatableArray<TimeExpression> Times { get => this.times; init => this.times = value; }

    /// <summary>Events.</summary>
    public EquatableArray<Event> Events { get => this.events; init => this.events = value; }

    /// <summary>The body's paragraphs in order, across sections.</summary>
    public IEnumerable<Paragraph> Paragraphs => this.Sections.SelectMany(s => s.Paragraphs);

    /// <summary>The text at <paramref name="span"/>.</summary>
    /// <param name="span">A span of this article.</param>
    /// <returns>The covered text.</returns>
    public string Slice(TextSpan span) => span.Slice(this.Text);

    // The lookups scan the lists: an article holds tens of actors, quotes, times and events, and a
    // dictionary kept in a field would take part in the record's equality and could go stale, as
    // the built-in stages fill an article in place during a read.

    /// <summary>The actor with an id (the first, should two share it).</summary>
    /// <param name="id">The id, such as a quote's <see cref="Quote.Speaker"/>.</param>
    /// <returns>The actor, or null when <paramref name="id"/> is null or no actor has it.</returns>
    public Actor? FindActor(ActorId? id)
    {
        if (id is { } wanted)
        {
            foreach (var actor in this.actors)
            {
                if (actor.Id == wanted)
                {
                    return actor;
                }
            }
        }

        return null;
    }

    /// <summary>The quote with an id (the first, should two share it).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The quote, or null when <paramref name="id"/> is null or no quote has it.</returns>
    public Quote? FindQuote(QuoteId? id)
    {
        if (id is { } wanted)
        {
            foreach (var quote in this.quotes)
            {
                if (quote.Id == wanted)
                {
                    return quote;
                }
            }
        }

        return null;
    }

    /// <summary>The temporal expression with an id (the first, should two share it).</summary>
    /// <param name="id">The id, such as an event's <see cref="Event.Time"/>.</param>
    /// <returns>The time, or null when <paramref name="id"/> is null or no time has it.</returns>
    public TimeExpression? FindTime(TimeId? id)
    {
        if (id is { } wanted)
        {
            foreach (var time in this.times)
            {
                if (time.Id == wanted)
                {
                    return time;
                }
            }
        }

        return null;
    }

    /// <summary>The event with an id (the first, should two share it).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event, or null when <paramref name="id"/> is null or no event has it.</returns>
    public Event? FindEvent(EventId? id)
    {
        if (id is { } wanted)
        {
            foreach (var e in this.events)
            {
                if (e.Id == wanted)
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>The actor who said a quote.</summary>
    /// <param name="quote">A quote of this article.</param>
    /// <returns>The speaker, or null when the quote has none or names no actor of this article.</returns>
    public Actor? SpeakerOf(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return this.FindActor(quote.Speaker);
    }

    /// <summary>Sets the layout on an article the read alone holds (see the fields' comment).</summary>
    internal Article SetLayout(LocalDate? published, string? url, TextSegment? headline, TextSegment? standfirst, EquatableArray<TextSegment> bylines, Dateline? dateline, TextSegment? source, EquatableArray<MediaItem> media, EquatableArray<Section> sections)
    {
        this.published = published;
        this.url = url;
        this.headline = headline;
        this.standfirst = standfirst;
        this.bylines = bylines;
        this.dateline = dateline;
        this.source = source;
        this.media = media;
        this.sections = sections;
        return this;
    }

    /// <summary>Sets the sentences on an article the read alone holds.</summary>
    internal Article SetSentences(EquatableArray<Sentence> sentences)
    {
        this.sentences = sentences;
        return this;
    }

    /// <summary>Sets the tokens on an article the read alone holds.</summary>
    internal Article SetTokens(EquatableArray<TaggedToken> tokens)
    {
        this.tokens = tokens;
        return this;
    }

    /// <summary>Sets the actors on an article the read alone holds.</summary>
    internal Article SetActors(EquatableArray<Actor> actors)
    {
        this.actors = actors;
        return this;
    }

    /// <summary>The index of the last sentence that starts at or before an offset, or -1 when none does.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The sentence's index in <see cref="Sentences"/>.</returns>
    internal int SentenceAt(int offset)
    {
        var sentences = this.Sentences.AsSpan();
        int low = 0, high = sentences.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = sentences[middle].Span.Start <= offset ? (middle + 1, high) : (low, middle);
        }

        return low - 1;
    }

    /// <summary>Sets the quotes, and the actors they add mentions to, on an article the read alone holds.</summary>
    internal Article SetQuotes(EquatableArray<Quote> quotes, EquatableArray<Actor> actors)
    {
        this.quotes = quotes;
        this.actors = actors;
        return this;
    }

    /// <summary>Sets the times on an article the read alone holds.</summary>
    internal Article SetTimes(EquatableArray<TimeExpression> times)
    {
        this.times = times;
        return this;
    }

    /// <summary>Sets the events on an article the read alone holds.</summary>
    internal Article SetEvents(EquatableArray<Event> events)
    {
        this.events = events;
        return this;
    }
}
