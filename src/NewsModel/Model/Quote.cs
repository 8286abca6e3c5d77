namespace NewsModel.Model;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>A whole statement in quote marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside the writer's sentence.</summary>
    Partial,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,

    /// <summary>Reported speech that carries quoted fragments.</summary>
    Mixed,
}

/// <summary>Something an actor said, wrote or claimed, with its speaker and cue.</summary>
/// <remarks>
/// A quote read from an article makes the string of its <see cref="Text"/> only when that is first
/// asked for; until then it holds the article's text. Two quotes are equal when all their values are.
/// </remarks>
public sealed record Quote
{
    private SpanText text;

    // See OptionalId: the speaker and the addressee in one reference each.
    private readonly object? speaker;
    private readonly object? addressee;

    /// <summary>Creates a quote.</summary>
    /// <param name="Id">The quote's id (<c>q1</c>).</param>
    /// <param name="Kind">How the quote reports what was said.</param>
    /// <param name="Text">The content: the quoted or reported words, exactly as at <paramref name="Span"/>.</param>
    /// <param name="Span">Where the content stands.</param>
    // The parameters keep the names of the positional record this was: named arguments go on working.
    public Quote(QuoteId Id, QuoteKind Kind, string Text, TextSpan Span)
        : this(Id, Kind, SpanText.Own(Text, Span))
    {
    }

    // For a quote read from an article: the text is SpanText.InSource of the article's text.
    internal Quote(QuoteId id, QuoteKind kind, SpanText text)
    {
        this.Id = id;
        this.Kind = kind;
        this.text = text;
    }

    /// <summary>The quote's id (<c>q1</c>).</summary>
    public QuoteId Id { get; init; }

    /// <summary>How the quote reports what was said.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>The content: the quoted or reported words, exactly as at <see cref="Span"/>.</summary>
    public string Text { get => this.text.Get(); init => this.text = this.text.WithText(value); }

    /// <summary>Where the content stands.</summary>
    public TextSpan Span { get => this.text.Span; init => this.text = this.text.WithSpan(value); }

    /// <summary>Who said it; null when the text does not say.</summary>
    public ActorId? Speaker
    {
        get => this.speaker is { } kept ? new ActorId(OptionalId.ValueOf(kept)) : null;
        init => this.speaker = OptionalId.Keep(value?.Value, value.HasValue);
    }

    /// <summary>
    /// The quoted words when the span also holds words that are not the quote's: a quote split
    /// around its attribution ("“We will win,” he said, “and soon.”") has a part on each side,
    /// each inside <see cref="Span"/>, in text order. Empty when the whole span is the quote's
    /// words, as for most quotes.
    /// </summary>
    public EquatableArray<TextSpan> Parts { get; init; }

    /// <summary>The mention of the speaker that the attribution uses ("Peskov", "she").</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>The reporting verb or phrase ("said", "according to", a colon); null when there is none.</summary>
    public TextSegment? Cue { get; init; }

    /// <summary>Who the quote is addressed to, when it names them ("Mr President").</summary>
    public ActorId? Addressee
    {
        get => this.addressee is { } kept ? new ActorId(OptionalId.ValueOf(kept)) : null;
        init => this.addressee = OptionalId.Keep(value?.Value, value.HasValue);
    }

    /// <summary>The text's characters, without making a string of them.</summary>
    internal ReadOnlySpan<char> TextChars => this.text.Chars;

    /// <summary>Gives the id, kind, text and span.</summary>
    /// <param name="Id">The quote's id.</param>
    /// <param name="Kind">How the quote reports what was said.</param>
    /// <param name="Text">The content.</param>
    /// <param name="Span">Where the content stands.</param>
    public void Deconstruct(out QuoteId Id, out QuoteKind Kind, out string Text, out TextSpan Span)
    {
        Id = this.Id;
        Kind = this.Kind;
        Text = this.Text;
        Span = this.text.Span;
    }

    /// <inheritdoc/>
    public bool Equals(Quote? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && this.Id == other.Id
            && this.Kind == other.Kind
            && this.Speaker == other.Speaker
            && this.SpeakerMention == other.SpeakerMention
            && this.Cue == other.Cue
            && this.Addressee == other.Addressee
            && this.Parts == other.Parts
            && this.text.SameAs(other.text));

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(this.Id, this.Kind, this.Speaker, this.SpeakerMention, this.Cue, this.Addressee, this.Parts, this.text.Hash());
}
