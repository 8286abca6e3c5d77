namespace NewsModel.Model;

// Typed ids keep an actor id from being passed where a quote id is meant. Each is a thin
// wrapper over the string that the serialized form carries.

/// <summary>The id of an article, such as its file name without extension.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct ArticleId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of an actor: a slug of its fullest name, such as <c>vladimir-putin</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct ActorId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of a quote, such as <c>q1</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct QuoteId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of a temporal expression, such as <c>t1</c> (TimeML's <c>tid</c>).</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct TimeId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}

/// <summary>The id of an event, such as <c>e1</c>.</summary>
/// <param name="Value">The id as written in the serialized form.</param>
public readonly record struct EventId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => this.Value ?? string.Empty;
}
