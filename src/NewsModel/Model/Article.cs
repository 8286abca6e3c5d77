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
    /// <summary>The publication date, from the caller, front matter or the text; null when unknown.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The article's URL, from front matter.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public TextSegment? Headline { get; init; }

    /// <summary>The standfirst (dek, summary) under the headline.</summary>
    public TextSegment? Standfirst { get; init; }

    /// <summary>The bylines ("Jane Doe" from "By Jane Doe").</summary>
    public EquatableArray<TextSegment> Bylines { get; init; }

    /// <summary>The dateline that opens the body ("MOSCOW (Reuters) -").</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Who published it ("Al Jazeera" from "Source: Al Jazeera").</summary>
    public TextSegment? Source { get; init; }

    /// <summary>Pictures with their title, caption and credit.</summary>
    public EquatableArray<MediaItem> Media { get; init; }

    /// <summary>The body's sections.</summary>
    public EquatableArray<Section> Sections { get; init; }

    /// <summary>The sentences of the headline, standfirst and body, in text order.</summary>
    public EquatableArray<Sentence> Sentences { get; init; }

    /// <summary>People, organisations, countries, places and groups.</summary>
    public EquatableArray<Actor> Actors { get; init; }

    /// <summary>Quotes with their speakers.</summary>
    public EquatableArray<Quote> Quotes { get; init; }

    /// <summary>Temporal expressions.</summary>
    public EquatableArray<TimeExpression> Times { get; init; }

    /// <summary>Events.</summary>
    public EquatableArray<Event> Events { get; init; }

    /// <summary>The body's paragraphs in order, across sections.</summary>
    public IEnumerable<Paragraph> Paragraphs => this.Sections.SelectMany(s => s.Paragraphs);

    /// <summary>The text at <paramref name="span"/>.</summary>
    /// <param name="span">A span of this article.</param>
    /// <returns>The covered text.</returns>
    public string Slice(TextSpan span) => span.Slice(this.Text);
}
