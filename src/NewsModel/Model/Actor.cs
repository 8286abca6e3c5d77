namespace NewsModel.Model;

/// <summary>What kind of thing an actor is.</summary>
public enum ActorKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation: a company, a ministry, a party, a newspaper, an international body.</summary>
    Organization,

    /// <summary>A sovereign country (and its government when it acts).</summary>
    Country,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>Any other place: a region, a state, a river, a building.</summary>
    Place,

    /// <summary>A group of people or actors without an organisation of its own ("the opposition").</summary>
    Group,
}

/// <summary>How a mention refers to its actor.</summary>
public enum MentionKind
{
    /// <summary>A proper name or part of one ("Vladimir Putin", "Putin").</summary>
    Name,

    /// <summary>A title or description ("the Venezuelan president", "Russian counterpart").</summary>
    Description,

    /// <summary>A pronoun ("she", "it").</summary>
    Pronoun,

    /// <summary>A place standing for its government ("Moscow said").</summary>
    Metonym,

    /// <summary>An adjective of nationality ("Venezuelan").</summary>
    Demonym,

    /// <summary>An acronym or abbreviation ("UNGA").</summary>
    Acronym,
}

/// <summary>One place where the text refers to an actor.</summary>
/// <remarks>
/// A value, as a read makes one for every name, title and pronoun it links: an array of them is
/// one object, not one more per mention. A mention read from an article holds the article's text
/// and its span, and <see cref="Text"/> makes the string when asked (each time: a value has
/// nowhere to keep it), so keep the string rather than ask again in a loop. Two mentions are
/// equal when their texts, spans and kinds are.
/// </remarks>
public readonly record struct Mention
{
    private readonly SpanText text;

    /// <summary>Creates a mention.</summary>
    /// <param name="Text">The text at <paramref name="Span"/>.</param>
    /// <param name="Span">Where it stands.</param>
    /// <param name="Kind">How it refers.</param>
    // The parameters keep the names of the positional record this was: named arguments go on working.
    public Mention(string Text, TextSpan Span, MentionKind Kind = MentionKind.Name)
        : this(SpanText.Own(Text, Span), Kind)
    {
    }

    private Mention(SpanText text, MentionKind kind)
    {
        this.text = text;
        this.Kind = kind;
    }

    /// <summary>The text at <see cref="Span"/>.</summary>
    public string Text { get => this.text.Make(); init => this.text = this.text.WithText(value); }

    /// <summary>Where it stands.</summary>
    public TextSpan Span { get => this.text.Span; init => this.text = this.text.WithSpan(value); }

    /// <summary>How it refers.</summary>
    public MentionKind Kind { get; init; }

    /// <summary>The text's characters, without making a string of them.</summary>
    internal ReadOnlySpan<char> TextChars => this.text.Chars;

    /// <summary>Gives the text, span and kind.</summary>
    /// <param name="Text">The text at <paramref name="Span"/>.</param>
    /// <param name="Span">Where it stands.</param>
    /// <param name="Kind">How it refers.</param>
    public void Deconstruct(out string Text, out TextSpan Span, out MentionKind Kind)
    {
        Text = this.Text;
        Span = this.text.Span;
        Kind = this.Kind;
    }

    /// <inheritdoc/>
    public bool Equals(Mention other) => this.Kind == other.Kind && this.text.SameAs(other.text);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(this.Kind, this.text.Hash());

    /// <summary>A mention of the text at <paramref name="span"/> of <paramref name="articleText"/>.</summary>
    internal static Mention InArticle(string articleText, TextSpan span, MentionKind kind) => new(SpanText.InSource(articleText, span), kind);
}

/// <summary>A person, organisation, country, city, place or group the article speaks of.</summary>
/// <param name="Id">A stable slug of the fullest name (<c>vladimir-putin</c>): the same in every article.</param>
/// <param name="Name">The fullest name the article gives.</param>
/// <param name="Kind">What kind of actor it is.</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind)
{
    // See OptionalId: the affiliation in one reference.
    private readonly object? affiliation;

    /// <summary>Roles from titles and appositives ("Kremlin spokesman", "president").</summary>
    public EquatableArray<string> Roles { get; init; }

    /// <summary>The actor it belongs to (a spokesman's ministry, a city's country), if any.</summary>
    public ActorId? Affiliation
    {
        get => this.affiliation is { } kept ? new ActorId(OptionalId.ValueOf(kept)) : null;
        init => this.affiliation = OptionalId.Keep(value?.Value, value.HasValue);
    }

    /// <summary>Every mention in text order.</summary>
    public EquatableArray<Mention> Mentions { get; init; }
}
