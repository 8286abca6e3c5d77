namespace NewsModel.Model;

// Typed ids keep an actor id from being passed where a quote id is meant. Each is a thin
// wrapper over the string that the serialized form carries. A string converts to any of them
// implicitly, so that a literal reads as the id it names (new ReadOptions { Id = "name" },
// article.FindActor("vladimir-putin")); the way back to a string stays explicit (Value), so that
// an actor id can never pass for a quote id through a string.
//
// The conversions take a ReadOnlySpan<char>, which a string converts to (C# 14), rather than a
// string: a conversion from a string would convert the null literal too, and
// "found ? new ActorId(x) : null" would quietly be a default ActorId instead of a null ActorId?.

/// <summary>The id of an article, such as its file name without extension.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct ArticleId(string Value)
{
    /// <summary>
    /// Makes an article id of a string, or of any span of characters:
    /// <c>new ReadOptions { Id = "seed" }</c>. A null string gives an empty id, which
    /// <see cref="ReadOptions.Id"/> takes for no id; the null literal does not convert, so
    /// <c>found ? id : null</c> stays an <c>ArticleId?</c>.
    /// </summary>
    /// <param name="value">The id as written in the serialized form.</param>
    public static implicit operator ArticleId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of an actor: a slug of its fullest name, such as <c>vladimir-putin</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct ActorId(string Value)
{
    /// <summary>
    /// Makes an actor id of a string, or of any span of characters:
    /// <c>article.FindActor("vladimir-putin")</c>. A null string gives an empty id; the null
    /// literal does not convert, so <c>found ? id : null</c> stays an <c>ActorId?</c>.
    /// </summary>
    /// <param name="value">The id as written in the serialized form.</param>
    public static implicit operator ActorId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of a quote, such as <c>q1</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct QuoteId(string Value)
{
    /// <summary>
    /// Makes a quote id of a string, or of any span of characters:
    /// <c>article.FindQuote("q1")</c>. A null string gives an empty id; the null literal does not
    /// convert, so <c>found ? id : null</c> stays a <c>QuoteId?</c>.
    /// </summary>
    /// <param name="value">The id as written in the serialized form.</param>
    public static implicit operator QuoteId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of a temporal expression, such as <c>t1</c> (TimeML's <c>tid</c>).</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct TimeId(string Value)
{
    /// <summary>
    /// Makes a time id of a string, or of any span of characters:
    /// <c>article.FindTime("t1")</c>. A null string gives an empty id; the null literal does not
    /// convert, so <c>found ? id : null</c> stays a <c>TimeId?</c>.
    /// </summary>
    /// <param name="value">The id as written in the serialized form.</param>
    public static implicit operator TimeId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of an event, such as <c>e1</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct EventId(string Value)
{
    /// <summary>
    /// Makes an event id of a string, or of any span of characters:
    /// <c>article.FindEvent("e1")</c>. A null string gives an empty id; the null literal does not
    /// convert, so <c>found ? id : null</c> stays an <c>EventId?</c>.
    /// </summary>
    /// <param name="value">The id as written in the serialized form.</param>
    public static implicit operator EventId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}
